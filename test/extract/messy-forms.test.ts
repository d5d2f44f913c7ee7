import { describe, expect, it } from 'vitest';
import { flattenSections } from '../../src/parse/section-tree.js';
import { recordOf } from '../helpers.js';

// Shapes met in unseen plans (provincial and ministry documents converted from PDF and the web).
describe('messy forms seen in unseen plans', () => {
  it.each([
    ['a symbol broken by a wrap', 'KẾ HOẠCH\n\nI. NHIỆM VỤ\n\nThực hiện Nghị định số 178/2026/NĐ-\nCP trên địa bàn tỉnh.', '178/2026/NĐ-CP'],
    ['a stray space before the slash', 'KẾ HOẠCH\n\nI. NHIỆM VỤ\n\nTheo Tờ trình số 920 /TTr-SCT ngày 05/8/2025 của Sở Công Thương.', '920/TTr-SCT'],
  ])('reads %s', (_name, text, symbol) => {
    expect(recordOf(text).references.map((r) => r.symbol)).toEqual([symbol]);
  });

  it('keeps the case of a symbol as issued when a capitals title printed it first', () => {
    const r = recordOf('KẾ HOẠCH\n\nTRIỂN KHAI CHỈ THỊ SỐ 13/CT-TTG\n\nThực hiện Chỉ thị số 13/CT-TTg ngày 02/5/2024 của Thủ tướng Chính phủ, Bộ ban hành Kế hoạch.\n\nI. MỤC ĐÍCH');
    expect(r.references[0]).toMatchObject({ symbol: '13/CT-TTg', date: '2024-05-02' });
  });

  it('reads the date and issuer stated before a symbol', () => {
    const r = recordOf('KẾ HOẠCH\n\nI. BỐI CẢNH\n\nNgày 09 tháng 6 năm 2025, Chính phủ ban hành Nghị định số 119/2025/NĐ-CP quy định xử phạt.');
    expect(r.references[0]).toMatchObject({ symbol: '119/2025/NĐ-CP', date: '2025-06-09', issuer: 'Chính phủ' });
  });

  it.each([
    ['several quarters in one cell', '- Tổ chức hội nghị phổ biến Nghị định. Thời gian: Quý III, IV/2026.', [[3, 2026], [4, 2026]]],
    ['a year-end deadline', '- Hết năm 2026 hoàn thành lập quy hoạch sử dụng đất.', [[null, 2026]]],
  ])('deadlines: %s', (_name, body, expected) => {
    const deadlines = recordOf(`KẾ HOẠCH\n\nI. TỔ CHỨC THỰC HIỆN\n\n${body}`).deadlines;
    expect(deadlines.map((d) => [d.quarter, d.year])).toEqual(expected);
  });

  it('reads report-period labels as recurrence', () => {
    const deadlines = recordOf('KẾ HOẠCH\n\nI. CHẾ ĐỘ BÁO CÁO\n\n- Báo cáo 6 tháng: các cơ quan gửi Sở Tài chính trước ngày 10/6;\n\n- Báo cáo năm: các cơ quan gửi Sở Tài chính trước ngày 15/12;').deadlines;
    expect(deadlines.map((d) => [d.day, d.month, d.recurrence])).toEqual([
      [10, 6, 'semiannual'],
      [15, 12, 'annual'],
    ]);
  });

  it('drops page numbers and running page headers, keeps parts from prefixing ids', () => {
    const page = (n: number) => `18.CTRTW31.DOC ${n}`;
    const text = ['Phần thứ nhất', 'THỰC TRẠNG', 'I. KẾT QUẢ ĐẠT ĐƯỢC', 'Tỷ lệ tăng trưởng', '7', page(2), 'Phần thứ hai', 'MỤC TIÊU', 'I. MỤC TIÊU CHUNG', page(3), page(4)].join('\n');
    const ids = flattenSections(recordOf(text).sections).map((s) => `${s.id}|${s.title}`);
    expect(ids).toEqual(['Phần thứ nhất|THỰC TRẠNG', 'I|KẾT QUẢ ĐẠT ĐƯỢC', 'Phần thứ hai|MỤC TIÊU', 'I|MỤC TIÊU CHUNG']);
  });

  it('reads "Nơi nhân" as OCR gives it, and not a signature run into the label', () => {
    expect(recordOf('I. A\n\nNội dung./.\n\nNơi nhân:\n- UBND tỉnh;\n- Lưu: VT.').recipients).toEqual(['UBND tỉnh']);
    expect(recordOf('I. A\n\nNội dung./.\n\nNơi nhận: T/M BỘ CHÍNH TRỊ\n- Các tỉnh ủy;\n- Lưu.').recipients).toEqual(['Các tỉnh ủy']);
  });
});
