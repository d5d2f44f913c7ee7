import { describe, expect, it } from 'vitest';
import { formatNumber, formatTargetValue, type TargetValue } from '../../src/compare/target-value.js';
import { uniqueIds } from '../../src/compare/columns.js';
import { isCentralSymbol } from '../../src/compare/references.js';
import { formatWhen } from '../../src/compare/deadlines.js';
import { withoutPlace } from '../../src/compare/leads.js';
import { fold } from '../../src/vocab/fold.js';

// Values as the seed plans state them, and the way a Vietnamese reader expects to see them again.
describe('formatTargetValue', () => {
  it.each<[string, TargetValue, string]>([
    ['Sơn La "đạt 75%"', { value: 75, valueMax: null, comparator: 'eq', unit: '%' }, '75%'],
    ['Lai Châu "tối thiểu 20%"', { value: 20, valueMax: null, comparator: 'gte', unit: '%' }, '≥ 20%'],
    ['Bắc Ninh "trên 50%"', { value: 50, valueMax: null, comparator: 'gt', unit: '%' }, '> 50%'],
    ['Sơn La "giảm xuống còn 58,9%"', { value: 58.9, valueMax: null, comparator: 'lte', unit: '%' }, '≤ 58,9%'],
    ['Bắc Ninh "khoảng 610.000 người"', { value: 610000, valueMax: null, comparator: 'approx', unit: 'người' }, '~ 610.000 người'],
    ['Bắc Ninh "03 - 04 ngành"', { value: 3, valueMax: 4, comparator: 'range', unit: 'ngành' }, '3–4 ngành'],
    ['Hà Nội "khoảng 20.000 lao động"', { value: 20000, valueMax: null, comparator: 'approx', unit: 'lao động' }, '~ 20.000 lao động'],
    ['"dưới 5%"', { value: 5, valueMax: null, comparator: 'lt', unit: '%' }, '< 5%'],
  ])('%s', (_name, target, expected) => {
    expect(formatTargetValue(target)).toBe(expected);
  });

  it.each([
    [1800000, '1.800.000'],
    [50.7, '50,7'],
    [0.25, '0,25'],
    [1234.5, '1.234,5'],
    [100, '100'],
  ])('formatNumber(%s) = %s', (n, expected) => {
    expect(formatNumber(n)).toBe(expected);
  });
});

describe('column ids', () => {
  it.each([
    [['fixtures/seeds/002_a.txt', 'fixtures/seeds/003_b.txt'], ['002_a', '003_b']],
    [['2024/son-la.txt', '2025/son-la.txt'], ['2024/son-la', '2025/son-la']],
    [['a/plan.txt', 'a/plan.md'], ['a/plan', 'a/plan~2']],
    [['-'], ['stdin']],
  ])('%j → %j', (paths, ids) => {
    expect(uniqueIds(paths)).toEqual(ids);
  });
});

describe('central documents by their issuer code', () => {
  it.each([
    ['37-CT/TW', true],
    ['1017/QĐ-TTg', true],
    ['281/NQ-CP', true],
    ['167-HD/BTGTW', true],
    ['4656/KH-UBND', false],
    ['56-CTr/TU', false],
    ['113/2025/NQ-HĐND', false],
  ])('%s → %s', (symbol, central) => {
    expect(isCentralSymbol(symbol)).toBe(central);
  });
});

describe('deadline dates as plans write them', () => {
  it.each([
    [{ day: 10, month: 12, year: null, quarter: null }, '10/12'],
    [{ day: null, month: 12, year: 2025, quarter: null }, 'tháng 12/2025'],
    [{ day: null, month: null, year: 2026, quarter: 1 }, 'quý I/2026'],
    [{ day: null, month: null, year: 2025, quarter: null }, 'năm 2025'],
  ])('%j → %s', (d, expected) => {
    expect(formatWhen(d)).toBe(expected);
  });
});

describe('agency names without their place match across provinces', () => {
  it.each([
    ['Đảng ủy Ủy ban nhân dân tỉnh', 'Đảng ủy UBND tỉnh Bắc Ninh'],
    ['Ủy ban Mặt trận Tổ quốc thành phố Hà Nội', 'UBMTTQ tỉnh Sơn La'],
    ['Đảng uỷ Uỷ ban nhân dân tỉnh', 'Đảng ủy Ủy ban nhân dân'],
  ])('%s = %s', (a, b) => {
    expect(fold(withoutPlace(a))).toBe(fold(withoutPlace(b)));
  });

  it('keeps the wording of the name it shortens', () => {
    expect(withoutPlace('UBMTTQ tỉnh Sơn La')).toBe('Ủy ban Mặt trận Tổ quốc');
    expect(withoutPlace('Ủy ban nhân dân các huyện, thành phố')).toBe('Ủy ban nhân dân các huyện, thành phố');
  });
});
