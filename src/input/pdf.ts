// .pdf → plan text through its text layer (unpdf, which bundles pdf.js): one line per text line,
// a blank line after each paragraph (pdf-lines.ts), a line holding a form feed between pages (read
// as a page break downstream), NFC, then the split-letter repairs of pdf-repair.ts. A PDF whose
// pages hold no text is a scan: it is refused, not read as an empty plan.
import { itemsToLines, pageText, type PdfTextItem } from './pdf-lines.js';
import { repairPdfText } from './pdf-repair.js';

export class NoTextLayerError extends Error {
  constructor() {
    super('no text layer (a scanned PDF?); OCR it first');
  }
}

export interface PdfText {
  text: string;
  /** Lone letters that may be split words, left as they were ("line 12: 'Ê đê'"). */
  doubtful: string[];
}

/** Between pages: a line with a form feed, so page text never runs into the next page's first line. */
const PAGE_BREAK = '\f';

export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  const { getDocumentProxy } = await import('unpdf');
  // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy. Verbosity 0
  // keeps its warnings ("Indexing all PDF objects") off the console, where they would mix with output.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    // Marked-content entries (no "str") carry no text.
    const items: PdfTextItem[] = content.items.flatMap((item) => ('str' in item ? [item] : []));
    pages.push(pageText(itemsToLines(items)));
  }
  await pdf.destroy();
  if (pages.every((page) => !page.trim())) throw new NoTextLayerError();
  const doubtful: string[] = [];
  const lines: string[] = [];
  for (const page of pages) {
    if (lines.length) lines.push(PAGE_BREAK);
    const repaired = repairPdfText(page.normalize('NFC'), lines.length + 1);
    for (const doubt of repaired.doubtful) doubtful.push(doubt);
    for (const line of repaired.text.split('\n')) lines.push(line);
  }
  return { text: lines.join('\n'), doubtful };
}
