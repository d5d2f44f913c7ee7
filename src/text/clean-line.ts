// One source line → its plain text: markdown marks, footnote marks and escapes removed, spaces
// folded. Cleaning never moves text to another line, so a block built from cleaned lines can still
// say which source line each of its characters came from.

/** A line that is only table or rule furniture: `|`, `| --- | --- |`, `-------`, `* *`. */
const FURNITURE = /^[\s|:*_=~-]*$/;

/** Footnote marks stuck to a word: "thiểu số¹", "42%²", "[1]", "[^3]". */
const FOOTNOTE_MARK = /[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\^?\d{1,3}\]/g;

/** A unit written against its number: "500ha", "30MW", "2km" (the digit is matched, a space goes after it). */
const GLUED_UNIT = /\d(?=(?:ha|km|MW|kW|kWh|tấn|tỷ|triệu)(?!\p{L}))/gu;

/** A character some markup rule below acts on (tag, escape, emphasis, footnote): most lines have none. */
const MARKUP_CHAR = /[<\\*_[¹²³⁴⁵⁶⁷⁸⁹⁰]/;

/** A footnote body at the start of a line: "¹ Nghị quyết …", "[2] Theo …", "[^2]: …". */
export const FOOTNOTE_BODY = /^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\[\^?\d{1,3}\]:?)\s+\S/;

export function isFurniture(raw: string): boolean {
  return FURNITURE.test(raw);
}

export function cleanLine(raw: string): string {
  return clean(raw, false);
}

/** A table cell, where a leading ">" is a comparator ("> 0,7", ">= 30"), not a block quote. */
export function cleanCell(raw: string): string {
  return clean(raw, true);
}

function clean(raw: string, cell: boolean): string {
  // Every rule scans the line; those that need a markup character are skipped when it has none.
  const marked = MARKUP_CHAR.test(raw);
  let s = raw;
  if (marked) s = s.replace(/<[^<>\n]{0,40}>/g, ' '); // <br>, <sup>…: HTML left in web conversions
  s = s.replace(/^\s{0,3}#{1,6}\s+/, ''); // "### I. MỤC ĐÍCH"
  if (!cell) s = s.replace(/^\s{0,3}>\s?/, ''); // block quote
  if (marked) s = s.replace(/\\([\\`*_{}[\]()#+.!|-])/g, '$1'); // markdown escapes: "1\." → "1."
  s = s.replace(/^\s*[*•·]\s+/, '- '); // "* item" / "• item" bullets read as dashes
  if (marked) s = s.replace(/[*_]{2,}|(?<![\p{L}\d])_|_(?![\p{L}\d])|\*/gu, '').replace(FOOTNOTE_MARK, ''); // bold, italic, footnote marks
  s = s.replace(GLUED_UNIT, '$& '); // "500ha" → "500 ha"
  // Every run of space-like characters (tab, no-break, form feed, U+FEFF …, the zero-width space)
  // becomes one plain space in a single pass, so no run is left for a later `\s+` to rescan:
  // a line of " \f \f …x" once took time quadratic in its length.
  s = s.replace(/[\s\u200b]{2,}|[^\S ]|\u200b/g, ' ');
  // Only single plain spaces are left: a space inside parentheses is a plain string.
  return s.replaceAll('( ', '(').replaceAll(' )', ')').trim();
}
