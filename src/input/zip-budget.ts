// A .docx is a ZIP archive, and a ZIP can say little and inflate to a lot: 0.9 MB whose
// word/document.xml inflates to 315 MB took a run down at 4.5 GB. Before mammoth unpacks anything,
// every part is inflated here under budgets, counted while it inflates: how many parts, how many
// bytes in all (the --max-size limit, which so bounds what a file is read into, packed or not), and
// how deep the XML parts nest (mammoth's XML reader recurses, so 200,000 nested runs overflow the
// stack). A budget exceeded is one InputError line for the file; the run goes on.
import { inflateRawSync } from 'node:zlib';
import { formatByteSize } from './byte-size.js';
import { InputError } from './read.js';

/** Far above a Word document's parts (a few dozen; one per picture). */
export const MAX_ZIP_ENTRIES = 10_000;
/** Far above Word's own nesting (body, table, row, cell, paragraph, run: about twenty). */
export const MAX_XML_DEPTH = 1_000;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** A size or offset of 0xFFFFFFFF points to a ZIP64 record, which Word does not write. */
const ZIP64_MARK = 0xffffffff;

/** Throws an InputError when the archive breaks a budget; returns when all of it fits. */
export function checkZipBudget(bytes: Uint8Array, maxInflated: number): void {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfCentralDirectory(data);
  const count = data.readUInt16LE(end + 10);
  if (count > MAX_ZIP_ENTRIES) throw new InputError(`a .docx of ${count} parts, over the ${MAX_ZIP_ENTRIES} a document has: not read`);
  let at = data.readUInt32LE(end + 16);
  let inflated = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL) throw broken('its list of parts is cut short');
    const method = data.readUInt16LE(at + 10);
    const packed = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const local = data.readUInt32LE(at + 42);
    const name = data.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    if (packed === ZIP64_MARK || local === ZIP64_MARK) throw broken('a ZIP64 archive, which Word does not write');
    const part = inflatePart(data, { local, packed, method, name }, maxInflated - inflated, maxInflated);
    inflated += part.length;
    if (/\.(?:xml|rels)$/i.test(name)) checkDepth(part, name);
  }
}

function endOfCentralDirectory(data: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535: look for it from the end.
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === EOCD) return i;
  }
  throw broken('no list of parts at its end');
}

interface Part {
  local: number;
  packed: number;
  method: number;
  name: string;
}

/** One part's bytes, inflated without going past what is left (`budget`) of the size limit. */
function inflatePart(data: Buffer, { local, packed, method, name }: Part, budget: number, limit: number): Buffer {
  if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL) throw broken(`part ${name} is not where the list says`);
  const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
  const raw = data.subarray(start, start + packed);
  if (method === 0) {
    if (raw.length > budget) throw overBudget(limit, name);
    return raw;
  }
  if (method !== 8) throw broken(`part ${name} is packed by method ${method}, not deflate`);
  try {
    return inflateRawSync(raw, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw overBudget(limit, name);
    throw broken(`part ${name} does not inflate (${(error as Error).message})`);
  }
}

/** How deep the elements of an XML part nest, counted on its tags; over the limit throws. */
function checkDepth(xml: Buffer, name: string): void {
  let depth = 0;
  for (let i = xml.indexOf(0x3c); i >= 0; i = xml.indexOf(0x3c, i + 1)) {
    const next = xml[i + 1];
    if (next === 0x2f /* </ */) depth--;
    else if (next !== 0x3f /* <? */ && next !== 0x21 /* <! */) {
      const close = xml.indexOf(0x3e, i);
      if (close < 0) return;
      if (xml[close - 1] !== 0x2f /* /> */ && ++depth > MAX_XML_DEPTH) {
        throw new InputError(`a .docx whose ${name} nests over ${MAX_XML_DEPTH} elements deep: not read`);
      }
      i = close;
    }
  }
}

function overBudget(limit: number, name: string): InputError {
  return new InputError(`a .docx that inflates to over the ${formatByteSize(limit)} size limit (at ${name}): not read (raise it with --max-size)`);
}

function broken(why: string): InputError {
  return new InputError(`not a readable .docx: ${why}`);
}
