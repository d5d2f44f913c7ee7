// .docx files made to hurt, built in memory in milliseconds (no committed 300 MB file): a real
// document's parts with word/document.xml swapped for a bomb. A bomb of N MB is one deflated
// megabyte of spaces repeated N times: blocks ended by a full flush share no history, so their
// copies chain into one valid stream that inflates to N megabytes.
import { readFileSync } from 'node:fs';
import { constants, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  /** Deflated bytes. */
  packed: Buffer;
  /** Size once inflated, as the archive declares it. */
  size: number;
  crc: number;
}

const MB = 1024 ** 2;

/** The parts of a real .docx (the Sơn La seed as Word saved it), inflated. */
export function docxParts(path = 'fixtures/formats/002_son-la.docx'): Map<string, Buffer> {
  const zip = readFileSync(path);
  const parts = new Map<string, Buffer>();
  let at = zip.readUInt32LE(zip.length - 22 + 16);
  const count = zip.readUInt16LE(zip.length - 22 + 10);
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const packedSize = zip.readUInt32LE(at + 20);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + packedSize);
    parts.set(name, zip.readUInt16LE(at + 10) === 0 ? Buffer.from(raw) : inflateRawSync(raw));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return parts;
}

export function part(name: string, data: Buffer): ZipPart {
  return { name, packed: deflateRawSync(data), size: data.length, crc: crc32(data) };
}

/** A part that inflates to `megabytes` MB of spaces from a few hundred KB; its size is declared honestly or as `declared`. */
export function spacesBomb(name: string, megabytes: number, declared?: number): ZipPart {
  const block = deflateRawSync(Buffer.alloc(MB, 0x20), { finishFlush: constants.Z_FULL_FLUSH });
  const last = deflateRawSync(Buffer.alloc(0));
  const packed = Buffer.concat([...Array.from({ length: megabytes }, () => block), last]);
  return { name, packed, size: declared ?? Math.min(megabytes * MB, 0xfffffffe), crc: 0 };
}

/** A .docx of these parts (deflated, no ZIP64). */
export function zipOf(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.packed.length, 18);
    local.writeUInt32LE(p.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.crc >>> 0, 16);
    central.writeUInt32LE(p.packed.length, 20);
    central.writeUInt32LE(p.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.packed);
    centrals.push(central, name);
    offset += local.length + name.length + p.packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The real document with its body swapped: a bomb, a deep nest, or anything else. */
export function docxWithBody(body: ZipPart | Buffer): Buffer {
  const parts = [...docxParts()].map(([name, data]) => (name === 'word/document.xml' ? (Buffer.isBuffer(body) ? part(name, body) : { ...body, name }) : part(name, data)));
  return zipOf(parts);
}

/** word/document.xml with `depth` runs nested in one another. */
export function deepRuns(depth: number): Buffer {
  return Buffer.from(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>${'<w:r>'.repeat(depth)}<w:t>Kế hoạch</w:t>${'</w:r>'.repeat(depth)}</w:p></w:body></w:document>`);
}
