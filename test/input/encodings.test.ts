import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, DecodeError } from '../../src/input/decode.js';
import { loadText } from '../../src/input/load.js';
import { decodeVni, encodeVni } from '../../src/input/vni.js';
import { scoreVietnamese } from '../../src/input/vietnamese-score.js';
import { decodeLegacy } from '../../src/input/legacy.js';
import { raiseCapitalsFontWords } from '../../src/input/tcvn3-caps.js';
import iconv from 'iconv-lite';

const sonLa = readFileSync('fixtures/seeds/002_5d4ee1467f99bd22.txt', 'utf8').normalize('NFC');
const latin1 = (s: string) => Buffer.from(s, 'latin1');

describe('legacy encodings of a whole plan', () => {
  it.each([
    ['fixtures/formats/002_son-la.tcvn3.txt', 'tcvn3'],
    ['fixtures/formats/002_son-la.windows1258.txt', 'windows-1258'],
    ['fixtures/formats/002_son-la.vni.txt', 'vni'],
  ])('%s is detected as %s and decodes to the seed text', (path, encoding) => {
    const decoded = decodeBytes(readFileSync(path));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(sonLa);
  });

  it.each(['tcvn3', 'windows-1258', 'vni'] as const)('--encoding %s forces that decoding', (encoding) => {
    const bytes = readFileSync('fixtures/formats/002_son-la.tcvn3.txt');
    const forced = decodeBytes(bytes, encoding);
    expect(forced.encoding).toBe(encoding);
    if (encoding === 'tcvn3') expect(forced.text).toBe(sonLa);
    else expect(forced.text).not.toContain('Sơn La');
  });

  it('--encoding utf8 refuses bytes that are not UTF-8 instead of guessing', () => {
    expect(() => decodeBytes(readFileSync('fixtures/formats/002_son-la.vni.txt'), 'utf-8')).toThrow(DecodeError);
  });
});

describe('VNI', () => {
  it.each([
    ['cuûa', 'của'],
    ['ñöôïc', 'được'],
    ['KEÁ HOAÏCH', 'KẾ HOẠCH'],
    ['Sôn La', 'Sơn La'],
    ['UÛy ban nhaân daân', 'Ủy ban nhân dân'],
    ['ÑAÛNG', 'ĐẢNG'],
    ['naêm 2025', 'năm 2025'],
    ['aén, aúm, aüm, aëm', 'ắn, ẳm, ẵm, ặm'],
    ['tæ leä, nghó, lòch, kyø, Kyø, kî', 'tỉ lệ, nghĩ, lịch, kỳ, Kỳ, kỵ'],
  ])('%s → %s', (vni, text) => {
    expect(decodeVni(latin1(vni))).toBe(text);
    expect(Buffer.from(encodeVni(text)).toString('latin1')).toBe(vni);
  });

  it('round-trips any text in the Vietnamese alphabet', () => {
    const letters = [...'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ'];
    const alphabet = [...letters, ...letters.map((l) => l.toUpperCase()), ...'bcghklmnpqrstvx ,.0123456789'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expect(decodeVni(encodeVni(text))).toBe(text);
      }),
    );
  });
});

describe('telling encodings apart', () => {
  const snippet = 'Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chỉ thị của Ban Bí thư về đào tạo nghề cho lao động nông thôn.';
  it.each(['windows-1258', 'vni'] as const)('the right decoding scores above the wrong ones (%s bytes)', (encoding) => {
    const bytes = encoding === 'vni' ? encodeVni(snippet) : readFileSync('fixtures/formats/002_son-la.windows1258.txt');
    const right = scoreVietnamese(decodeLegacy(bytes, encoding)).score;
    for (const other of (['windows-1258', 'tcvn3', 'vni'] as const).filter((e) => e !== encoding)) {
      expect(right).toBeGreaterThan(scoreVietnamese(decodeLegacy(bytes, other)).score);
    }
  });

  it.each([
    ['English in Latin-1', latin1('The café serves naïve crème brûlée to the committee every year.')],
    ['French in Latin-1', latin1('Le comité a approuvé le plan de développement économique régional.')],
    ['random high bytes', Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 128)))],
    ['a lone invalid UTF-8 sequence', Buffer.from([0xc3, 0x28])],
  ])('refuses %s with a reason that names --encoding', (_name, bytes) => {
    expect(() => decodeBytes(bytes)).toThrow(/--encoding/);
  });

  it('reads a UTF-8 plan with a stray bad byte as UTF-8, counting what it replaced', () => {
    const seed = readFileSync('fixtures/seeds/003_b0cbec9ec4bcda71.txt');
    const decoded = decodeBytes(Buffer.concat([seed.subarray(0, 500), Buffer.from([0xa0]), seed.subarray(500)]));
    expect(decoded).toMatchObject({ encoding: 'utf-8', replaced: 1 });
    expect(decoded.text.replace('\ufffd', '')).toBe(seed.toString('utf8').normalize('NFC'));
  });

  it('still reads valid UTF-8 as UTF-8, whatever it scores', () => {
    expect(decodeBytes(Buffer.from('Hello, world', 'utf8')).encoding).toBe('utf-8');
  });

  it.each(['utf16le', 'utf16be'] as const)('detects %s without a BOM', (encoding) => {
    const le = Buffer.from(sonLa, 'utf16le');
    const bytes = encoding === 'utf16le' ? le : Buffer.from(le).swap16();
    expect(decodeBytes(bytes)).toEqual({ text: sonLa, encoding: encoding === 'utf16le' ? 'utf-16le' : 'utf-16be' });
  });

  it('still refuses a binary file with NUL bytes', () => {
    expect(() => decodeBytes(Buffer.from([0x50, 0x4b, 0x03, 0x00, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00]))).toThrow(/binary file/);
  });

  it('reads UTF-16 without a BOM when told to', () => {
    expect(decodeBytes(Buffer.from('Kế hoạch', 'utf16le'), 'utf-16le').text).toBe('Kế hoạch');
  });
});

describe('TCVN3 titles typed in a capitals font (.VnTimeH)', () => {
  it.each([
    ['Kế HOạCH', 'KẾ HOẠCH'],
    ['TRIểN KHAI THựC HIệN CHỉ THị Số 37-CT/TW', 'TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW'],
    ['ủY BAN NHâN DâN', 'ỦY BAN NHÂN DÂN'],
    // A word with ASCII lower case was not typed in the capitals font, even on a line that was.
    ['Thực HIệN', 'Thực HIỆN'],
  ])('%s → %s', (decoded, raised) => {
    expect(raiseCapitalsFontWords(decoded)).toBe(raised);
  });

  it.each([
    ['Số: 177/KH-UBND', 'one ASCII capital: "Số" is ordinary text'],
    ['Thực hiện Kế hoạch số 253-KH/TU', 'ordinary text with codes'],
    ['UBND tỉnh Sơn La', 'a code before ordinary words'],
  ])('leaves %j alone (%s)', (line) => {
    expect(raiseCapitalsFontWords(line)).toBe(line);
  });

  it('raises such a title when a TCVN3 file is detected', () => {
    // The capitals font draws lower-case codes: encode the title in lower case, its ASCII in capitals.
    const title = iconv.encode('Kế HOạCH\nTRIểN KHAI THựC HIệN CHỉ THị Số 37-CT/TW\n', 'tcvn');
    const body = readFileSync('fixtures/formats/002_son-la.tcvn3.txt');
    const decoded = decodeBytes(Buffer.concat([title, body]));
    expect(decoded.encoding).toBe('tcvn3');
    expect(decoded.text.split('\n').slice(0, 2)).toEqual(['KẾ HOẠCH', 'TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW']);
  });
});

describe('an encoding named with --encoding', () => {
  it('is used as asked, and doubted aloud when the text reads as no Vietnamese in it', async () => {
    const utf8 = readFileSync('fixtures/seeds/002_5d4ee1467f99bd22.txt');
    expect(decodeBytes(utf8, 'utf-16le').doubtful).toBe(true);
    expect((await loadText('plan.txt', utf8, 'utf-16le')).warnings).toEqual(['read as utf-16le, as --encoding asks, but it does not read as Vietnamese in it: is that its encoding?']);
    expect(decodeBytes(utf8, 'utf-8').doubtful).toBeUndefined();
    expect(decodeBytes(readFileSync('fixtures/formats/002_son-la.tcvn3.txt'), 'tcvn3').doubtful).toBeUndefined();
  });
});
