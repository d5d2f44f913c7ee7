// The numbering that opens a heading in Vietnamese official documents: "I." / "I-" (Roman),
// "1." (Arabic), "1.1." (dotted), "a)" (letter), and "Phần I" / "Chương II" / "Điều 3." above them.

export type LabelKind = 'part' | 'chapter' | 'roman' | 'arabic' | 'dotted' | 'letter' | 'article';

export interface HeadingLabel {
  kind: LabelKind;
  /** The label as printed, without its punctuation: "IV", "2", "2.1", "a". */
  label: string;
  /** Text after the label. */
  rest: string;
  /** Offset of `rest` in the text. */
  restOffset: number;
}

// Each pattern is anchored, bounded and free of nested quantifiers (linear on any input).
const PATTERNS: Array<[LabelKind, RegExp]> = [
  // "PHẦN I. …", "Phần thứ nhất"
  ['part', /^(?:PHẦN|Phần)\s{1,3}((?:THỨ|thứ)\s{1,2}\p{L}{2,5}|[IVXLC]{1,6}|\d{1,2})\s{0,2}[.:\-–—]?\s{0,3}/u],
  // "Chương II - …" (a regulation's chapters; their articles run on across them)
  ['chapter', /^(?:CHƯƠNG|Chương)\s{1,3}([IVXLC]{1,6}|\d{1,2})\s{0,2}[.:\-–—]?\s{0,3}/u],
  // "Điều 3. …" (decisions and regulations)
  ['article', /^(?:Điều)\s{1,3}(\d{1,3})\s{0,2}[.:]\s{0,3}/u],
  // "IV. TỔ CHỨC", "II- MỤC TIÊU", "III.NHIỆM VỤ", "V) KINH PHÍ"
  ['roman', /^([IVXLC]{1,6})\s{0,2}[.\-–—:)]\s{0,3}(?=\p{Lu})/u],
  // "1.1. Mục đích", "2.1 Đến năm 2030", "8.1. Ban Công tác"
  ['dotted', /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s{1,3}(?=[\p{Lu}\d"“(])/u],
  // "1. Mục đích", "2) Sở Tài chính", "3/ Sở Y tế"
  ['arabic', /^(\d{1,2})\s{0,2}(?:[.)]\s{0,3}|\/\s{1,3})(?=[\p{Lu}"“(])/u],
  // "a) Nội dung …"
  ['letter', /^([a-zđ])\)\s{1,3}(?=\S)/u],
];

export const HEADING_START = /^(?:(?:PHẦN|Phần|CHƯƠNG|Chương)\s{1,3}(?:[IVXLC]{1,6}|\d{1,2})|Điều\s{1,3}\d{1,3}\s{0,2}[.:]|[IVXLC]{1,6}\s{0,2}[.\-–—:)]\s{0,3}\p{Lu}|\d{1,2}(?:\.\d{1,2}){1,3}\.?\s{1,3}[\p{Lu}\d"“(]|\d{1,2}\s{0,2}(?:[.)]\s{0,3}|\/\s{1,3})[\p{Lu}"“(])/u;

export function parseHeadingLabel(text: string): HeadingLabel | null {
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(text);
    if (m) return { kind, label: m[1], rest: text.slice(m[0].length), restOffset: m[0].length };
  }
  return null;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** "IV" → 4; used to check that sections run in order. */
export function romanValue(label: string): number {
  let total = 0;
  for (let i = 0; i < label.length; i++) {
    const v = ROMAN_VALUES[label[i]] ?? 0;
    const next = ROMAN_VALUES[label[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
