import { describe, expect, it } from 'vitest';
import { parseVietnameseNumber } from '../../src/vocab/numbers.js';
import { fold, slug } from '../../src/vocab/fold.js';
import { expandAbbreviations } from '../../src/vocab/agencies.js';
import { decodeBytes } from '../../src/input/decode.js';

describe('Vietnamese numbers', () => {
  it.each([
    ['58,9', 58.9],
    ['50,70', 50.7],
    ['610.000', 610000],
    ['1.234.567', 1234567],
    ['02', 2],
    ['100', 100],
    ['abc', null],
  ])('%s → %s', (token, value) => expect(parseVietnameseNumber(token)).toBe(value));
});

describe('folding', () => {
  it('treats both tone placements as equal', () => {
    expect(fold('công nghiệp hoá')).toBe(fold('công nghiệp hóa'));
    expect(fold('Tỉnh uỷ')).toBe(fold('Tỉnh ủy'));
  });
  it('leaves syllables with a final consonant alone', () => {
    expect(fold('Đoàn, toàn, khoảng, Quý')).toBe('đoàn, toàn, khoảng, quý');
  });
  it('makes ids', () => expect(slug('Sở Lao động - Thương binh và Xã hội')).toBe('so-lao-dong-thuong-binh-xa-hoi'));
  it('expands abbreviations', () => {
    expect(expandAbbreviations('Sở LĐTB&XH, UBND các xã')).toBe('Sở Lao động - Thương binh và Xã hội, Ủy ban nhân dân các xã');
  });
});

describe('decoding', () => {
  it('normalises decomposed text to NFC', () => {
    const nfd = 'Kế hoạch'.normalize('NFD');
    expect(decodeBytes(new TextEncoder().encode(nfd)).text).toBe('Kế hoạch');
  });
  it('reads UTF-16 LE with a BOM', () => {
    const body = Buffer.from('Kế hoạch', 'utf16le');
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), body])).text).toBe('Kế hoạch');
  });
  it.each([
    ['NUL bytes', Buffer.from([0x41, 0x00, 0x42])],
    ['invalid UTF-8', Buffer.from([0xc3, 0x28])],
  ])('refuses %s', (_name, bytes) => expect(() => decodeBytes(bytes)).toThrow());
});
