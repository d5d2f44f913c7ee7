// How Vietnamese a decoded text looks: the test that tells which legacy encoding a file is in.
// Decoding the same bytes the wrong way gives words such as "cuûa" (VNI read as Windows-1258) or
// "cña" (TCVN3 read as Windows-1258): letters outside the Vietnamese alphabet, or several vowels
// and tone marks in a shape no syllable has. The right decoding gives real syllables and the
// commonest words of administrative Vietnamese.

/** Words seen on nearly every page of a plan (counted once per occurrence). */
const COMMON_WORDS = new Set([
  'của', 'và', 'các', 'được', 'năm', 'người', 'những', 'trong', 'với', 'cho', 'này', 'để', 'có',
  'không', 'là', 'một', 'thực', 'hiện', 'kế', 'hoạch', 'tỉnh', 'phát', 'triển', 'về', 'tổ', 'chức',
  'nhân', 'dân', 'ủy', 'ban', 'công', 'tác', 'đào', 'tạo', 'xã', 'hội', 'theo', 'quản', 'lý', 'nhà',
  'nước', 'đến', 'trên', 'địa', 'bàn', 'sở', 'ngành', 'thành', 'phố', 'đơn', 'vị', 'cơ', 'quan',
]);

/**
 * One syllable, lower case, tone marks removed: an onset, one to three vowels, a coda.
 * Matches "nghiêng", "của" → "cua", "được" → "đươc"; rejects "cuûa", "cña".
 */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghk-nprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

/** The five tone marks as combining characters (NFD). */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** A run of letters: "được", "UBND", "cuûa". */
const WORD = /\p{L}+/gu;

export interface VietnameseScore {
  /** Higher is more Vietnamese; the share of words that argue for the decoding, minus those against. */
  score: number;
  /** Share of words that are among the commonest Vietnamese words. */
  commonShare: number;
}

export function scoreVietnamese(text: string): VietnameseScore {
  let words = 0;
  let common = 0;
  let syllables = 0;
  let broken = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    words++;
    if (COMMON_WORDS.has(word)) common++;
    // ASCII words read the same in every encoding: only the others tell encodings apart.
    if (/^[a-z]+$/.test(word)) continue;
    if (isSyllable(word)) syllables++;
    else broken++;
  }
  // Control characters and U+FFFD come only from a wrong decoding.
  // eslint-disable-next-line no-control-regex -- control characters are what marks a wrong decoding
  const junk = (text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  const total = Math.max(1, words);
  return { score: (2 * common + syllables - 2 * broken - 2 * junk) / total, commonShare: common / total };
}

/** The longest syllable, "nghiêng", has 7 letters; a longer word is not one (and is not decomposed). */
const MAX_SYLLABLE_LENGTH = 7;

function isSyllable(word: string): boolean {
  if (word.length > MAX_SYLLABLE_LENGTH) return false;
  const decomposed = word.normalize('NFD');
  const tones = decomposed.match(TONE_MARK)?.length ?? 0;
  if (tones > 1) return false;
  const bare = decomposed.replace(TONE_MARK, '').normalize('NFC');
  return SYLLABLE.test(bare);
}
