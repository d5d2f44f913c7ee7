// HTML saved from a portal (or made from a .docx by mammoth) → plan text: the text of the body, one
// line per block element, each table row as one line of `|`-separated cells (the form the
// extractor reads as a table row), entities decoded. Scripts, styles and the title are dropped.
// A single linear scan with indexOf: no regex runs over the whole page, so no input can make it slow.
import { decodeEntities } from './html-entities.js';

/** Elements that end a line of text (the others, such as <b> or <span>, run inline). */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'ul',
]);

/** Elements whose content is not text of the page. */
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'title', 'noscript', 'template', 'head']);

/** A tag's name after "<" or "</": "p", "td", "h2". Bounded: names are short. */
const TAG_NAME = /^(\/?)([a-z][a-z0-9]{0,15})(?=[\s/>]|$)/i;

export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  const page = new PageText();
  let i = 0;
  // The first ">" at or after the "<" being read (html.length when there is none): looked for once
  // for a run of bare "<" before it, not once per "<" (4 MB of "<" and one ">" took two minutes).
  let gt = -1;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      page.text(html.slice(i));
      break;
    }
    page.text(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (gt < lt) {
      const found = html.indexOf('>', lt);
      gt = found < 0 ? html.length : found;
    }
    if (gt === html.length) {
      page.text(html.slice(lt));
      break;
    }
    const tag = TAG_NAME.exec(html.slice(lt + 1, Math.min(gt, lt + 20)));
    i = gt + 1;
    if (!tag) {
      // "<!DOCTYPE …>", "<?xml …>" are dropped; a bare "<" in text ("a < b") is text.
      if (!/^[!?]/.test(html.slice(lt + 1, lt + 2))) {
        page.text('<');
        i = lt + 1;
      }
      continue;
    }
    const closing = tag[1] === '/';
    const name = tag[2].toLowerCase();
    if (!closing && SKIPPED_ELEMENTS.has(name)) {
      // Skip to just past the closing tag; an element never closed runs to the end of the page.
      const close = lower.indexOf(`</${name}`, i);
      const closeEnd = close < 0 ? -1 : lower.indexOf('>', close);
      i = closeEnd < 0 ? html.length : closeEnd + 1;
      continue;
    }
    page.tag(name, closing);
  }
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
    const text = decodeEntities(raw).replace(/\s+/g, ' ');
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
