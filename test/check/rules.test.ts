// Real snippets (from the seeds and corpus) with the place each rule must report, as `line:col`.
import { describe, expect, it } from 'vitest';
import { recordOf } from '../helpers.js';
import { findingsOf } from './helpers.js';

const places = (ruleId: string, text: string, options = {}) => findingsOf(ruleId, text, options).map((d) => `${d.line}:${d.column}`);

describe('placed findings', () => {
  it.each([
    ['number-blank', 'Số: /KH-UBND Thành phố Lai Châu, ngày tháng năm 2025\n\nKẾ HOẠCH', ['1:1']],
    ['date-blank', 'Số: /KH-UBND Thành phố Lai Châu, ngày tháng năm 2025\n\nKẾ HOẠCH', ['1:34']],
    ['section-numbering', 'KẾ HOẠCH\n\n## **I. MỤC ĐÍCH**\n\nA.\n\n## **II. NHIỆM VỤ**\n\nB.\n\n## **IV. KINH PHÍ THỰC HIỆN**\n\nC.', ['11:6']],
    ['section-numbering', 'KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\n1. Mục đích\n\nA.\n\n3. Yêu cầu\n\nB.', ['9:1']],
    ['section-numbering', 'KẾ HOẠCH\n\nI. NHIỆM VỤ\n\na) Nội dung một.\n\nb) Nội dung hai.\n\nb) Nội dung ba.', ['9:1']],
    ['known-typo', 'KẾ HOẠCH\n\nI. MỤC TIÊU\n\nsinh tốt nghiệp THCS, THPT ở khu vực nông thôn. Phân đầu đến năm 2030, thu hút 20% học sinh.', ['5:49']],
    ['known-typo', 'KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\n- Tiếp tục triển khai, đẩy\nmạnh chuyên đổi số, xây dựng cơ sở dữ liệu.', ['6:6']],
    ['repeated-word', 'KẾ HOẠCH\n\nI. TỔ CHỨC THỰC HIỆN\n\nChủ trì, phối hợp với với các cơ quan, đơn vị.', ['5:19']],
    ['appendix-missing', 'KẾ HOẠCH\n\nI. NHIỆM VỤ\n\n**2. Nhiệm vụ, giải pháp cụ thể:** *(Có phụ lục đính kèm).*', ['5:38']],
    ['reference-malformed', 'KẾ HOẠCH\n\nThực hiện Nghị quyết số 27/NQ- TW ngày 09/11/2022.', ['3:25']],
    ['date-invalid', 'KẾ HOẠCH\n\nI. TỔ CHỨC THỰC HIỆN\n\nBáo cáo trước ngày 31/6 hằng năm và trước ngày 30 tháng 02 năm 2026.', ['5:20', '5:43']],
    ['brackets-unbalanced', 'KẾ HOẠCH\n\nI. KINH PHÍ\n\nNguồn vốn ngân sách nhà nước (Ngân sách Trung ương; vốn lồng ghép.', ['5:30']],
  ])('%s at the right place', (ruleId, text, expected) => {
    expect(places(ruleId, text)).toEqual(expected);
  });
});

describe('must not trigger', () => {
  it.each([
    ['repeated-word', 'Bảo đảm thông tin tin cậy, đầy đủ; giao thông thông minh; thực hiện hiện đại hóa.'],
    ['repeated-word', 'Nhà giáo giáo dục nghề nghiệp; Đảng ủy Ủy ban nhân dân tỉnh.'],
    ['known-typo', 'Chuyên gia, chuyên môn, chuyên biệt; phấn đấu; chuyển đổi số; phân định rõ trách nhiệm.'],
    ['date-invalid', 'Giai đoạn 2021 - 2025; tỷ lệ 2/3 số xã; Quyết định số 10/2024/QĐ-UBND; ngày 29/02/2024.'],
    ['reference-malformed', 'Chỉ thị số 37-CT/TW, Kế hoạch số 4656/KH-UBND, Nghị quyết số 113/2025/NQ-HĐND, Luật số 74/2014/QH13.'],
    ['brackets-unbalanced', 'Nguồn vốn (ngân sách trung ương,\nngân sách địa phương) và “xã hội hóa”.'],
    ['tone-style-mixed', 'Hiện đại hoá, công nghiệp hoá, chuẩn hoá; Uỷ ban nhân dân.'],
  ])('%s passes %j', (ruleId, body) => {
    expect(findingsOf(ruleId, `KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\n${body}`)).toEqual([]);
  });
});

describe('stage and date', () => {
  const draft = 'Số: /KH-UBND Thành phố Lai Châu, ngày tháng năm 2025\n\nKẾ HOẠCH';
  it('a blank number is info in a draft and an error in a final text', () => {
    expect(findingsOf('number-blank', draft, { stage: 'draft' })[0].severity).toBe('info');
    expect(findingsOf('number-blank', draft, { stage: 'final' })[0].severity).toBe('error');
  });

  const sonLa = (date: string) => `Số: 12/KH-UBND\nSơn La, ngày ${date}\nKẾ HOẠCH\n\nI. TỔ CHỨC THỰC HIỆN\n\n1. Sở Kế hoạch và Đầu tư chủ trì, phối hợp với UBND các huyện.`;
  it.each([
    ['10 tháng 10 năm 2024', undefined, []],
    ['10 tháng 4 năm 2025', undefined, ['Sở Tài chính']],
    ['10 tháng 8 năm 2025', undefined, ['Sở Tài chính', 'Ủy ban nhân dân cấp xã (or the province)']],
    ['10 tháng 10 năm 2024', '2025-08-01', ['Sở Tài chính', 'Ủy ban nhân dân cấp xã (or the province)']],
  ])('agency-renamed on a plan dated %s (as of %s)', (date, asOf, successors) => {
    expect(findingsOf('agency-renamed', sonLa(date), { asOf }).map((d) => d.suggestion)).toEqual(successors);
  });

  it('a deadline before the plan date is reported, one after it is not', () => {
    const plan = (deadline: string) => `Số: 12/KH-UBND\nSơn La, ngày 10 tháng 8 năm 2025\nKẾ HOẠCH\n\nI. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ chủ trì, báo cáo kết quả trước ngày ${deadline}.`;
    expect(findingsOf('date-invalid', plan('15/6/2025')).map((d) => d.line)).toEqual([7]);
    expect(findingsOf('date-invalid', plan('15/12/2025'))).toEqual([]);
  });
});

describe('suggestions and second locations', () => {
  it('known-typo keeps the capital', () => {
    expect(findingsOf('known-typo', 'KẾ HOẠCH\n\nI. MỤC TIÊU\n\nPhân đầu đến năm 2030 đạt 80%.')[0].suggestion).toBe('Phấn đấu');
  });
  it('reference-conflict points at the earlier citation', () => {
    const [d] = findingsOf('reference-conflict', 'KẾ HOẠCH\n\nThực hiện Chỉ thị số 37-CT/TW, ngày 10/7/2024 của Ban Bí thư.\n\nI. MỤC ĐÍCH\n\nQuán triệt Chỉ thị số 37-CT/TW, ngày 17/7/2024.');
    expect([d.line, d.related?.line, d.related?.column]).toEqual([7, 3, 22]);
  });
  it('reference-undated suggests the date a later citation gives', () => {
    const [d] = findingsOf('reference-undated', 'KẾ HOẠCH\n\nThực hiện Chỉ thị số 37-CT/TW của Ban Bí thư.\n\nI. MỤC ĐÍCH\n\nQuán triệt Chỉ thị số 37-CT/TW, ngày 10/7/2024.');
    expect(d.suggestion).toBe('37-CT/TW, ngày 10/7/2024');
  });
});

describe('a damaged file', () => {
  // 1,500 stray brackets on one line: the first 1,000 are listed, the rest counted in one more.
  it('lists at most 1,000 findings of a rule and counts the rest', () => {
    const found = findingsOf('brackets-unbalanced', `KẾ HOẠCH\n\nI. MỤC TIÊU\n\n${')'.repeat(1500)}\n`);
    expect(found).toHaveLength(1001);
    expect(found[1000].message).toBe('500 more brackets-unbalanced findings in this file, not listed (the first 1000 are).');
    expect(found[1000].column).toBeGreaterThan(found[999].column);
  });
});

// Real headings and title lines (corpus-2025, the seeds, fixtures/unseen), with the end parts every
// issued text has, so that only the body is judged.
describe('section-missing: the parts of each kind of document', () => {
  const END = '\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An';
  const text = (head: string, headings: string[]) => `${head}\n\n${headings.map((h) => `${h}\n\nNội dung.`).join('\n\n')}${END}`;
  const missing = (head: string, headings: string[], options: Parameters<typeof findingsOf>[2] = {}) => findingsOf('section-missing', text(head, headings), options).map((d) => d.message.replace(/.* its (\S+ \S+).*/u, '$1'));
  const PLAN = 'Số: 157/KH-UBND\nCần Thơ, ngày 20 tháng 11 năm 2025\nKẾ HOẠCH\nTổ chức phong trào thi đua';

  it.each([
    ['tasks as "NỘI DUNG THI ĐUA"', PLAN, ['I. MỤC ĐÍCH, YÊU CẦU', 'II. ĐỐI TƯỢNG VÀ THỜI GIAN THI ĐUA', 'III. NỘI DUNG THI ĐUA, PHƯƠNG ÁN TRIỂN KHAI', 'V. TỔ CHỨC THỰC HIỆN'], []],
    ['tasks as "NỘI DUNG THỰC HIỆN", then "NHIỆM VỤ TRỌNG TÂM"', PLAN, ['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG THỰC HIỆN', 'III. NHIỆM VỤ TRỌNG TÂM', 'IV. TỔ CHỨC THỰC HIỆN'], []],
    ['organisation as "PHÂN CÔNG NHIỆM VỤ"', PLAN, ['I. ĐÁNH GIÁ TÌNH HÌNH THIỆT HẠI', 'II. MỤC TIÊU', 'III. PHẠM VI, ĐỐI TƯỢNG, NHU CẦU, PHƯƠNG THỨC HỖ TRỢ', 'IV. PHÂN CÔNG NHIỆM VỤ'], []],
    ['organisation as "THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN"', PLAN, ['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG ĐỢT THI ĐUA', 'V. THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN'], []],
    ['a plan with no funding section (an emulation campaign)', PLAN, ['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG THI ĐUA', 'IV. TỔ CHỨC THỰC HIỆN'], []],
    ['a plan with no tasks section', PLAN, ['I. MỤC ĐÍCH, YÊU CẦU', 'II. TỔ CHỨC THỰC HIỆN'], ['tasks section']],
    ['a plan with neither purpose nor organisation', PLAN, ['I. TÌNH HÌNH THỰC HIỆN NĂM 2025', 'II. NHIỆM VỤ, GIẢI PHÁP'], ['purpose and', 'organisation section']],
    [
      'a decision that issues a plan',
      'Số: 2820/QĐ-UBND\nThành phố Hồ Chí Minh, ngày 24 tháng 11 năm 2025\nQUYẾT ĐỊNH\nBan hành Kế hoạch triển khai Quyết định số 06/QĐ-TTg',
      ['Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai.', 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.', 'KẾ HOẠCH', 'I. MỤC ĐÍCH, YÊU CẦU'],
      ['tasks section', 'organisation section'],
    ],
    [
      'a decision that adopts a simplification scheme (articles only)',
      'Số: 2813/QĐ-UBND\nĐồng Nai, ngày 25 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVề việc thông qua phương án đơn giản hóa thủ tục hành chính cấp xã',
      ['Điều 1. Thông qua phương án đơn giản hóa thủ tục hành chính.', 'Điều 2. Tổ chức thực hiện', 'Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.'],
      [],
    ],
    [
      'a directive',
      'Số: 06/CT-UBND\nQuảng Trị, ngày 21 tháng 11 năm 2025\nCHỈ THỊ\nVề việc tăng cường xử lý chồng lấn, lấn chiếm rừng',
      ['1. Ủy ban nhân dân các xã, phường, đặc khu', '2. Sở Nông nghiệp và Môi trường'],
      [],
    ],
    ['a web page quoting a plan (no document type)', 'Hỏi đáp pháp luật\nKế hoạch kê khai tài sản năm 2025 thế nào?', ['1. Mục đích', '2. Yêu cầu'], []],
  ])('%s', (_name, head, headings, expected) => {
    expect(missing(head, headings)).toEqual(expected);
  });

  it('asks for a funding section of a state plan when the configuration requires it', () => {
    const require = ['purpose', 'tasks', 'organisation', 'funding', 'recipients', 'signature'];
    expect(missing(PLAN, ['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG THI ĐUA', 'IV. TỔ CHỨC THỰC HIỆN'], { rules: { 'section-missing': { options: { require } } } })).toEqual(['funding section']);
    expect(missing(PLAN, ['I. MỤC ĐÍCH, YÊU CẦU', 'II. NHIỆM VỤ', 'III. KINH PHÍ - NGUỒN HUY ĐỘNG', 'IV. TỔ CHỨC THỰC HIỆN'], { rules: { 'section-missing': { options: { require } } } })).toEqual([]);
  });

  it('asks a directive for its "Nơi nhận" list and signature', () => {
    const directive = 'Số: 06/CT-UBND\nQuảng Trị, ngày 21 tháng 11 năm 2025\nCHỈ THỊ\nVề việc tăng cường xử lý chồng lấn\n\n1. Sở Tài chính bố trí kinh phí.\n\nYêu cầu Giám đốc các sở triển khai thực hiện nghiêm túc Chỉ thị này./.';
    expect(findingsOf('section-missing', directive).map((d) => d.message)).toEqual([
      'The document is missing its "Nơi nhận" list.',
      'The document is missing its signature block (TM. / KT. …, the title and the name).',
    ]);
  });
});

// Real numbering from corpus-2025: Cần Thơ KH 153 (a Roman number written twice, each with its own
// "1."), Cần Thơ QĐ 2610 (a decision issuing a regulation whose articles run on through chapters).
describe('section-numbering: runs of numbers', () => {
  const numbering = (lines: string[]) => findingsOf('section-numbering', lines.join('\n\n')).map((d) => `${d.line} ${d.message}`);

  it('reports a Roman number written twice once, not the children of the second as out of order', () => {
    expect(numbering(['KẾ HOẠCH', 'I. MỤC ĐÍCH, YÊU CẦU', 'II. NHIỆM VỤ', 'III. KINH PHÍ', 'IV. PHÂN CÔNG NHIỆM VỤ', '1. Công an thành phố', '2. Sở Y tế', 'IV. TỔ CHỨC THỰC HIỆN', '1. Các sở, ban, ngành', '2. Đề nghị Ủy ban Mặt trận'])).toEqual([
      '15 Section IV is numbered twice.',
    ]);
  });

  it('follows articles through chapters, and keeps a decision\'s own articles apart from the regulation it issues', () => {
    const decision = [
      'QUYẾT ĐỊNH', 'Ban hành Quy chế sử dụng hệ thống lấy ý kiến điện tử',
      'Điều 1. Ban hành kèm theo Quyết định này Quy chế sử dụng hệ thống.', 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.', 'Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành.',
      'Nơi nhận:\n- Như Điều 3;', 'QUY CHẾ', 'Chương I', 'QUY ĐỊNH CHUNG', 'Điều 1. Phạm vi điều chỉnh', 'Điều 2. Đối tượng áp dụng',
      'Chương II', 'QUY TRÌNH LẤY Ý KIẾN', 'Điều 3. Quy trình lấy ý kiến', 'Điều 4. Thời hạn',
    ];
    expect(numbering(decision)).toEqual([]);
    expect(numbering([...decision, 'Chương III', 'TỔ CHỨC THỰC HIỆN', 'Điều 6. Trách nhiệm thi hành'])).toEqual(['36 Article 5 is missing: 4 is followed by 6.']);
  });
});

// When a plan has no date, it is judged at the earliest it can have been written.
describe('agency-renamed: the date an undated plan is judged at', () => {
  const DUTY = 'I. TỔ CHỨC THỰC HIỆN\n\n1. Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Kế hoạch và Đầu tư.';
  const renamed = (head: string) => findingsOf('agency-renamed', `${head}\n\n${DUTY}`).map((d) => d.suggestion);

  it.each([
    // Sơn La's plan as copied (no date line): it cites Kế hoạch 253-KH/TU of 20/9/2024, no later.
    ['an undated copy citing nothing after September 2024', 'KẾ HOẠCH\nThực hiện Kế hoạch số 253-KH/TU ngày 20/9/2024 của Ban Thường vụ Tỉnh ủy.', []],
    // Lai Châu's draft: "ngày tháng năm 2025", citing November 2024.
    ['a 2025 draft citing November 2024', 'Số: /KH-UBND Thành phố Lai Châu, ngày tháng năm 2025\nKẾ HOẠCH\nCăn cứ Quyết định số 1017/QĐ-UBND ngày 27/11/2024 của UBND tỉnh.', []],
    ['a 2026 draft', 'Số: /KH-UBND Thành phố Lai Châu, ngày tháng năm 2026\nKẾ HOẠCH\nCăn cứ Quyết định số 1017/QĐ-UBND ngày 27/11/2024 của UBND tỉnh.', ['Sở Nội vụ (vocational education: Giáo dục và Đào tạo)', 'Sở Tài chính']],
    ['an undated text citing a decision of August 2025', 'KẾ HOẠCH\nCăn cứ Quyết định số 2200/QĐ-BNNMT ngày 12/8/2025 của Bộ Nông nghiệp và Môi trường.', ['Sở Nội vụ (vocational education: Giáo dục và Đào tạo)', 'Sở Tài chính']],
    ['an undated text that cites nothing (judged today)', 'KẾ HOẠCH', ['Sở Nội vụ (vocational education: Giáo dục và Đào tạo)', 'Sở Tài chính']],
  ])('%s', (_name, head, expected) => {
    expect(renamed(head)).toEqual(expected);
  });

  // Đồng Nai QĐ 2816/QĐ-UBND (25/11/2025), wrapped as the source wraps it.
  it('passes an agency named among the joint issuers of a cited document', () => {
    const text = 'Số: 2816/QĐ-UBND\nĐồng Nai, ngày 25 tháng 11 năm 2025\nQUYẾT ĐỊNH\n\n**1.2. Kiến nghị thực thi**\n\nSửa đổi khoản 4 Điều 5 Thông tư\nliên tịch số 07/2016/TTTLT-BYT-BTC- BLĐTBXH ngày 15/4/2016 của Bộ Y tế - Bộ Tài\nchính - Bộ Lao động - Thương binh và Xã hội về quy định chi tiết Nghị định số\n39/2015/NĐ-CP ngày 27/4/2015 của Chính phủ.';
    expect(findingsOf('agency-renamed', text)).toEqual([]);
    expect(findingsOf('agency-renamed', text.replace('Sửa đổi khoản 4', 'Bộ Lao động - Thương binh và Xã hội sửa đổi khoản 4')).map((d) => d.line)).toEqual([7]);
  });
});

describe('target-no-year: only beside targets that name years', () => {
  // Cần Thơ KH 157/KH-UBND (2025): an emulation campaign of three weeks; none of its targets names a year.
  const CAMPAIGN = [
    'KẾ HOẠCH', 'III. NỘI DUNG THI ĐUA',
    '(2) Ít nhất 85% người hưởng trợ\ncấp xã hội, hưu trí xã hội mở mới tài khoản ngân hàng, ví điện tử hoặc người đã\ncó tài khoản tự nguyện cung cấp số tài khoản để nhận tiền trợ cấp;',
    '(4) Phấn đấu có ít nhất 70% số\nngười hưởng trợ cấp (bao gồm người được ủy quyền nhận thay) nhận tiền trợ cấp\nbằng phương thức không dùng tiền mặt;',
  ].join('\n\n');
  // Sơn La's plan (seeds): targets for 2025 and 2030, and one in a task with no year.
  const MIXED = [
    'KẾ HOẠCH', 'II. MỤC TIÊU', '- Đến năm 2025, tỷ lệ lao động qua đào tạo đạt 65%.', '- Đến năm 2030, tỷ lệ lao động qua đào tạo đạt 75%.',
    'III. NHIỆM VỤ, GIẢI PHÁP', '- Xây dựng mô hình gắn kết công tác đào tạo nghề cho lao động nông thôn với doanh nghiệp, trong đó chú trọng 100% các nghề đào tạo trình độ trung cấp, cao đẳng phối hợp với ít nhất 01 doanh nghiệp phù hợp với nghề đào tạo.',
  ].join('\n\n');

  it('passes a plan none of whose targets names a year', () => {
    expect(recordOf(CAMPAIGN).targets.map((t) => t.value)).toEqual([85, 70]);
    expect(findingsOf('target-no-year', CAMPAIGN)).toEqual([]);
  });

  it('reports the target with no year among targets that name years', () => {
    expect(findingsOf('target-no-year', MIXED).map((d) => d.line)).toEqual([11]);
  });
});

// Organisation sections of corpus-2025 and the seeds, wrapped as the sources wrap them.
describe('no-lead-agency: who follows the plan', () => {
  const lead = (text: string) => findingsOf('no-lead-agency', text).map((d) => d.line);
  const STATE = 'Số: 0125/KH-UBND\nĐắk Lắk, ngày 21 tháng 11 năm 2025\nKẾ HOẠCH';

  it.each([
    [
      'an agency that follows the whole plan ("Tham mưu UBND tỉnh theo dõi, đôn đốc")',
      `${STATE}\n\nVI. TỔ CHỨC THỰC HIỆN\n\n**1. Sở Văn hóa, Thể thao và\nDu lịch: **Tiếp tục chỉ đạo các cơ quan truyền thông của tỉnh đẩy mạnh công tác tuyên truyền.\n\n**6. Sở Nội vụ: **Tham mưu UBND\ntỉnh theo dõi, đôn đốc, hướng dẫn Sở, ban, ngành tổ chức triển khai thực hiện tốt Phong trào thi đua.`,
    ],
    [
      'a follow-up of the plan in a later clause of the item',
      `${STATE}\n\nV. TỔ CHỨC THỰC HIỆN\n\n- Sở Văn hóa, Thể thao và Du lịch phối hợp với Ban Tuyên giáo tiếp tục chỉ đạo các cơ quan truyền thông.\n\n- Sở Nội vụ hướng dẫn khen thưởng Đợt thi đua; phối\nhợp với các cơ quan, đơn vị liên quan triển khai, đôn đốc, đánh giá việc tổ chức\nthực hiện Kế hoạch; tham mưu biểu dương, khen thưởng các tập thể.`,
    ],
    [
      'a long title that only mentions the words (a budget plan\'s forecasts and solutions)',
      `${STATE}\n\nIII. DỰ BÁO NHỮNG TÁC ĐỘNG ĐẾN CÂN ĐỐI NSĐP VÀ CÁC GIẢI PHÁP TỔ CHỨC THỰC HIỆN KẾ HOẠCH TÀI CHÍNH - NSNN 03 NĂM 2026 - 2028\n\n1. Sở Tài chính phối hợp với các cơ quan dự báo thu ngân sách.`,
    ],
    [
      'a Party programme, which assigns by leadership',
      'TỈNH ỦY SƠN LA\n*\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n\nIV. TỔ CHỨC THỰC HIỆN\n\n1. Các đảng ủy trực thuộc Tỉnh ủy căn cứ chức năng, nhiệm vụ tổ chức phổ biến, quán triệt nội dung Chỉ thị số 37-CT/TW.\n\n5. Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo các cơ quan, đơn vị, địa phương tổ chức học tập, quán triệt Chỉ thị.',
    ],
  ])('passes %s', (_name, text) => {
    expect(lead(text)).toEqual([]);
  });

  // Quảng Ngãi QĐ 1627/QĐ-UBND: its organisation section names no agency at all.
  it('reports an organisation section where every agency only carries out', () => {
    const text = `${STATE}\n\n**VI. TỔ CHỨC THỰC HIỆN**\n\n**1.\n**Trên cơ sở nội dung Kế hoạch nêu trên, các\nsở, ban, ngành tỉnh, Ủy ban nhân dân các phường, xã căn cứ nội dung Kế\nhoạch ban hành Kế hoạch triển khai thực hiện.`;
    expect(lead(text)).toEqual([5]);
  });
});

// Citations of corpus-2025, wrapped as the sources wrap them.
describe('reference rules: lists, titles and spellings', () => {
  const PLAN = 'Số: 0129/KH-UBND\nĐắk Lắk, ngày 22 tháng 11 năm 2025\nKẾ HOẠCH';

  it('gives symbols listed before one date that date (Đắk Lắk KH 0129)', () => {
    const text = `${PLAN}\n\nCăn cứ Công điện số\n223/CĐ-TTg ngày 20/11/2025 của Thủ tướng Chính phủ; Các Công điện: số 007/CĐ-UBND ngày\n17/11/2025, số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025; số 010/CĐ-UBND\nngày 20/11/2025 của UBND tỉnh về khẩn trương tập trung ứng phó.\n\nI. MỤC ĐÍCH`;
    expect(findingsOf('reference-undated', text)).toEqual([]);
  });

  it('keeps a year-carrying symbol from taking the next one\'s date (Bộ VHTTDL QĐ 4385)', () => {
    const text = `${PLAN}\n\n*Căn cứ Các Nghị định của\nChính phủ (Số 37/2019/NĐ-CP ngày 07/5/2019, số 58/2023/NĐ-CP ngày 12/8/2023 sửa đổi, bổ sung một\nsố điều của Nghị định số 37/2019/NĐ-CP và số\n22/2025/NĐ-CP ngày 11/02/2025 sửa đổi, bổ\nsung một số điều của Nghị định số 37/2019/NĐ-CP);*\n\nI. MỤC ĐÍCH`;
    expect(findingsOf('reference-conflict', text)).toEqual([]);
  });

  it('passes a directive named in the title of a dated conclusion (Đắk Lắk KH 0124)', () => {
    // One line: a snippet this short is not read as wrapped text (the source's wrap joins the same way).
    const text = `${PLAN}\n\nCăn cứ Kết luận số 01-KL/TW ngày 15/8/2021 của Bộ Chính trị khóa XIII về tiếp tục thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n\nI. MỤC ĐÍCH`;
    expect(findingsOf('reference-undated', text)).toEqual([]);
    expect(findingsOf('reference-undated', `${PLAN}\n\nCăn cứ Chỉ thị số 05-CT/TW về đẩy mạnh học tập.\n\nI. MỤC ĐÍCH`).map((d) => d.message)).toEqual(['05-CT/TW is first cited without its date.']);
  });

  it('takes the standing committee for the committee it issues for (Lào Cai KH 134)', () => {
    const text = `${PLAN}\n\nThực hiện Nghị quyết số 34-NQ/TU ngày 27/12/2025 của Tỉnh uỷ Lào Cai về phát triển các khu công nghiệp.\n\nI. MỤC ĐÍCH\n\nCụ thể hóa Nghị quyết số 34-NQ/TU ngày 27/12/2025 của Ban thường vụ Tỉnh ủy.`;
    expect(findingsOf('reference-conflict', text)).toEqual([]);
    expect(findingsOf('reference-conflict', text.replace('của Ban thường vụ Tỉnh ủy', 'của Ban thường vụ Thành ủy')).map((d) => d.line)).toEqual([9]);
  });

  it('takes "Bộ Lao động- Thương binh" and "Bộ Lao động - Thương binh" for one issuer (Đồng Nai QĐ 2816)', () => {
    const text = `${PLAN}\n\nThông tư số 01/2019/TT-BLĐTBXH ngày 02/01/2019 của Bộ Lao động - Thương binh và Xã hội quy định.\n\nI. NỘI DUNG\n\nSửa đổi Thông tư số 01/2019/TT-BLĐTBXH ngày 02/01/2019 của Bộ Lao động- Thương binh và Xã hội.`;
    expect(findingsOf('reference-conflict', text)).toEqual([]);
  });
});

// A bracket opened on one line and closed on the next of the same sentence is one pair.
describe('brackets-unbalanced: hard-wrapped brackets', () => {
  it.each([
    // Quảng Trị CT 06/CT-UBND (2025): a heading whose title wraps inside its bracket.
    ['a heading wrapped inside its bracket', 'CHỈ THỊ\n\n5. Các chủ rừng là tổ chức (các\nBan quản lý rừng đặc dụng, rừng phòng hộ, các Công ty nông, lâm nghiệp…)\n\n- Thực hiện đầy đủ quyền, nghĩa vụ của chủ rừng.'],
    ['a count wrapped inside its bracket', 'KẾ HOẠCH\n\nI. MỤC TIÊU\n\nPhủ sóng 5G toàn tỉnh với 58 trạm (Trong đó: VNPT:\n25 trạm, Viettel: 33 trạm) trong năm 2026.'],
    // Lào Cai NQ 34-NQ/TU as OCR left it: a page break inside the bracket.
    ['a bracket across a page break', 'NGHỊ QUYẾT\n\n3. Hoàn thành việc điều chỉnh quy hoạch tỉnh; đồng thời rà soát, điều chỉnh các quy hoạch liên quan (như quy hoạch\n\nsử dụng đất, quy hoạch xây dựng..) để giải quyết chồng chéo.'],
    ['a bracket closed two lines on', 'KẾ HOẠCH\n\nI. KINH PHÍ\n\nNguồn vốn ngân sách nhà nước (ngân sách Trung ương,\nngân sách địa phương,\nvốn lồng ghép các chương trình) và nguồn xã hội hóa.'],
  ])('no finding for %s', (_name, text) => {
    expect(findingsOf('brackets-unbalanced', text)).toEqual([]);
  });

  it('still reports a bracket that is never closed before the next item', () => {
    const text = 'KẾ HOẠCH\n\nI. KINH PHÍ\n\n- Nguồn vốn ngân sách nhà nước (Ngân sách Trung ương; vốn lồng ghép.\n\n- Nguồn xã hội hóa.';
    expect(findingsOf('brackets-unbalanced', text).map((d) => `${d.line}:${d.column}`)).toEqual(['5:32']);
  });
});
