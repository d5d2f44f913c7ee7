// Matching keys for Vietnamese text: both tone-mark placements ("hoá"/"hóa", "uỷ"/"ủy") and any
// case compare equal. Source: the old/new placement pairs of the 2018 orthography debate
// (Quyết định 1989/QĐ-BGDĐT allows both), the same pairs the shared scorer folds.

export const OLD_TO_NEW: Array<[string, string]> = [
  ['oá', 'óa'], ['oà', 'òa'], ['oả', 'ỏa'], ['oã', 'õa'], ['oạ', 'ọa'],
  ['oé', 'óe'], ['oè', 'òe'], ['oẻ', 'ỏe'], ['oẽ', 'õe'], ['oẹ', 'ọe'],
  ['uý', 'úy'], ['uỳ', 'ùy'], ['uỷ', 'ủy'], ['uỹ', 'ũy'], ['uỵ', 'ụy'],
];
// Only at a syllable's end: "hoá" and "hóa" are one word, but "đoàn", "toàn" always carry the mark
// on "à"; and never after "q", where "u" belongs to the consonant ("quý" has one spelling).
const OLD_STYLE = new RegExp(`(?<!q)(?:${OLD_TO_NEW.map(([o]) => o).join('|')})(?!\\p{L})`, 'gu');
const NEW_OF = new Map(OLD_TO_NEW);

/** Lower case, NFC, new-style tone placement. Same length as the input (offsets survive). */
export function fold(text: string): string {
  const lower = text.normalize('NFC').toLowerCase();
  // Most syllables have no old-style pair: skip the replacement when no "o"/"u" + tone vowel occurs.
  return MAYBE_OLD.test(lower) ? lower.replace(OLD_STYLE, (m) => NEW_OF.get(m) ?? m) : lower;
}
const MAYBE_OLD = /[ou][áàảãạéèẻẽẹýỳỷỹỵ]/u;

/** True when the text uses the old placement ("hoá") somewhere. */
export function hasOldTonePlacement(text: string): boolean {
  OLD_STYLE.lastIndex = 0;
  return OLD_STYLE.test(text.toLowerCase());
}

/** True when the text uses the new placement ("hóa") for a pair that has an old form. */
export function hasNewTonePlacement(text: string): boolean {
  const lower = text.toLowerCase();
  return OLD_TO_NEW.some(([, n]) => lower.includes(n));
}

/** ASCII slug for ids: "Sở Lao động - Thương binh và Xã hội" → "so-lao-dong-thuong-binh-xa-hoi". */
export function slug(text: string): string {
  return fold(text)
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\bva\b/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|(?<!-)-+$/g, '');
}
