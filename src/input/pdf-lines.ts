// A PDF page's text items → lines of text, with paragraph ends made visible. A PDF wraps every
// paragraph at the right margin, so its lines look like a hard-wrapped text in which a heading
// ("2. Yêu cầu") would run into the paragraph after it. The page geometry says what the text
// cannot: a line that stops well short of the right margin ends its paragraph, and so does a line
// followed by a gap wider than the line spacing. Such a line gets a blank line after it. A symbol
// broken at its hyphen ("37-" / "CT/TW") is mended: Vietnamese never hyphenates a word at a line end.

/** What the reader needs of a pdf.js text item. */
export interface PdfTextItem {
  str: string;
  /** pdf.js transformation matrix: [4] is x, [5] is y (origin bottom left). */
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

export interface PdfLine {
  text: string;
  left: number;
  right: number;
  y: number;
  height: number;
}

/** A line ending this far (as a share of the text width) short of the margin ends a paragraph. */
const SHORT_LINE_SHARE = 0.1;
/** A vertical gap this many times the usual line spacing separates paragraphs. */
const GAP_FACTOR = 1.5;

/** Items in reading order → lines: an item with hasEOL, or one on a lower baseline, starts a new line. */
export function itemsToLines(items: PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let open: PdfLine | null = null;
  for (const item of items) {
    const x = item.transform[4];
    const y = item.transform[5];
    if (item.str) {
      if (open && Math.abs(open.y - y) > Math.max(open.height, item.height) / 2) {
        lines.push(open);
        open = null;
      }
      if (open) {
        open.text += item.str;
        open.left = Math.min(open.left, x);
        open.right = Math.max(open.right, x + item.width);
      } else {
        open = { text: item.str, left: x, right: x + item.width, y, height: item.height };
      }
    }
    if (item.hasEOL && open) {
      lines.push(open);
      open = null;
    }
  }
  if (open) lines.push(open);
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text);
}

/** A page number printed alone in a header or footer: "2", "- 2 -", "Trang 2". */
const PAGE_NUMBER = /^(?:Trang\s{1,3}|-\s{0,3})?\d{1,4}(?:\s{0,3}-)?$/i;

/**
 * Lines → page text: one text line per PDF line, a blank line after each paragraph's last line.
 * A page number alone on the first or last line is left out: it would land mid-sentence.
 */
export function pageText(allLines: PdfLine[]): string {
  const lines = allLines.filter((line, i) => !((i === 0 || i === allLines.length - 1) && allLines.length > 1 && PAGE_NUMBER.test(line.text)));
  if (!lines.length) return '';
  const margin = Math.max(...lines.map((l) => l.right));
  const leftEdge = Math.min(...lines.map((l) => l.left));
  const short = (margin - leftEdge) * SHORT_LINE_SHARE;
  const spacing = usualSpacing(lines);
  const texts = lines.map((l) => l.text);
  mendBrokenSymbols(texts);
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (!texts[i]) return;
    out.push(texts[i]);
    const next = lines[i + 1];
    if (!next) return;
    const endsShort = line.right < margin - short;
    const gapAfter = spacing > 0 && line.y - next.y > spacing * GAP_FACTOR;
    if (endsShort || gapAfter) out.push('');
  });
  return out.join('\n');
}

/** The commonest distance between consecutive baselines (rounded to a point). */
function usualSpacing(lines: PdfLine[]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const d = Math.round(lines[i - 1].y - lines[i].y);
    if (d > 0) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [d, n] of counts) if (n > bestCount || (n === bestCount && d < best)) [best, bestCount] = [d, n];
  return best;
}

/**
 * "… Chỉ thị số 37-" + "CT/TW là …" → "… Chỉ thị số 37-CT/TW" + "là …": the next line's first
 * word moves up to finish the symbol. A spaced dash ("kinh tế -") is a dash, not a break.
 */
function mendBrokenSymbols(texts: string[]): void {
  for (let i = 0; i + 1 < texts.length; i++) {
    if (!/[\p{L}\d]-$/u.test(texts[i])) continue; // "37-", "KH-"
    const next = texts[i + 1];
    const space = next.indexOf(' ');
    const word = space < 0 ? next : next.slice(0, space);
    if (!/^[\p{Lu}\d]/u.test(word)) continue; // a code or number goes on: "CT/TW", "UBND", "2025"
    texts[i] += word;
    texts[i + 1] = space < 0 ? '' : next.slice(space + 1);
  }
}
