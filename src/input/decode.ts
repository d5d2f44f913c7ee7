// Bytes → text. Plans arrive as UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else
// that is not valid UTF-8, that holds NUL bytes, or that holds no text at all (a failed download
// saved as an empty file) is refused with a reason the user can act on.

export class DecodeError extends Error {}

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: finish(new TextDecoder('utf-16le').decode(bytes.subarray(2))), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: finish(new TextDecoder('utf-16be').decode(bytes.subarray(2))), encoding: 'utf-16be' };
  }
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) throw new DecodeError('binary file (NUL bytes); expected a plan text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new DecodeError('not valid UTF-8 (legacy encodings are not read yet)');
  }
  return { text: finish(text), encoding: 'utf-8' };
}

// One seed stores tone marks as combining characters: everything downstream assumes NFC.
function finish(text: string): string {
  if (!text.trim()) throw new DecodeError('empty file: no text to read');
  return text.normalize('NFC');
}
