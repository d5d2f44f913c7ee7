// A word typed twice ("phối hợp với với các cơ quan"). Only grammatical words are checked:
// Vietnamese repeats content syllables legitimately, across a compound boundary ("thông tin tin
// cậy", "nhà giáo giáo dục") or as reduplication ("người người", "từ từ"), but never "với với".
import { fold } from '../../vocab/fold.js';
import { spanInBlock } from '../locate.js';
import type { Finding, Rule } from '../types.js';

/** Function words that never stand twice in a row. Left out: "từ", "đều", "hay" (reduplicate). */
const FUNCTION_WORDS = [
  'với', 'của', 'và', 'các', 'những', 'cho', 'để', 'được', 'bị', 'là', 'trong', 'trên', 'dưới', 'tại', 'về', 'đến',
  'theo', 'có', 'đã', 'đang', 'sẽ', 'thì', 'mà', 'nhưng', 'hoặc', 'này', 'đó', 'khi', 'nếu', 'do', 'bởi', 'vì', 'như',
  'cũng', 'không', 'chưa', 'một', 'mỗi', 'mọi', 'nhằm', 'qua', 'giữa', 'bằng', 'ở', 'vào', 'việc', 'sự', 'cùng',
];

/** A word, blanks, the same word again: "với với", "Các các". Bounded word length, one back-reference. */
const DOUBLED = /(?<![\p{L}\d])(\p{L}{1,7})\s{1,3}\1(?![\p{L}\d])/giu;

export const repeatedWord: Rule = {
  meta: {
    id: 'repeated-word',
    description: 'A grammatical word typed twice in a row ("với với").',
    severity: 'warning',
    options: {
      type: 'object',
      properties: { words: { type: 'array', items: { type: 'string' }, description: 'more words to check' } },
      additionalProperties: false,
    },
    docs: 'Checks function words only (với, của, và, các, những, cho, để, được, là, trong, …): content syllables repeat legitimately in Vietnamese ("thông tin tin cậy", "người người"). Add single words with `{"words": ["khu"]}` ("khu khu công nghiệp" was seen in a real plan).',
    examples: {
      bad: ['KẾ HOẠCH\n\nI. TỔ CHỨC THỰC HIỆN\n\nChủ trì, phối hợp với với các cơ quan, đơn vị liên quan.'],
      good: ['KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nBảo đảm thông tin tin cậy; nhà giáo giáo dục nghề nghiệp; người người thi đua.'],
    },
  },
  check({ extraction }, options) {
    const words = new Set([...FUNCTION_WORDS, ...((options.words as string[] | undefined) ?? [])].map(fold));
    const { plan } = extraction;
    const findings: Finding[] = [];
    for (const block of plan.blocks) {
      for (const m of block.text.matchAll(DOUBLED)) {
        if (!words.has(fold(m[1]))) continue;
        findings.push({ ...spanInBlock(plan, block, m.index!, m[0].length), message: `"${m[1]}" is repeated.`, suggestion: m[1] });
      }
    }
    return findings;
  },
};
