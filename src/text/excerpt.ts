// The evidence quoted with an extracted item: its sentence, or, when a converter left a sentence
// without a full stop for pages, a window around the item, so that a record stays the size of
// what it says (one 100 KB sentence quoted by each of its dates made a 189 MB record).

/** Longest quote kept whole; a longer sentence is cut to a window of this size around the item. */
const MAX_QUOTE = 400;

export function excerpt(text: string, start: number, end: number, at: number): string {
  if (end - start <= MAX_QUOTE) return text.slice(start, end).trim();
  const from = Math.max(start, at - MAX_QUOTE / 2);
  const to = Math.min(end, from + MAX_QUOTE);
  // Cut at spaces so no word is broken; mark the cuts.
  const head = from > start ? text.indexOf(' ', from) + 1 || from : from;
  const tail = to < end ? text.lastIndexOf(' ', to) : to;
  return `${head > start ? '… ' : ''}${text.slice(head, Math.max(head, tail)).trim()}${tail < end ? ' …' : ''}`;
}
