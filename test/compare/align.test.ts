import { describe, expect, it } from 'vitest';
import { alignTargets, measureKinds, measureSyllables, wordingInContext } from '../../src/compare/align.js';
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
    // Bắc Ninh KH 144 and the Government's NQ 03: "01 Gb/s" and "1Gb/s" are one number.
    ['one speed written two ways', target('Tỷ lệ người sử dụng có khả năng truy cập băng rộng cố định với tốc độ 01 Gb/s', 80), target('Tỉ lệ người sử dụng có khả năng truy nhập băng rộng cố định với tốc độ trên 1Gb/s', 80)],
    // Bộ Công Thương's programme for NQ 57 and the Government's NQ 03: a sentence's count and a table's unit column.
    ['a count whose unit column lists two nouns',
      target('tổ chức, doanh nghiệp công nghệ hàng đầu thế giới đặt trụ sở, đầu tư nghiên cứu, sản xuất tại Việt Nam', 3, 'tổ chức', 'gte'),
      target('Thu hút thêm tổ chức, doanh nghiệp công nghệ hàng đầu thế giới đặt trụ sở, đầu tư nghiên cứu, sản xuất tại Việt Nam', 3, 'tổ chức, doanh nghiệp', 'gte')],
    ['abbreviations written out', target('người lao động tại các KCN, KCX', 70, '%', 'gt'), target('người lao động tại các khu công nghiệp, khu chế xuất', 70, '%', 'gt')],
  ])('puts on one row: %s', (_name, a, b) => {
    expect(together(a, b)).toBe(true);
  });

  it.each([
    ['a share and a multiple', target('Kinh phí chi cho nghiên cứu phát triển (R&D) trong GRDP', 2, '%', 'gte'), target('giao dịch thanh toán không dùng tiền mặt', 30, 'lần')],
    ['a rise and a fall', target('số ca mắc mới', 10, '%', 'gte'), target('số ca mắc mới', 10, '%', 'lte')],
    ['counts of different nouns', target('trạm y tế được nâng cấp', 20, 'trạm'), target('trạm y tế được nâng cấp', 20, 'xã')],
    // Cần Thơ KH 153 and Đồng Nai KH 182, kept apart by the pair's gold: different parts of one whole.
    ['all dealers and retail sellers',
      target('các điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy, đối tượng mua, bán trái phép chất ma túy', 100),
      target('các điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy, đối tượng bán lẻ chất ma túy', 100)],
    ['sea routes and land borders',
      target('Hằng năm, số vụ phạm tội về ma túy được phát hiện, bắt giữ tại tuyến đường biển, đường hàng không, chuyển phát nhanh tăng', 3, '%', 'gt'),
      target('Hàng năm, số vụ phạm tội về ma túy được phát hiện, bắt giữ tại khu vực biên giới đường bộ, tuyến đường hàng không, chuyển phát nhanh tăng', 3, '%', 'gt')],
    ['poor and near-poor households', target('Tỷ lệ hộ nghèo', 1, '%', 'lte'), target('Tỷ lệ hộ cận nghèo', 1, '%', 'lte')],
    ['all schools and preschools', target('trường đạt chuẩn quốc gia', 80), target('trường mầm non đạt chuẩn quốc gia', 80)],
    ['children under 5 and under 1', target('trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi', 15, '%', 'lte'), target('trẻ em dưới 1 tuổi suy dinh dưỡng thể thấp còi', 15, '%', 'lte')],
    ['different measured things', target('nhà trường tổ chức tuyên truyền cho người học', 100), target('người lao động tại các khu công nghiệp', 70)],
  ])('keeps apart: %s', (_name, a, b) => {
    expect(together(a, b)).toBe(false);
  });

  it('grows a group only when every two of its targets meet the bar (no chain of near-misses)', () => {
    // a ~ b (0.86) and b ~ c (0.82), but a and c (0.67) measure different things.
    const groups = alignTargets([
      { column: 'a', target: target('điểm tổ chức sử dụng trái phép chất ma túy được triệt phá', 100) },
      { column: 'b', target: target('điểm tổ chức sử dụng trái phép chất ma túy, đối tượng tàng trữ được triệt phá', 100) },
      { column: 'c', target: target('đối tượng tàng trữ trái phép chất ma túy, điểm tổ chức, đường dây vận chuyển được triệt phá', 100) },
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

  // Bộ Công Thương's programme for NQ 57 (one sentence, three targets) and the Government's NQ 03 (a table).
  it('reads a part ("trong đó …") within the whole its clause names, and only within its own clause', () => {
    const sentence = 'Kinh phí chi cho nghiên cứu phát triển (R&D) đạt 2% GDP, trong đó kinh phí từ xã hội chiếm hơn 60%; bố trí ít nhất 3% tổng chi ngân sách hằng năm cho phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số quốc gia và tăng dần theo yêu cầu phát triển.';
    const inSentence = (indicator: string, value: number): Target => ({ ...target(indicator, value, '%', 'gt'), text: sentence });
    const part = inSentence('kinh phí từ xã hội', 60);
    const after = inSentence('tổng chi ngân sách hằng năm cho phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số quốc gia', 3);
    expect(wordingInContext(part)).toBe('Kinh phí chi cho nghiên cứu phát triển (R&D) đạt  % GDP,  kinh phí từ xã hội');
    expect(wordingInContext(after)).toBe(after.indicator);
    const table = target('Tỷ trọng kinh phí từ xã hội trên kinh phí chi cho nghiên cứu phát triển (R&D)', 60);
    expect(together(part, table)).toBe(true);
    expect(together(after, table)).toBe(false);
  });

  it('reads which parts of a whole a wording names, the longer phrase first', () => {
    expect(measureKinds('tại tuyến đường biển, đường hàng không, chuyển phát nhanh')).toBe('route:air route:post route:sea');
    expect(measureKinds('hộ nghèo và hộ cận nghèo')).toBe('household:nearPoor household:poor');
    expect(measureKinds('Tỷ lệ hộ cận nghèo')).toBe('household:nearPoor');
    expect(measureKinds('hộ nghèo theo chuẩn giai đoạn 2026-2030, trẻ em dưới 05 tuổi')).toBe('5 household:poor');
    expect(measureKinds('nữ nhân viên')).toBe('sex:women');
    expect(measureKinds('khả năng nhận thức')).toBe('');
  });

  it('keeps the content syllables of a wording', () => {
    expect([...measureSyllables('Tỷ lệ xã, phường trên địa bàn tỉnh Đồng Nai không ma túy')]).toEqual(['xã', 'phường', 'không', 'ma', 'túy']);
  });
});
