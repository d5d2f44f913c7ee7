import { describe, expect, it } from 'vitest';
import { flattenSections } from '../../src/parse/section-tree.js';
import { recordOf } from '../helpers.js';

const ids = (text: string) => flattenSections(recordOf(text).sections).map((s) => `${s.id}:${s.line}:${s.title}`);

describe('section tree', () => {
  it('nests Roman, Arabic and dotted numbering whatever the markdown level says', () => {
    const text = ['### I. MỤC ĐÍCH, YÊU CẦU', '#### 1. Mục đích', 'Nội dung.', '## **2. Yêu cầu**', 'Nội dung.', '## **II. NHIỆM VỤ**', '### ***1.1. Tuyên truyền***', '8.1. Ban Công tác Đoàn'].join('\n');
    expect(ids(text)).toEqual(['I:1:MỤC ĐÍCH, YÊU CẦU', 'I.1:2:Mục đích', 'I.2:4:Yêu cầu', 'II:6:NHIỆM VỤ', 'II.1.1:7:Tuyên truyền', 'II.8.1:8:Ban Công tác Đoàn']);
  });

  it('splits a heading run into the next one', () => {
    expect(ids('I- MỤC ĐÍCH, YÊU CẦU**1. Mục đích**\n\nQuán triệt.')).toEqual(['I:1:MỤC ĐÍCH, YÊU CẦU', 'I.1:1:Mục đích']);
  });

  it('keeps a gap in the numbering as printed', () => {
    expect(ids('I. A\n\nII. B\n\nIV. C').map((s) => s.split(':')[0])).toEqual(['I', 'II', 'IV']);
  });

  it('cuts a bold heading before its run-on text', () => {
    expect(ids('I. NHIỆM VỤ\n\n**2. Nhiệm vụ, giải pháp cụ thể:** *(Có phụ lục đính kèm).*')).toContain('I.2:3:Nhiệm vụ, giải pháp cụ thể');
  });

  // Bộ Chính trị NQ 57-NQ/TW as a PDF-to-markdown copy leaves it: bold broken into fragments.
  it.each([
    ['**II- MỤC** TIÊU', 'II:1:MỤC TIÊU'],
    ['I. NỘI DUNG\n\n**4\\. Phát** triển**, trọng dụng nhân lực chất lượng cao; nhân tài**', 'I.4:3:Phát triển, trọng dụng nhân lực chất lượng cao; nhân tài'],
    ['I. NỘI DUNG\n\n**1. Sở Y tế** chủ trì, phối hợp với các sở.', 'I.1:3:Sở Y tế'],
  ])('reads the title of a heading in bold: %s', (text, expected) => {
    expect(ids(text)).toContain(expected);
  });

  it.each([
    ['a wrapped line that starts with a symbol', 'I. NHIỆM VỤ\n\nQuán triệt Chỉ thị\nsố 21-CT/TW; Chỉ thị số 37-CT/TW.'],
    ['a wrapped line that starts with a year', 'I. NHIỆM VỤ\n\nPhấn đấu đến năm\n2030, tỉnh có 20 tập dữ liệu.'],
  ])('no heading from %s', (_name, text) => {
    expect(ids(text)).toEqual(['I:1:NHIỆM VỤ']);
  });
});

// Decisions that carry a plan or a scheme (TP.HCM QĐ 2820/QĐ-UBND, Thủ tướng QĐ 2597/QĐ-TTg): the
// decision's own articles are no sections of what it issues.
describe('a decision that issues a text', () => {
  it('leaves out its own articles and keeps the attached plan', () => {
    const text = [
      'QUYẾT ĐỊNH', '', '**Điều 1. **Ban hành kèm theo Quyết định này Kế hoạch triển khai Quyết định số 06/QĐ-TTg.', '',
      '**Điều 2. **Quyết định này có hiệu lực thi hành kể từ ngày ký.', '', '**Điều 3. **Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./.', '',
      '*Nơi nhận:*', '- Như Điều 3;', '', 'KẾ HOẠCH', '', '**I. MỤC ĐÍCH, YÊU CẦU**', '', 'Nội dung.', '', '**II. NHIỆM VỤ**', '', 'Nội dung.',
    ].join('\n');
    expect(ids(text).map((s) => s.split(':')[0])).toEqual(['I', 'II']);
  });

  it('leaves out the articles of a decision that approves a scheme in its first article', () => {
    const text = [
      'QUYẾT ĐỊNH', '', '**Điều 1.** Phê duyệt Đề án chuyển đổi số với những nội dung chính sau đây:', '', '**I. QUAN ĐIỂM**', '', 'Nội dung.', '',
      '**II. MỤC TIÊU**', '', 'Nội dung.', '', '**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký ban hành.', '', '*Nơi nhận:*', '- Như Điều 3;',
    ].join('\n');
    expect(ids(text).map((s) => s.split(':')[0])).toEqual(['I', 'II']);
  });

  it('keeps the articles of a text that issues nothing', () => {
    expect(ids('QUY CHẾ\n\nĐiều 1. Phạm vi điều chỉnh\n\nNội dung.\n\nĐiều 2. Đối tượng áp dụng\n\nNội dung.').map((s) => s.split(':')[0])).toEqual(['1', '2']);
  });
});

// Cần Thơ QĐ 2610/QĐ-UBND issues a regulation: chapters are Roman sections, articles their children
// with the printed number (articles run on across chapters), the number or the title of an article
// carried to the next line by a wrapped bold span.
describe('a regulation', () => {
  it('reads chapters and articles, wrapped as the web copy wraps them', () => {
    const text = [
      'QUY CHẾ', '', '**Chương', 'I**', '', '**QUY ĐỊNH CHUNG**', '', '**Điều', '1. Phạm vi điều chỉnh, đối tượng áp dụng**', '',
      '1. Phạm vi điều chỉnh', '', '**Điều 4.', 'Giá trị pháp lý của ý kiến điện tử**', '', 'Ý kiến điện tử của cơ quan, đơn vị được gửi qua Hệ thống.', '',
      '**Chương', 'II**', '', '**QUY TRÌNH LẤY Ý KIẾN ĐIỆN TỬ**', '', '**Điều 5.', 'Quy trình lấy ý kiến điện tử**', '', '1. Soạn thảo nội dung văn bản', 'lấy ý kiến.',
    ].join('\n');
    expect(ids(text).filter((s) => s.split(':')[0].split('.').length <= 2)).toEqual([
      'I:3:QUY ĐỊNH CHUNG',
      'I.1:8:Phạm vi điều chỉnh, đối tượng áp dụng',
      'I.4:13:Giá trị pháp lý của ý kiến điện tử',
      'II:18:QUY TRÌNH LẤY Ý KIẾN ĐIỆN TỬ',
      'II.5:23:Quy trình lấy ý kiến điện tử',
    ]);
  });
});

describe('wrapped text', () => {
  // Lines wrapped at ~80 characters, as web and PDF conversions leave them.
  const filler = Array.from({ length: 24 }, (_, i) => `Dòng văn bản số ${i} được ngắt theo độ rộng cố định của trang để kiểm tra`).join('\n');

  it('ends a paragraph at a short line and keeps an open emphasis going', () => {
    const text = `${filler}\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nCụ thể hóa Nghị quyết số 34-NQ/TU ngày 27 tháng 12 năm 2025 của Ban\nthường vụ Tỉnh ủy.\n\n*2.1. Sở\nTài chính*\n\n**IV. TỔ CHỨC\nTHỰC HIỆN**`;
    expect(ids(text)).toEqual(['I:26:MỤC ĐÍCH, YÊU CẦU', 'I.1:27:Mục đích', 'I.1.1:31:Sở Tài chính', 'IV:34:TỔ CHỨC THỰC HIỆN']);
  });

  // Đắk Lắk KH 0129/KH-UBND (2025), as the web copy wraps it: the "1." of "cấp độ 1" opens a line.
  it('reads a number the wrap carried to the next line as the end of its sentence, not a heading', () => {
    const text = [
      filler, '', '**4. Phương án tổ chức cấp phát**', '', '- *Giai đoạn khẩn cấp',
      '(0-48 giờ):* Tổ chức lực lượng, phương tiện tiếp cận ngay các vùng ngập sâu,',
      'chia cắt bằng ca nô, xuồng máy, phương tiện cơ động, ưu tiên các địa bàn cấp độ',
      '1. Cấp ngay mì tôm, lương khô, nước uống, thuốc men thiết yếu, sữa và một số',
      'nhu yếu phẩm cơ bản khác cho Nhân dân.', '', '**5. Sở Y tế**',
    ].join('\n');
    expect(ids(text)).toEqual(['4:26:Phương án tổ chức cấp phát', '5:34:Sở Y tế']);
  });
});

describe('numbering variants', () => {
  it.each([
    ['V) KINH PHÍ', 'V'],
    ['3/ Sở Y tế', '3'],
  ])('"%s" is a heading', (line, id) => {
    expect(ids(line).map((s) => s.split(':')[0])).toEqual([id]);
  });

  it('a symbol at the start of a wrapped line is no heading', () => {
    expect(ids('I. CĂN CỨ\n\nCăn cứ Nghị quyết số\n71/NQ-CP ngày 01/4/2025 của Chính phủ;')).toEqual(['I:1:CĂN CỨ']);
  });
});

describe('a heading wrapped inside a bracket', () => {
  // Quảng Trị CT 06/CT-UBND (2025), as the web copy wraps it.
  it('takes the next line into the title until the bracket closes', () => {
    expect(ids('CHỈ THỊ\n\n5. Các chủ rừng là tổ chức (các\nBan quản lý rừng đặc dụng, rừng phòng hộ, các Công ty nông, lâm nghiệp…)\n\n- Thực hiện đầy đủ quyền.')).toEqual([
      '5:3:Các chủ rừng là tổ chức (các Ban quản lý rừng đặc dụng, rừng phòng hộ, các Công ty nông, lâm nghiệp…)',
    ]);
  });
});
