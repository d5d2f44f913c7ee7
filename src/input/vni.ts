// VNI (the "VNI-Times" font encoding of 1990s Vietnamese Windows text): one byte per Latin-1 code
// point, a vowel written as its base letter followed by one mark byte ("cuûa" = "của"), a few
// letters as one byte ("ñ" = "đ", "ô" = "ơ", "ö" = "ư"). No npm codec has it; this table follows the
// VNI-Windows layout as published with the VNI keyboard (and xvnkb's vni.h), lowercase marks after
// lowercase bases and their uppercase Latin-1 twins after uppercase ones.

/** Mark bytes after a vowel: tone alone, or a circumflex / breve with a tone. Lowercase forms. */
const TONE_MARKS: Record<string, string> = { 'ù': '\u0301', 'ø': '\u0300', 'û': '\u0309', 'õ': '\u0303', 'ï': '\u0323' };
const CIRCUMFLEX_MARKS: Record<string, string> = { 'â': '', 'á': '\u0301', 'à': '\u0300', 'å': '\u0309', 'ã': '\u0303', 'ä': '\u0323' };
/** "y" takes four tones by mark; "ỵ" is the single byte "î". */
const Y_TONE_MARKS: Record<string, string> = { 'ù': '\u0301', 'ø': '\u0300', 'û': '\u0309', 'õ': '\u0303' };
const BREVE_MARKS: Record<string, string> = { 'ê': '', 'é': '\u0301', 'è': '\u0300', 'ú': '\u0309', 'ü': '\u0303', 'ë': '\u0323' };

/** Letters that are one byte in VNI (lowercase; the uppercase twin maps to the uppercase letter). */
const SINGLE_BYTE_LETTERS: Record<string, string> = {
  'ñ': 'đ', 'ô': 'ơ', 'ö': 'ư', 'í': 'í', 'ì': 'ì', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị', 'î': 'ỵ',
};

/** Which mark sets each base takes: "a" takes circumflex and breve, "ơ"/"ư" only tones. */
const BASE_MARK_SETS: Record<string, { marks: Record<string, string>; modifier: string }[]> = {
  a: [{ marks: CIRCUMFLEX_MARKS, modifier: '\u0302' }, { marks: BREVE_MARKS, modifier: '\u0306' }, { marks: TONE_MARKS, modifier: '' }],
  e: [{ marks: CIRCUMFLEX_MARKS, modifier: '\u0302' }, { marks: TONE_MARKS, modifier: '' }],
  o: [{ marks: CIRCUMFLEX_MARKS, modifier: '\u0302' }, { marks: TONE_MARKS, modifier: '' }],
  'ơ': [{ marks: TONE_MARKS, modifier: '' }],
  u: [{ marks: TONE_MARKS, modifier: '' }],
  'ư': [{ marks: TONE_MARKS, modifier: '' }],
  y: [{ marks: Y_TONE_MARKS, modifier: '' }],
};

interface VniTables {
  /** VNI spelling (one or two Latin-1 characters) → the NFC letter. */
  decode: Map<string, string>;
  /** NFC letter → VNI spelling. */
  encode: Map<string, string>;
}

function buildTables(): VniTables {
  const decode = new Map<string, string>();
  const add = (vni: string, letter: string) => {
    decode.set(vni, letter.normalize('NFC'));
  };
  for (const [vni, letter] of Object.entries(SINGLE_BYTE_LETTERS)) {
    add(vni, letter);
    add(vni.toUpperCase(), letter.toUpperCase());
  }
  for (const [base, sets] of Object.entries(BASE_MARK_SETS)) {
    const spelledBase = base === 'ơ' ? 'ô' : base === 'ư' ? 'ö' : base;
    for (const { marks, modifier } of sets) {
      for (const [mark, tone] of Object.entries(marks)) {
        const letter = base + modifier + tone;
        add(spelledBase + mark, letter);
        add(spelledBase.toUpperCase() + mark.toUpperCase(), letter.toUpperCase());
      }
    }
  }
  const encode = new Map<string, string>();
  for (const [vni, letter] of decode) if (vni !== letter) encode.set(letter, vni);
  return { decode, encode };
}

let tables: VniTables | undefined;
function vniTables(): VniTables {
  tables ??= buildTables();
  return tables;
}

/** VNI bytes → NFC text. Two-character spellings are tried before one-character ones. */
export function decodeVni(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const { decode } = vniTables();
  let out = '';
  for (let i = 0; i < latin1.length; i++) {
    const pair = decode.get(latin1.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i++;
      continue;
    }
    out += decode.get(latin1[i]) ?? latin1[i];
  }
  return out;
}

/** NFC text → VNI bytes; characters VNI cannot spell become "?". Used to make VNI fixtures. */
export function encodeVni(text: string): Uint8Array {
  const { encode } = vniTables();
  let latin1 = '';
  for (const ch of text.normalize('NFC')) {
    const spelled = encode.get(ch) ?? ch;
    // A spelling within Latin-1 ("cuûa") is writable as VNI bytes; "“" is not.
    // eslint-disable-next-line no-control-regex -- a Latin-1 range, control characters included
    latin1 += /^[\u0000-\u00ff]+$/.test(spelled) ? spelled : '?';
  }
  return Buffer.from(latin1, 'latin1');
}
