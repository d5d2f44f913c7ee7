// The encoding a saved web page declares in its first bytes: `<meta charset="windows-1258">` or
// `<meta http-equiv="Content-Type" content="text/html; charset=utf-8">`. Pages are mostly markup,
// which says nothing about the encoding, so a declaration is more reliable than scoring the bytes.
import { decodeBytes, DecodeError, ENCODING_NAMES, type DecodedText, type EncodingChoice, type TextEncoding } from './decode.js';

/** How far into the page a declaration is looked for (HTML requires it in the first 1024 bytes). */
const HEAD_BYTES = 4096;

/** `<meta charset="windows-1258"`, `<meta http-equiv=… content="text/html; charset=utf-8"`: bounded runs. */
const META_CHARSET = /<meta\s[^<>]{0,300}?charset\s{0,3}=\s{0,3}["']?([\w-]{1,24})/i;

/** The declared encoding if it is one `plans` reads, else null (then the bytes are scored). */
export function declaredCharset(bytes: Uint8Array): TextEncoding | null {
  const head = Buffer.from(bytes.subarray(0, HEAD_BYTES)).toString('latin1');
  const name = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  const choice = name === undefined ? undefined : ENCODING_NAMES[name];
  return choice === undefined || choice === 'auto' ? null : choice;
}

/** A page's bytes → text: the encoding the user named, else the one the page declares, else scored. */
export function decodePage(bytes: Uint8Array, choice: EncodingChoice): DecodedText {
  if (choice !== 'auto') return decodeBytes(bytes, choice);
  const declared = declaredCharset(bytes);
  if (declared) {
    try {
      return decodeBytes(bytes, declared);
    } catch (error) {
      // A page that is not in the encoding it declares is scored like any other.
      if (!(error instanceof DecodeError)) throw error;
    }
  }
  return decodeBytes(bytes, 'auto');
}
