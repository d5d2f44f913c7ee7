// A document symbol that fits neither form: the state form is number/TYPE-ISSUER ("177/KH-UBND",
// "113/2025/NQ-HĐND"), the Party form number-TYPE/ISSUER ("37-CT/TW", "56-CTr/TU"). Stray spaces
// ("27/NQ- TW") and a Party issuer in the state form ("27/NQ-TW") break search and citation.
import { findSymbols } from '../../extract/references.js';
import { ISSUER_CODES } from '../../vocab/issuer-codes.js';
import { spanInBlock } from '../locate.js';
import { noOptions, type Finding, type Rule } from '../types.js';

/** A symbol with a space beside a separator: "27/NQ- TW", "132- KL/TW" (a space before a year, "45 /2025/NĐ-CP", is not caught). */
const SPACED_SYMBOL = /(?<![\p{L}\d/.-])(\d{1,5}(?:\/\d{4})?)(\s{0,2}[/-]\s{0,2})(\p{Lu}\p{L}{0,5})(\s{0,2}[/-]\s{0,2})(\p{Lu}[\p{L}\d&]{0,11})(?![\p{L}\d])/gu;

const PARTY_CODES = new Set(ISSUER_CODES.filter((c) => c.system === 'party').map((c) => c.code));
const STATE_CODES = new Set(ISSUER_CODES.filter((c) => c.system === 'state').map((c) => c.code));

export const referenceMalformed: Rule = {
  meta: {
    id: 'reference-malformed',
    description: 'A document symbol fits neither the state nor the Party form (a stray space, a mixed form).',
    severity: 'warning',
    options: noOptions(),
    docs: 'State documents are numbered `number/TYPE-ISSUER` ("177/KH-UBND"), Party documents `number-TYPE/ISSUER` ("37-CT/TW"). The rule reports spaces inside a symbol and a Party issuer code in the state form (or a state code in the Party form), and suggests the symbol written right.',
    examples: {
      bad: ['KẾ HOẠCH\n\nThực hiện Nghị quyết số 27/NQ- TW, ngày 09/11/2022 của Ban Chấp hành Trung ương.', 'KẾ HOẠCH\n\nThực hiện Nghị quyết số 27/NQ-TW, ngày 09/11/2022 của Ban Chấp hành Trung ương.'],
      good: ['KẾ HOẠCH\n\nThực hiện Nghị quyết số 27-NQ/TW, ngày 09/11/2022 và Kế hoạch số 177/KH-UBND.'],
    },
  },
  check({ extraction }) {
    const { plan } = extraction;
    const findings: Finding[] = [];
    for (const block of plan.blocks) {
      const spaced = new Set<number>();
      for (const m of block.text.matchAll(SPACED_SYMBOL)) {
        if (!/\s/.test(m[2] + m[4])) continue;
        spaced.add(m.index!);
        const fixed = m[0].replace(/\s+/g, '');
        findings.push({ ...spanInBlock(plan, block, m.index!, m[0].length), message: `The symbol "${m[0]}" has a stray space.`, suggestion: fixed });
      }
      for (const hit of findSymbols(block.text)) {
        if (spaced.has(hit.index)) continue;
        const mixed = mixedForm(hit.symbol, hit.form);
        if (mixed) findings.push({ ...spanInBlock(plan, block, hit.index, hit.raw.length), message: mixed.message, suggestion: mixed.suggestion });
      }
    }
    return findings;
  },
};

/** "27/NQ-TW" (a Party code in the state form) → "27-NQ/TW"; "37-CT/UBND" → "37/CT-UBND". */
function mixedForm(symbol: string, form: 'state' | 'party'): { message: string; suggestion: string } | null {
  if (form === 'state') {
    const m = /^(\d{1,5})\/(\p{L}{1,6})-(\p{L}{1,12})$/u.exec(symbol);
    if (m && PARTY_CODES.has(m[3])) return { message: `"${symbol}" writes a Party document in the state form.`, suggestion: `${m[1]}-${m[2]}/${m[3]}` };
    return null;
  }
  const m = /^(\d{1,5})-(\p{L}{1,6})\/(\p{L}{1,12})$/u.exec(symbol);
  if (m && STATE_CODES.has(m[3])) return { message: `"${symbol}" writes a state document in the Party form.`, suggestion: `${m[1]}/${m[2]}-${m[3]}` };
  return null;
}
