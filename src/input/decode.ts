// Bytes → text. UTF-16 is told by its BOM (or, without one, by reading as Vietnamese when the
// bytes hold NULs), and valid UTF-8 is taken as UTF-8. Anything else is
// decoded as each legacy Vietnamese encoding (Windows-1258, TCVN3, VNI), and as UTF-8 with its bad
// bytes replaced (a UTF-8 page with one stray byte from a copy), and the one whose text looks most
// Vietnamese wins; a file that looks Vietnamese in none of them is refused with a reason the user
// can act on. `--encoding` skips the guessing.
import type { TextEncoding } from '../model.js';
import { decodeLegacy, LEGACY_ENCODINGS, type LegacyEncoding } from './legacy.js';
import { scoreVietnamese } from './vietnamese-score.js';

export class DecodeError extends Error {}

export type { TextEncoding };

/** What `--encoding` accepts: an encoding, or `auto` to detect it. */
export type EncodingChoice = TextEncoding | 'auto';

/** `--encoding` spellings → encodings; the canonical names are accepted too. */
export const ENCODING_NAMES: Record<string, EncodingChoice> = {
  auto: 'auto',
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  utf16le: 'utf-16le',
  'utf-16le': 'utf-16le',
  utf16be: 'utf-16be',
  'utf-16be': 'utf-16be',
  windows1258: 'windows-1258',
  'windows-1258': 'windows-1258',
  cp1258: 'windows-1258',
  tcvn3: 'tcvn3',
  tcvn: 'tcvn3',
  abc: 'tcvn3',
  vni: 'vni',
};

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Bytes that were not UTF-8 in a file read as UTF-8 all the same, each now U+FFFD. */
  replaced?: number;
  /** Set when the encoding was named with --encoding and the text does not read as Vietnamese in it. */
  doubtful?: true;
}

/**
 * Below this share of the commonest Vietnamese words the best decoding is still not Vietnamese
 * (the seed plans have 31–33%; English or binary read as Windows-1258 has about none).
 */
const MIN_COMMON_SHARE = 0.04;

export function decodeBytes(bytes: Uint8Array, choice: EncodingChoice = 'auto'): DecodedText {
  const decoded = decodeWith(bytes, choice);
  // A failed download saved as an empty file holds no plan: say so rather than give an empty record.
  if (!decoded.text.trim()) throw new DecodeError('empty file: no text to read');
  return decoded;
}

function decodeWith(bytes: Uint8Array, choice: EncodingChoice): DecodedText {
  if (choice !== 'auto') {
    // As asked, but said when it reads as no Vietnamese: a UTF-8 file named utf16le is all garbage.
    const text = decodeAs(bytes, choice);
    const { score, commonShare } = scoreVietnamese(text.slice(0, SAMPLE_BYTES));
    return score > 0 && commonShare >= MIN_COMMON_SHARE ? { text, encoding: choice } : { text, encoding: choice, doubtful: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeAs(bytes, 'utf-16le'), encoding: 'utf-16le' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeAs(bytes, 'utf-16be'), encoding: 'utf-16be' };
  if (bytes.includes(0)) return detectUtf16(bytes);
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return detectLegacy(bytes);
}

/** Detection scores the decodings of this much of the file: pages of text say which it is. */
const SAMPLE_BYTES = 64 * 1024;

function detectLegacy(bytes: Uint8Array): DecodedText {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const candidates: (LegacyEncoding | 'utf-8')[] = [...LEGACY_ENCODINGS, 'utf-8'];
  let best: { encoding: LegacyEncoding | 'utf-8'; score: number; commonShare: number } | null = null;
  for (const encoding of candidates) {
    const { score, commonShare } = scoreVietnamese(encoding === 'utf-8' ? lossyUtf8(sample) : decodeLegacy(sample, encoding));
    if (!best || score > best.score) best = { encoding, score, commonShare };
  }
  if (!best || best.score <= 0 || best.commonShare < MIN_COMMON_SHARE) {
    throw new DecodeError('not valid UTF-8, nor Vietnamese in Windows-1258, TCVN3 or VNI (name the encoding with --encoding)');
  }
  if (best.encoding !== 'utf-8') return { text: decodeAs(bytes, best.encoding), encoding: best.encoding };
  const text = lossyUtf8(bytes);
  return { text, encoding: 'utf-8', replaced: text.split('\ufffd').length - 1 };
}

/** NUL bytes: UTF-16 written without a BOM (each ASCII letter has a zero byte), or a binary file. */
function detectUtf16(bytes: Uint8Array): DecodedText {
  const sample = bytes.subarray(0, SAMPLE_BYTES & ~1);
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const { score, commonShare } = scoreVietnamese(new TextDecoder(encoding).decode(sample));
    if (score > 0 && commonShare >= MIN_COMMON_SHARE) return { text: decodeAs(bytes, encoding), encoding };
  }
  throw new DecodeError('binary file (NUL bytes); expected a plan text');
}

/** UTF-8 with each bad sequence replaced by U+FFFD. */
function lossyUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).normalize('NFC');
}

function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  switch (encoding) {
    case 'utf-8': {
      const text = tryUtf8(bytes);
      if (text === null) throw new DecodeError('not valid UTF-8 (try --encoding auto)');
      return text;
    }
    case 'utf-16le':
    case 'utf-16be': {
      const bom = encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
      const body = bytes[0] === bom[0] && bytes[1] === bom[1] ? bytes.subarray(2) : bytes;
      return new TextDecoder(encoding).decode(body).normalize('NFC');
    }
    default:
      return decodeLegacy(bytes, encoding);
  }
}

// One seed stores tone marks as combining characters: everything downstream assumes NFC.
function tryUtf8(bytes: Uint8Array): string | null {
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body).normalize('NFC');
  } catch {
    return null;
  }
}
