import { describe, expect, it } from 'vitest';
import { alignTargets, measureSyllables } from '../../src/compare/align.js';
import type { Comparator, Target } from '../../src/model.js';

const target = (indicator: string, value: number, unit = '%', comparator: Comparator = 'eq'): Target => ({
  indicator, indicatorId: null, value, valueMax: null, unit, comparator, year: 2030, period: null, recurrence: null, section: null, line: 1, text: indicator,
});
/** Do the two targets, of plans a and b, end up in one group? */
const together = (a: Target, b: Target) => alignTargets([{ column: 'a', target: a }, { column: 'b', target: b }]).length === 1;

describe('aligning targets across plans by what they measure', () => {
  it.each([
    // Bắc Ninh KH 144 and a digital-economy plan of another province (issue 10).
    ['a share of GRDP worded two ways', target('Tỷ trọng kinh tế số', 30, '%', 'gte'), target('Kinh tế số trong GRDP tỉnh', 45)],
    // Cần Thơ KH 153 and Đồng Nai KH 182.
    ['drug-free communes, the place dropped', target('số xã, phường trên toàn thành phố không có ma túy', 50, '%', 'gte'), target('số xã, phường trên toàn tỉnh không ma túy', 50, '%', 'gte')],
    ['abbreviations written out', target('người lao động tại các KCN, KCX', 70, '%', 'gt'), target('người lao động tại các khu công nghiệp, khu chế xuất', 70, '%', 'gt')],
  ])('puts on one row: %s', (_name, a, b) => {
    expect(together(a, b)).toBe(true);
  });

  it.each([
    ['a share and a multiple', target('Kinh phí chi cho nghiên cứu phát triển (R&D) trong GRDP', 2, '%', 'gte'), target('giao dịch thanh toán không dùng tiền mặt', 30, 'lần')],
    ['a rise and a fall', target('số ca mắc mới', 10, '%', 'gte'), target('số ca mắc mới', 10, '%', 'lte')],
    ['counts of different nouns', target('trạm y tế được nâng cấp', 20, 'trạm'), target('trạm y tế được nâng cấp', 20, 'xã')],
    ['different measured things', target('nhà trường tổ chức tuyên truyền cho người học', 100), target('người lao động tại các khu công nghiệp', 70)],
  ])('keeps apart: %s', (_name, a, b) => {
    expect(together(a, b)).toBe(false);
  });

  it('grows a group only when every two of its targets meet the bar (no chain of near-misses)', () => {
    // a ~ b (0.86) and b ~ c (0.82), but a and c (0.67) measure different things.
    const groups = alignTargets([
      { column: 'a', target: target('điểm tổ chức sử dụng trái phép chất ma túy được triệt phá', 100) },
      { column: 'b', target: target('điểm tổ chức sử dụng trái phép chất ma túy, đối tượng mua bán được triệt phá', 100) },
      { column: 'c', target: target('đối tượng mua bán trái phép chất ma túy, điểm tổ chức, đường dây vận chuyển được triệt phá', 100) },
    ]);
    expect(groups.map((g) => g.map((p) => p.column))).toEqual([['a', 'b'], ['c']]);
  });

  // Chính phủ NQ 03: R&D spending in GDP (2%) and the share of it society pays (60%), one plan, one year.
  it('puts no two values of one plan and year on one row', () => {
    const groups = alignTargets([
      { column: 'a', target: target('Kinh phí chi cho nghiên cứu phát triển (R&D)', 2) },
      { column: 'a', target: target('Tỷ trọng kinh phí từ xã hội trên kinh phí chi cho nghiên cứu phát triển (R&D)', 60) },
      { column: 'b', target: target('Kinh phí chi cho nghiên cứu phát triển (R&D)/GRDP', 2) },
    ]);
    expect(groups.every((g) => new Set(g.map((p) => p.target.value)).size === 1)).toBe(true);
  });

  it('keeps the content syllables of a wording', () => {
    expect([...measureSyllables('Tỷ lệ xã, phường trên địa bàn tỉnh Đồng Nai không ma túy')]).toEqual(['xã', 'phường', 'không', 'ma', 'túy']);
  });
});
