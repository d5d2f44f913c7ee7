// The document number is left blank ("Số: /KH-UBND") or missing: normal while drafting (the clerk
// numbers the text when it is signed), an error in a text that goes out.
import { spanOnLine } from '../locate.js';
import { noOptions, type Rule } from '../types.js';

/** "Số: /KH-UBND", "Số:      /KH-UBND" on the raw header line. */
const BLANK_NUMBER = /Số\s{0,3}:?\s{0,12}\/[\p{L}\d&-]{0,20}/u;

export const numberBlank: Rule = {
  meta: {
    id: 'number-blank',
    description: 'The document number is blank ("Số: /KH-UBND") or missing.',
    severity: { draft: 'info', final: 'error' },
    options: noOptions(),
    docs: 'A draft leaves the number for the records office to fill in when the text is signed; in a final text (`--stage final`) a blank or missing number is an error.',
    examples: {
      bad: ['Số: /KH-UBND Thành phố Lai Châu, ngày 05 tháng 3 năm 2025\n\nKẾ HOẠCH'],
      good: ['Số: 177/KH-UBND\nHà Nội, ngày 07 tháng 7 năm 2025\nKẾ HOẠCH'],
    },
  },
  check({ extraction }) {
    const { document, plan } = extraction;
    if (document.number) return [];
    if (document.numberBlank && document.numberLine) {
      const raw = plan.lines[document.numberLine - 1] ?? '';
      const printed = BLANK_NUMBER.exec(raw)?.[0] ?? 'Số';
      return [{ ...spanOnLine(plan, document.numberLine, printed), message: `The document number is blank ("${printed.replace(/\s+/g, ' ')}").` }];
    }
    return [{ line: 1, column: 1, endLine: 1, endColumn: 2, message: 'The document has no number ("Số: …/KH-…").' }];
  },
};
