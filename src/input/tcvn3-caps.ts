// TCVN3 (ABC) text typed in a capitals font. ABC has codes for few capitals with diacritics, so
// titles were set in a companion font (.VnTimeH, .VnArialH) that draws the lower-case codes as
// capitals: decoded, "KẾ HOẠCH" arrives as "Kế HOạCH". A word whose ASCII letters are all capitals
// (two at least) while one of its Vietnamese letters is lower case comes only from such a font. On
// a line holding such a word, every word with no ASCII lower-case letter was typed in it and is
// raised to capitals ("Kế" as well); words with ASCII lower case ("Thực") are left as they are.

/** A run of letters with their marks: "HOạCH", "Kế". */
const WORD = /[\p{L}\p{M}]+/gu;

export function raiseCapitalsFontWords(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.match(WORD) ?? []).some(isCapitalsFontWord) ? line.replace(WORD, raiseUnlessLower) : line)
    .join('\n');
}

/** "HOạCH", "THựC": two or more ASCII capitals, no ASCII lower case, some other letter lower case. */
function isCapitalsFontWord(word: string): boolean {
  // With no ASCII lower case, a word that changes when raised has a lower-case Vietnamese letter.
  return !/[a-z]/.test(word) && (word.match(/[A-Z]/g)?.length ?? 0) >= 2 && word !== word.toLocaleUpperCase('vi');
}

function raiseUnlessLower(word: string): string {
  return /[a-z]/.test(word) ? word : word.toLocaleUpperCase('vi');
}
