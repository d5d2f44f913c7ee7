// One source line → its plain text: markdown marks, footnote marks and escapes removed, spaces
// folded. Cleaning never moves text to another line, so a block built from cleaned lines can still
// say which source line each of its characters came from.

/** A line that is only table or rule furniture: `|`, `| --- | --- |`, `-------`, `* *`. */
const FURNITURE = /^[\s|:*_=~-]*$/;

/** Footnote marks stuck to a word: "thiểu số¹", "42%²", "[1]", "[^3]". */
const FOOTNOTE_MARK = /[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\^?\d{1,3}\]/g;

/** A unit written against its number: "500ha", "30MW", "2km". */
const GLUED_UNIT = /(?<=\d)(?=(?:ha|km|MW|kW|kWh|tấn|tỷ|triệu)(?!\p{L}))/gu;

/** A footnote body at the start of a line: "¹ Nghị quyết …", "[2] Theo …", "[^2]: …". */
export const FOOTNOTE_BODY = /^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\[\^?\d{1,3}\]:?)\s+\S/;

export function isFurniture(raw: string): boolean {
  return FURNITURE.test(raw);
}

export function cleanLine(raw: string): string {
  let s = raw;
  s = s.replace(/<[^<>\n]{0,40}>/g, ' '); // <br>, <sup>…: HTML left in web conversions
  s = s.replace(/^\s{0,3}#{1,6}\s+/, ''); // "### I. MỤC ĐÍCH"
  s = s.replace(/^\s{0,3}>\s?/, ''); // block quote
  s = s.replace(/\\([\\`*_{}[\]()#+.!|-])/g, '$1'); // markdown escapes: "1\." → "1."
  s = s.replace(/^\s*[*•·]\s+/, '- '); // "* item" / "• item" bullets read as dashes
  s = s.replace(/[*_]{2,}|(?<![\p{L}\d])_|_(?![\p{L}\d])|\*/gu, ''); // bold and italic marks
  s = s.replace(FOOTNOTE_MARK, '');
  s = s.replace(GLUED_UNIT, ' '); // "500ha" → "500 ha"
  // Every other space-like character (tab, no-break, form feed, U+FEFF …, and the zero-width space)
  // becomes a plain space, so the fold below leaves no run of spaces for a later `\s+` to rescan:
  // a line of " \f \f …x" once took time quadratic in its length.
  s = s.replace(/[^\S ]|\u200b/g, ' ');
  s = s.replace(/ {2,}/g, ' ');
  s = s.replace(/\(\s+/g, '(').replace(/(?<!\s)\s+\)/g, ')');
  return s.trim();
}
