// One input's bytes → its plan text and what read it. The format is told by the bytes where they
// say it (a PDF starts with "%PDF-", a .docx is a ZIP), else by the file name; text and HTML are
// decoded with detection (or the encoding the user named; for HTML, else the one it declares). The .docx and .pdf readers load their
// libraries only when such a file comes.
import type { SourceFormat } from '../model.js';
import { decodeBytes, type DecodedText, type EncodingChoice, type TextEncoding } from './decode.js';
import { DEFAULT_MAX_BYTES } from './read.js';

export interface LoadedText {
  text: string;
  format: SourceFormat;
  /** The encoding the bytes were decoded from; null for .docx and .pdf, whose text is Unicode inside. */
  encoding: TextEncoding | null;
  /** Things the user should know that did not stop the reading (bad UTF-8 bytes, doubtful PDF letters). */
  warnings: string[];
}

/** How many doubtful spots a warning lists before it only counts the rest. */
const MAX_LISTED_DOUBTS = 5;

/** `maxBytes` bounds what a packed format (.docx) is read into, as --max-size bounds the file. */
export async function loadText(path: string, bytes: Uint8Array, encoding: EncodingChoice = 'auto', maxBytes = DEFAULT_MAX_BYTES): Promise<LoadedText> {
  const format = formatOf(path, bytes);
  switch (format) {
    case 'pdf': {
      const { pdfToText } = await import('./pdf.js');
      const { text, doubtful } = await pdfToText(bytes);
      return { text, format, encoding: null, warnings: doubtful.length ? [doubtWarning(doubtful)] : [] };
    }
    case 'docx': {
      const { checkZipBudget } = await import('./zip-budget.js');
      checkZipBudget(bytes, maxBytes);
      const { docxToText } = await import('./docx.js');
      return { text: await docxToText(bytes), format, encoding: null, warnings: [] };
    }
    case 'html': {
      const { decodePage } = await import('./html-charset.js');
      const decoded = decodePage(bytes, encoding);
      const { htmlToText } = await import('./html.js');
      return { text: htmlToText(decoded.text), format, encoding: decoded.encoding, warnings: decodeWarnings(decoded) };
    }
    case 'markdown': {
      // Link targets, images and HTML tags come out through remark-parse, lines kept in place,
      // unless the markdown has a shape that would make the parser crawl (markdown-budget.ts).
      const decoded = decodeBytes(bytes, encoding);
      const { markdownHazard } = await import('../text/markdown-budget.js');
      const hazard = markdownHazard(decoded.text);
      if (hazard) return { text: decoded.text, format, encoding: decoded.encoding, warnings: [...decodeWarnings(decoded), `${hazard}: read as plain text`] };
      const { stripMarkdownSyntax } = await import('../text/markdown-syntax.js');
      return { text: stripMarkdownSyntax(decoded.text), format, encoding: decoded.encoding, warnings: decodeWarnings(decoded) };
    }
    default: {
      const decoded = decodeBytes(bytes, encoding);
      return { text: decoded.text, format, encoding: decoded.encoding, warnings: decodeWarnings(decoded) };
    }
  }
}

/** "%PDF-" and the ZIP signature decide first, so a renamed file or standard input still reads. */
export function formatOf(path: string, bytes: Uint8Array): SourceFormat {
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  if (startsWith(bytes, 'PK\u0003\u0004')) return 'docx';
  const name = path.toLowerCase();
  if (/\.html?$/.test(name)) return 'html'; // "page.html", "page.htm"
  if (/\.(?:md|markdown)$/.test(name)) return 'markdown'; // "plan.md"
  // Standard input or an unnamed page: "<!DOCTYPE html" or "<html" at the start (after a UTF-8 BOM,
  // read here as Latin-1 "ï»¿", or spaces).
  if (/^(?:\u00ef\u00bb\u00bf)?\s{0,64}<(?:!doctype\s+html|html)[\s>]/i.test(Buffer.from(bytes.subarray(0, 128)).toString('latin1'))) return 'html';
  return 'text';
}

function startsWith(bytes: Uint8Array, signature: string): boolean {
  if (bytes.length < signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[i] !== signature.charCodeAt(i)) return false;
  return true;
}

function decodeWarnings(decoded: DecodedText): string[] {
  const warnings = decoded.replaced ? [`${decoded.replaced} byte sequence(s) not valid UTF-8, read as U+FFFD (\ufffd)`] : [];
  if (decoded.doubtful) warnings.push(`read as ${decoded.encoding}, as --encoding asks, but it does not read as Vietnamese in it: is that its encoding?`);
  return warnings;
}

/** The warning for a PDF's doubtful letters: the first few listed, the rest counted. */
export function doubtWarning(doubtful: string[]): string {
  const listed = doubtful.slice(0, MAX_LISTED_DOUBTS).join(', ');
  const more = doubtful.length > MAX_LISTED_DOUBTS ? ` and ${doubtful.length - MAX_LISTED_DOUBTS} more` : '';
  return `letters that may be split by the PDF, left as they are: ${listed}${more}`;
}
