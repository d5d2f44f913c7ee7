// The pre-Unicode Vietnamese encodings still met in old .txt files and .doc-derived text.
// Windows-1258 stores most tone marks as separate combining characters, so its text needs NFC;
// TCVN3 (ABC, the ".VnTime" fonts) and Windows-1258 come from iconv-lite, VNI from our own table;
// TCVN3 titles typed in its capitals fonts are raised back to capitals (tcvn3-caps.ts).
// iconv-lite is required lazily: only a file that is not UTF-8 pays for loading it.
import { createRequire } from 'node:module';
import type { TextEncoding } from '../model.js';
import { raiseCapitalsFontWords } from './tcvn3-caps.js';
import { decodeVni } from './vni.js';

export type LegacyEncoding = Exclude<TextEncoding, 'utf-8' | 'utf-16le' | 'utf-16be'>;

export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['windows-1258', 'tcvn3', 'vni'];

type IconvLite = typeof import('iconv-lite');
let iconv: IconvLite | undefined;
function iconvLite(): IconvLite {
  iconv ??= createRequire(import.meta.url)('iconv-lite') as IconvLite;
  return iconv;
}

export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  switch (encoding) {
    case 'windows-1258':
      return iconvLite().decode(Buffer.from(bytes), 'windows1258').normalize('NFC');
    case 'tcvn3':
      return raiseCapitalsFontWords(iconvLite().decode(Buffer.from(bytes), 'tcvn').normalize('NFC'));
    case 'vni':
      return decodeVni(bytes).normalize('NFC');
  }
}
