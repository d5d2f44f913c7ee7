// The text promises an appendix ("(Có phụ lục đính kèm)", "chi tiết tại Phụ lục") that the file
// does not hold: the tasks or targets it points to never reach the reader.
import { APPENDIX_LABEL } from '../../parse/appendix.js';
import { spanInBlock } from '../locate.js';
import { noOptions, type Rule } from '../types.js';

/** "có phụ lục đính kèm", "tại phụ lục", "theo phụ lục", "(phụ lục kèm theo)" in folded text. */
const PROMISE = /(?:có|tại|theo|kèm theo|tại các|xem)\s{1,3}phụ\s{1,2}lục|phụ\s{1,2}lục\s{1,3}(?:đính\s{1,2}kèm|kèm\s{1,2}theo)/u;
/** "(Kèm theo Kế hoạch số …)" heading an appendix that has no "PHỤ LỤC" label. */
const ANNEXED_TO = /^\(?\s{0,2}(?:ban\s{1,2}hành\s{1,2})?kèm\s{1,2}theo\s{1,3}(?:kế\s{1,2}hoạch|chương\s{1,2}trình)\s{1,3}số/u;

export const appendixMissing: Rule = {
  meta: {
    id: 'appendix-missing',
    description: 'The text promises an appendix that the file does not hold.',
    severity: 'error',
    options: noOptions(),
    docs: 'An appendix counts as present when a block starts with "PHỤ LỤC" (or "Phụ lục I", "Phụ lục số 2") or with "(Kèm theo Kế hoạch số …)". Attach the appendix to the same file, or drop the promise.',
    examples: {
      bad: ['KẾ HOẠCH\n\nI. NHIỆM VỤ\n\n**2. Nhiệm vụ, giải pháp cụ thể:** *(Có phụ lục đính kèm).*'],
      good: ['KẾ HOẠCH\n\nI. NHIỆM VỤ\n\n2. Nhiệm vụ, giải pháp cụ thể (Có phụ lục đính kèm).\n\nPHỤ LỤC\n\nDANH MỤC NHIỆM VỤ CỤ THỂ'],
    },
  },
  check({ extraction }) {
    const { plan } = extraction;
    if (plan.blocks.some((b) => APPENDIX_LABEL.test(b.folded.trimStart()) || ANNEXED_TO.test(b.folded.trimStart()))) return [];
    for (const block of plan.blocks) {
      const m = PROMISE.exec(block.folded);
      if (m) return [{ ...spanInBlock(plan, block, m.index, m[0].length), message: 'The text promises an appendix, but the file holds none.' }];
    }
    return [];
  },
};
