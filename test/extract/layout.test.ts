import { describe, expect, it } from 'vitest';
import { recordOf } from '../helpers.js';

// Real shapes of converted plans that are not markdown: PDF text laid out in two columns, and
// the signature block kept as a table row.
const laidOut = [
  '     ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  '       TỈNH LÀO CAI                           Độc lập - Tự do - Hạnh phúc',
  '                                          Lào Cai, ngày 10 tháng 7 năm 2026',
  '      Số: 7103 /UBND-TH',
  'V/v triển khai thực hiện Nghị định số',
  ' 178/2026/NĐ-CP ngày 20/5/2026',
  '',
  '      Thực hiện Nghị định số 178/2026/NĐ-CP ngày 20 tháng 5 năm 2026 của',
  'Chính phủ quy định việc quản lý tài sản kết cấu hạ tầng, Chủ tịch Ủy ban nhân dân',
  'tỉnh yêu cầu các sở, ban, ngành triển khai thực hiện các nội dung sau:',
  '       1. Công tác tuyên truyền, phổ biến',
  '      Tổ chức quán triệt, phổ biến đầy đủ nội dung Nghị định.',
  '',
  'Nơi nhận:                                           KT. CHỦ TỊCH',
  '- Như trên;',
  '- Thường trực Tỉnh ủy (báo cáo);                    PHÓ CHỦ TỊCH',
  '- Chủ tịch UBND tỉnh;',
  '- Lưu: VT, TH.',
  '',
  '                                                     Ngô Hạnh Phúc',
].join('\n');

describe('laid-out and table-row layouts', () => {
  const r = recordOf(laidOut);

  it('reads the header of two columns', () => {
    expect(r.document).toMatchObject({ type: 'CV', number: '7103/UBND-TH', date: '2026-07-10', place: 'Lào Cai' });
    expect(r.document.title).toMatch(/^triển khai thực hiện Nghị định số 178\/2026\/NĐ-CP/);
    expect(r.issuer).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Lào Cai', province: 'Lào Cai', level: 'province' });
  });

  it('keeps the signature column apart from the recipients', () => {
    expect(r.signer).toMatchObject({ name: 'Ngô Hạnh Phúc', title: 'Phó Chủ tịch', authority: 'KT. Chủ tịch', line: 20 });
    expect(r.recipients).toEqual(['Như trên', 'Thường trực Tỉnh ủy', 'Chủ tịch UBND tỉnh']);
  });

  it('opens a paragraph at an indented line', () => {
    expect(r.sections.map((s) => [s.id, s.line, s.title])).toEqual([['1', 11, 'Công tác tuyên truyền, phổ biến']]);
  });

  it('reads a signature table row', () => {
    const row = recordOf('CHỈ THỊ\n\nNội dung./.\n\n| *Nơi nhận:* - Ban Bí thư Trung ương Đảng; - Các bộ, cơ quan ngang bộ; - Lưu: VT, NN (2). | KT. BỘ TRƯỞNG     THỨ TRƯỞNG     Lê Công Thành |\n| --- | --- |');
    expect(row.signer).toMatchObject({ name: 'Lê Công Thành', title: 'Thứ trưởng', authority: 'KT. Bộ trưởng' });
    expect(row.recipients).toEqual(['Ban Bí thư Trung ương Đảng', 'Các bộ, cơ quan ngang bộ']);
  });
});
