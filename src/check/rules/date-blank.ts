// The issue date is left blank ("ngày tháng năm 2025") or missing: normal in a draft, an error in
// a text that goes out.
import { spanOnLine } from '../locate.js';
import { noOptions, type Rule } from '../types.js';

/** "ngày tháng năm 2025", "ngày  tháng 3 năm 2025": the date field on the raw header line. */
const DATE_FIELD = /ngày[\s\d]{0,8}tháng[\s\d]{0,8}năm(?:\s{0,3}\d{4})?/iu;

export const dateBlank: Rule = {
  meta: {
    id: 'date-blank',
    description: 'The issue date is blank ("ngày tháng năm 2025") or missing.',
    severity: { draft: 'info', final: 'error' },
    options: noOptions(),
    docs: 'The day and month are filled in on the day the text is signed, so a draft leaves them blank; in a final text (`--stage final`) a blank or missing date is an error.',
    examples: {
      bad: ['Số: /KH-UBND Thành phố Lai Châu, ngày tháng năm 2025\n\nKẾ HOẠCH'],
      good: ['Số: 177/KH-UBND\nHà Nội, ngày 07 tháng 7 năm 2025\nKẾ HOẠCH'],
    },
  },
  check({ extraction }) {
    const { document, record, plan } = extraction;
    if (record.document.date) return [];
    if (document.dateBlank && document.dateLine) {
      const printed = DATE_FIELD.exec(plan.lines[document.dateLine - 1] ?? '')?.[0] ?? 'ngày';
      return [{ ...spanOnLine(plan, document.dateLine, printed), message: `The issue date is blank ("${printed.replace(/\s+/g, ' ')}").` }];
    }
    return [{ line: 1, column: 1, endLine: 1, endColumn: 2, message: 'The document has no issue date ("…, ngày … tháng … năm …").' }];
  },
};
