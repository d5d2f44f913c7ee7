// Repairs for text taken from a PDF's text layer. pdf.js emits a letter drawn from another font
// run (a capital, a letter with a diacritic) as its own text item, so "Ưu tiên" can come out as
// "Ư u tiên", and a combining tone mark can land after a space ("tha ̀nh"). A mark after a space
// is always rejoined. A lone letter is rejoined with the word after it only when the pair is
// certain: the letter is a capital or carries a diacritic (plain "a b c" are list labels), it is
// not a word of its own ("ở", "ý"), and letter + word is a Vietnamese syllable. Other lone
// letters before a word are left as they are and reported.

/** Vowel nuclei of Vietnamese syllables, tone marks removed (longest first within the alternation). */
const NUCLEUS = 'uyê|uya|uyu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|iêu|yêu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|ưa|ưi|ươ|ưu|uy|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y';

/** A whole syllable, lower case, tones removed: "ưu", "trong", "đảng" → "đang", "nghiêng". */
const STRICT_SYLLABLE = new RegExp(`^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghk-nprstvx])?(?:${NUCLEUS})(?:ch|ng|nh|[cmnpt])?$`);

/**
 * Single non-ASCII letters that are words: "ở" (at), "ý" (idea), "ô" (umbrella), particles "à",
 * "ạ", "ơ", "ồ", "ờ", "ừ". Not "ư": as a word it is an interjection no plan uses, and "Ư u" is the
 * split pdf.js makes most.
 */
const ONE_LETTER_WORDS = new Set(['à', 'á', 'ạ', 'ả', 'ế', 'ô', 'ồ', 'ơ', 'ờ', 'ở', 'ừ', 'ý']);

/** A combining mark after spaces: "tha ̀nh" → "thành". */
const SPACED_MARK = /(?<=\p{L}) +(\p{M})/gu;

/** A lone letter, a space, a lower-case word: "Ư u", "Đ ảng". The letter stands alone (no letter before). */
const LONE_LETTER = /(?<![\p{L}\p{M}])(\p{L}\p{M}{0,2}) (\p{Ll}\p{M}{0,2}(?:\p{Ll}\p{M}{0,2}){0,6})(?![\p{L}\p{M}])/gu;

/** The five tone marks as combining characters (NFD of "à á ã ả ạ" less the "a"). */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

export interface RepairedText {
  text: string;
  /** Lone letters left as they were, for a warning: "line 12: 'ư u'". */
  doubtful: string[];
}

/** Repairs one page (or all pages) of PDF text; `firstLine` numbers the lines for the warnings. */
export function repairPdfText(text: string, firstLine = 1): RepairedText {
  const doubtful: string[] = [];
  const lines = text.split('\n').map((raw, index) => {
    const line = raw.replace(SPACED_MARK, '$1').normalize('NFC');
    return line.replace(LONE_LETTER, (whole, letter: string, rest: string) => {
      if (isCertainSplit(letter, rest)) return letter + rest;
      // An ASCII capital before a word ("A và B") is common text; a lone non-ASCII letter is not.
      if (/\P{ASCII}/u.test(letter) && !ONE_LETTER_WORDS.has(letter.toLowerCase())) doubtful.push(`line ${firstLine + index}: '${whole}'`);
      return whole;
    });
  });
  return { text: lines.join('\n'), doubtful };
}

function isCertainSplit(letter: string, rest: string): boolean {
  const lower = letter.toLowerCase();
  if (/^[a-z]$/.test(letter) || ONE_LETTER_WORDS.has(lower)) return false;
  const joined = (lower + rest).normalize('NFD');
  if ((joined.match(TONE_MARKS)?.length ?? 0) > 1) return false;
  return STRICT_SYLLABLE.test(joined.replace(TONE_MARKS, '').normalize('NFC'));
}
