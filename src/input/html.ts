// HTML saved from a portal (or made from a .docx by mammoth) → plan text: the text of the body, one
// line per block element, each table row as one line of `|`-separated cells (the form the
// extractor reads as a table row). Scripts, styles and the head are dropped. htmlparser2 reads the
// markup as browsers do, in one linear pass (quoted attributes holding ">", every named character
// reference, "<" in text, unclosed elements); this module only lays its text out in lines.
import { Parser } from 'htmlparser2';

/** Elements that end a line of text (the others, such as <b> or <span>, run inline). */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'ul',
]);

/** Elements whose content is not text of the page. */
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'title', 'noscript', 'template', 'head']);

export function htmlToText(html: string): string {
  const page = new PageText();
  // Inside how many skipped elements the parser is: their text is not the page's.
  let skipped = 0;
  const parser = new Parser(
    {
      onopentagname: (name) => {
        if (SKIPPED_ELEMENTS.has(name)) skipped++;
        else if (skipped === 0) page.tag(name, false);
      },
      onclosetag: (name) => {
        if (SKIPPED_ELEMENTS.has(name)) skipped = Math.max(0, skipped - 1);
        else if (skipped === 0) page.tag(name, true);
      },
      ontext: (text) => {
        if (skipped === 0) page.text(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return page.finish();
}

/** The lines being built, with the table row and cell that are open. */
class PageText {
  private lines: string[] = [];
  private line = '';
  private row: string[] | null = null;
  private cell: string | null = null;

  text(raw: string): void {
    if (!raw) return;
    const text = raw.replace(/\s+/g, ' ');
    if (this.cell !== null) this.cell += text;
    else if (this.row === null) this.line += text;
    // Text between cells of a row (whitespace, mostly) belongs to no cell.
  }

  tag(name: string, closing: boolean): void {
    if (name === 'td' || name === 'th') {
      this.endCell();
      if (closing) return;
      // A cell outside any <tr> (sloppy markup) opens a row of its own.
      if (this.row === null) {
        this.endLine();
        this.row = [];
      }
      this.cell = '';
    } else if (name === 'tr' || name === 'table') {
      this.endRow();
      if (name === 'tr' && !closing) {
        this.endLine();
        this.row = [];
      }
    } else if (BLOCK_ELEMENTS.has(name)) {
      if (this.cell !== null) this.cell += ' ';
      else this.endLine();
    }
  }

  finish(): string {
    this.endRow();
    this.endLine();
    return this.lines.join('\n').normalize('NFC');
  }

  private endLine(): void {
    const line = this.line.trim();
    if (line) this.lines.push(line);
    this.line = '';
  }

  private endCell(): void {
    if (this.cell !== null && this.row !== null) this.row.push(this.cell.replace(/ {2,}/g, ' ').trim());
    this.cell = null;
  }

  private endRow(): void {
    this.endCell();
    if (this.row?.some((c) => c)) this.lines.push(`| ${this.row.join(' | ')} |`);
    this.row = null;
  }
}
