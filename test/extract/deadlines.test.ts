import { describe, expect, it } from 'vitest';
import { recordOf } from '../helpers.js';

const inOrganisation = (body: string) => `KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nNội dung.\n\nII. TỔ CHỨC THỰC HIỆN\n\n${body}\n`;

describe('deadlines', () => {
  it.each([
    [
      'Định kỳ 6 tháng trước ngày 15/6, hàng năm trước ngày 10/12',
      '- Các sở, ban, ngành định kỳ báo cáo UBND tỉnh (qua Sở Lao động - Thương binh và Xã hội) về kết quả triển khai thực hiện ( Định kỳ 6 tháng trước ngày 15/6, hàng năm trước ngày 10/12).',
      [
        { day: 15, month: 6, year: null, quarter: null, recurrence: 'semiannual', action: 'report' },
        { day: 10, month: 12, year: null, quarter: null, recurrence: 'annual', action: 'report' },
      ],
    ],
    [
      'a day spelled with "tháng" and the recurrence after it',
      '- Phòng Lao động định kỳ trước ngày 10 tháng 12 hằng năm hoặc đột xuất tổng hợp, báo cáo kết quả.',
      [{ day: 10, month: 12, year: null, quarter: null, recurrence: 'annual', action: 'report' }],
    ],
    [
      'the second date of a sentence keeps its recurrence',
      '- Định kỳ hàng năm, báo cáo UBND Thành phố kết quả triển khai thực hiện Kế hoạch (qua Sở Giáo dục và Đào tạo) trước ngày 05/12 để tổng hợp, báo cáo UBND Thành phố trước ngày 20/12.',
      [
        { day: 5, month: 12, year: null, quarter: null, recurrence: 'annual', action: 'report' },
        { day: 20, month: 12, year: null, quarter: null, recurrence: 'annual', action: 'report' },
      ],
    ],
    [
      // Quảng Ninh, Lương Minh KH 16/KH-MTTQ-BTT: months as time fields and the end of a range.
      'a month as a time field, and the end of a range of months',
      '- Thời gian hoàn thành: Dự kiến tháng 11/2025 (sau khi có Hướng dẫn).\n- Thời gian thực hiện: Từ tháng 11/2025 đến tháng 4/2026.',
      [
        { day: null, month: 11, year: 2025, quarter: null, recurrence: 'once', action: 'complete' },
        { day: null, month: 4, year: 2026, quarter: null, recurrence: 'once', action: 'other' },
      ],
    ],
    [
      // Lào Cai Tỉnh ủy draft Đề án: one year per sentence, in the middle of a paragraph.
      'a year that opens a sentence and is then completed',
      '- Hết năm 2026 hoàn thành lập quy hoạch sử dụng đất. Năm 2027 hoàn thành đo đạc lại đất lâm nghiệp.',
      [
        { day: null, month: null, year: 2026, quarter: null, recurrence: 'once', action: 'complete' },
        { day: null, month: null, year: 2027, quarter: null, recurrence: 'once', action: 'complete' },
      ],
    ],
    [
      'a month, a quarter and a year',
      '- Xây dựng kế hoạch xong trong tháng 12/2025. Thời gian thực hiện: Quý I/2026. Hoàn thành trong năm 2027.',
      [
        { day: null, month: 12, year: 2025, quarter: null, recurrence: 'once' },
        { day: null, month: null, year: 2026, quarter: 1, recurrence: 'once' },
        { day: null, month: null, year: 2027, quarter: null, recurrence: 'once' },
      ],
    ],
    [
      'a day of every month',
      '- Các xã, phường báo cáo tiến độ về Sở Nội vụ trước ngày 20 hằng tháng.',
      [{ day: 20, month: null, year: null, quarter: null, recurrence: 'monthly', action: 'report' }],
    ],
  ])('%s', (_name, body, expected) => {
    const deadlines = recordOf(inOrganisation(body)).deadlines;
    expect(deadlines).toMatchObject(expected);
    expect(deadlines).toHaveLength(expected.length);
  });

  it.each([
    ['target years', '- Phấn đấu đến năm 2030, tỷ lệ đạt 80%; giai đoạn 2026 - 2030.'],
    ['durations and "định kỳ" alone', '- Định kỳ sơ kết 05 năm, tổng kết 10 năm; báo cáo thường xuyên, hằng năm.'],
    ['a fact counted up to a month', '- Tính đến tháng 6/2025, toàn tỉnh có 500 doanh nghiệp công nghệ số.'],
  ])('no deadline in %s', (_name, body) => {
    expect(recordOf(inOrganisation(body)).deadlines).toEqual([]);
  });

  it('names who reports to whom', () => {
    const [d] = recordOf(inOrganisation('1. Sở Tài chính\n\nTổng hợp, báo cáo UBND tỉnh trước ngày 15/12 hằng năm.')).deadlines;
    expect(d).toMatchObject({ agency: 'Sở Tài chính', recipient: 'Ủy ban nhân dân tỉnh', line: 11 });
  });
});

describe('deadlines in task tables', () => {
  it('reads the time column of a pipe table, with the lead agency of the row', () => {
    const table = [
      '| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | Xây dựng đề án phát triển nhân lực | Sở Nội vụ | Sở Tài chính | Quý I/2026 |',
      '| 2 | Ban hành quy chế phối hợp | Sở Tư pháp | Các sở, ngành | Tháng 12/2025 |',
      '| 3 | Rà soát cơ chế, chính sách | Sở Tài chính | Sở Nội vụ | Năm 2026 |',
      '| 4 | Tổ chức tuyên truyền | Sở Văn hóa và Thể thao | | Thường xuyên |',
    ].join('\n');
    const deadlines = recordOf(inOrganisation(table)).deadlines;
    expect(deadlines.map((d) => [d.day, d.month, d.quarter, d.year, d.recurrence, d.agency, d.line])).toEqual([
      [null, null, 1, 2026, 'once', 'Sở Nội vụ', 11],
      [null, 12, null, 2025, 'once', 'Sở Tư pháp', 12],
      [null, null, null, 2026, 'once', 'Sở Tài chính', 13],
    ]);
  });

  // Chính phủ NQ 03/NQ-CP, the task list: the time column gives the month alone, "6/2025".
  it.each([
    ['6/2025', [null, 6, null, 2025]],
    ['12/2028', [null, 12, null, 2028]],
    ['tháng 5 năm 2026', [null, 5, null, 2026]],
    ['13/2025', null],
    ['2025 - 2030', null],
  ])('reads a time cell "%s"', (cell, expected) => {
    const table = [
      '| TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời gian hoàn thành |',
      '|---|---|---|---|---|---|',
      `| 1. | Xây dựng, ban hành Kế hoạch phát triển hạ tầng số | Bộ Thông tin và Truyền thông | Các bộ, ngành, địa phương | Quyết định của Bộ | ${cell} |`,
    ].join('\n');
    const deadlines = recordOf(inOrganisation(table)).deadlines.map((d) => [d.day, d.month, d.quarter, d.year]);
    expect(deadlines).toEqual(expected ? [expected] : []);
  });
});
