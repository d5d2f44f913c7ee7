import { describe, expect, it } from 'vitest';
import { CATALOGUE, catalogueMatch } from '../../src/vocab/agency-catalogue.js';
import { expandAbbreviations } from '../../src/vocab/agencies.js';
import { fold } from '../../src/vocab/fold.js';

const matched = (text: string) => text.slice(0, catalogueMatch(fold(text)));

describe('the catalogue of bodies', () => {
  it.each([
    ['the longest name wins', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk chủ trì', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['a lower-case word inside a known name', 'Trung tâm Xúc tiến đầu tư tỉnh phối hợp', 'Trung tâm Xúc tiến đầu tư'],
    ['both tone placements', 'Uỷ ban nhân dân các xã, phường', 'Uỷ ban nhân dân'],
    ['an abbreviation of a whole body', 'TTXVN, VTV', 'TTXVN'],
    ['a former ministry', 'Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ', 'Bộ Thông tin và Truyền thông'],
    ['only at a word end', 'Bộ Tài chínhx', ''],
    ['no known body', 'Ban hành kế hoạch', ''],
  ])('%s', (_name, text, expected) => {
    expect(matched(text)).toBe(expected);
  });

  it('expands the abbreviations it lists, and keeps the older table first', () => {
    expect(expandAbbreviations('VTV, VOV, TTXVN')).toBe('Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam');
    expect(expandAbbreviations('UBMTTQ tỉnh')).toBe('Ủy ban Mặt trận Tổ quốc tỉnh');
    expect(expandAbbreviations('các tỉnh, thành phố trực thuộc TW')).toBe('các tỉnh, thành phố trực thuộc Trung ương');
  });

  it('has one entry per name, each with a level and a kind', () => {
    const names = CATALOGUE.map((b) => fold(b.name));
    expect(names.length).toBe(new Set(names).size);
    for (const body of CATALOGUE) expect([body.name, body.level && body.kind]).toEqual([body.name, expect.any(String)]);
  });
});
