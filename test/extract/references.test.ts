import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../src/extract/references.js';
import { recordOf } from '../helpers.js';

describe('document symbols', () => {
  it.each([
    ['Chỉ thị số 37-CT/TW ngày 10/7/2024', '37-CT/TW', 'CT'],
    ['Kế hoạch số 223-KH/ThU, ngày 27/11/2024', '223-KH/ThU', 'KH'],
    ['Hướng dẫn số 167-HD/BTGTW ngày 06/9/2024', '167-HD/BTGTW', 'HD'],
    ['Nghị quyết số 113/2025/NQ-HĐND ngày 10/12/2025', '113/2025/NQ-HĐND', 'NQ'],
    ['Nghị quyết số 163/2024/QH15 ngày 27/11/2024', '163/2024/QH15', 'NQ'],
    ['Chỉ thị số 43/CT-TTg ngày 04/12/2024', '43/CT-TTg', 'CT'],
    ['Kết luận số 132- KL/TW', '132-KL/TW', 'KL'],
  ])('%s → %s', (text, symbol, type) => {
    const [hit] = findSymbols(text);
    expect(hit.symbol).toBe(symbol);
    expect(hit.typeCode).toBe(type);
  });

  it.each([['ngày 10/7/2024'], ['giai đoạn 2026-2030'], ['ASEAN-4, G20'], ['mô hình 1+1+1']])('no symbol in "%s"', (text) => {
    expect(findSymbols(text)).toEqual([]);
  });
});

describe('references', () => {
  const plan = [
    'Số: 177/KH-UBND',
    'Hà Nội, ngày 07 tháng 7 năm 2025',
    'KẾ HOẠCH',
    'TRIỂN KHAI THỰC HIỆN KẾ HOẠCH SỐ 316-KH/TU',
    'Thực hiện Kế hoạch số 316-KH/TU, ngày 23/4/2025 của Ban Thường vụ Thành ủy Hà Nội về thực hiện Chỉ thị số 37-CT/TW, ngày 10/7/2024 của Ban Bí thư Trung ương Đảng, UBND thành phố Hà Nội ban hành kế hoạch như sau:',
    'I. MỤC ĐÍCH',
    '- Quán triệt Chỉ thị số 37-CT/TW và Hướng dẫn số 167-HD/BTGTW ngày 06/9/2024 của Ban Tuyên giáo Trung ương; các quyết định của Thủ tướng Chính phủ: Số 1017/QĐ-TTg ngày 21/9/2024 phê duyệt Chương trình; số 1002/QĐ-TTg ngày 24/5/2025 phê duyệt Đề án.',
  ].join('\n');
  const refs = recordOf(plan).references;
  const by = (s: string) => refs.find((r) => r.symbol === s)!;

  it('never lists the plan’s own number', () => expect(refs.map((r) => r.symbol)).not.toContain('177/KH-UBND'));
  it('reads implements from the title and opening, cites elsewhere', () => {
    expect(by('316-KH/TU').relation).toBe('implements');
    expect(by('37-CT/TW').relation).toBe('implements');
    expect(by('167-HD/BTGTW').relation).toBe('cites');
  });
  it('reads a list the opening verb governs across a block break, but not the proposal after it', () => {
    // Cần Thơ KH 165/KH-UBND; Chính phủ NQ 03/NQ-CP ("Theo đề nghị của … tại Tờ trình số …").
    const opening = [
      'KẾ HOẠCH', '', 'Thực hiện Chỉ thị số 27/CT-TTg', 'ngày 15 tháng 8 năm 2024 của Thủ tướng Chính phủ;', '',
      'Công văn số 6676/BYT-CDS ngày 29 tháng 10 năm 2024 của Bộ Y tế về việc triển khai thực hiện Chỉ thị số 27/CT-TTg;', '',
      'Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 920/TTr-SYT ngày 02/01/2025.', '', 'I. MỤC ĐÍCH', '', 'Nội dung.',
    ].join('\n');
    expect(recordOf(opening).references.map((r) => [r.symbol, r.relation])).toEqual([
      ['27/CT-TTg', 'implements'],
      ['6676/BYT-CDS', 'implements'],
      ['920/TTr-SYT', 'cites'],
    ]);
  });

  it('reads date and issuer from the words around', () => {
    expect(by('316-KH/TU')).toMatchObject({ date: '2025-04-23', issuer: 'Ban Thường vụ Thành ủy Hà Nội', line: 4 });
    expect(by('37-CT/TW')).toMatchObject({ date: '2024-07-10', issuer: 'Ban Bí thư Trung ương Đảng', mentions: 2 });
  });
  it('reads a "Căn cứ" section as what the plan implements', () => {
    const r = recordOf('KẾ HOẠCH\n\nI. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n\n- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n\nII. MỤC TIÊU\n\nThực hiện Quyết định số 411/QĐ-TTg.');
    expect(r.references.map((x) => [x.symbol, x.relation])).toEqual([
      ['57-NQ/TW', 'implements'],
      ['411/QĐ-TTg', 'cites'],
    ]);
  });

  it('reads a list that shares its type word', () => {
    expect(by('1017/QĐ-TTg')).toMatchObject({ type: 'QĐ', date: '2024-09-21' });
    expect(by('1002/QĐ-TTg')).toMatchObject({ type: 'QĐ', date: '2025-05-24' });
  });
});

describe('a title over several blocks', () => {
  it('reads every capitals line of the title as what the plan implements', () => {
    const r = recordOf('KẾ HOẠCH\n\nTRIỂN KHAI THỰC HIỆN\n\nKẾT LUẬN SỐ 132-KL/TW CỦA BỘ CHÍNH TRỊ\n\nNội dung mở đầu có nhắc Nghị quyết số 93/NQ-CP.\n\nI. MỤC ĐÍCH');
    expect(r.references.map((x) => [x.symbol, x.relation])).toEqual([
      ['132-KL/TW', 'implements'],
      ['93/NQ-CP', 'cites'],
    ]);
  });
});
