// .docx → plan text. mammoth turns the document into HTML (paragraphs, tables, lists) and the
// HTML reader makes the lines: one per paragraph, one `|` row per table row, as for a saved web
// page. Raw-text extraction would flatten a table into one paragraph per cell and lose its rows.
// Images are dropped unread (no base64 encoding of pictures nobody reads).
import { htmlToText } from './html.js';

export async function docxToText(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  const { value } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
  );
  return htmlToText(value);
}
