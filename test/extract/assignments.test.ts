import { describe, expect, it } from 'vitest';
import { recordOf } from '../helpers.js';

const organisation = (body: string) => `KẾ HOẠCH\n\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n\nNội dung.\n\nII. TỔ CHỨC THỰC HIỆN\n\n${body}\n`;
const roles = (body: string) => recordOf(organisation(body)).assignments.map((a) => [a.agency, a.role]);

describe('assignments', () => {
  it.each([
    ['an agency heading and a "chủ trì" duty', '1. Sở Lao động - Thương binh và Xã hội\n\nChủ trì, phối hợp với các sở, ban, ngành theo dõi, đôn đốc.', [['Sở Lao động - Thương binh và Xã hội', 'lead']]],
    ['"cơ quan thường trực" leads', '### **1. Phòng Lao động - Thương binh và Xã hội**\n\nLà cơ quan thường trực, chủ trì, phối hợp với các cơ quan.', [['Phòng Lao động - Thương binh và Xã hội', 'lead']]],
    ['a duty that is only "phối hợp"', '4. Sở Nông nghiệp và Phát triển nông thôn\n\nPhối hợp với Sở Lao động - Thương binh và Xã hội xây dựng kế hoạch.', [['Sở Nông nghiệp và Phát triển nông thôn', 'coordinate']]],
    ['any other duty', '5. Sở Tài chính\n\nCăn cứ các nhiệm vụ được cấp có thẩm quyền phê duyệt, tổng hợp, tham mưu.', [['Sở Tài chính', 'responsible']]],
    ['a subject run into its item, abbreviations expanded', '3. Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh rà soát các văn bản.', [['Đảng ủy Ủy ban nhân dân tỉnh', 'responsible']]],
    ['"tham mưu, giúp việc" inside a name', '6. Các cơ quan chuyên trách tham mưu, giúp việc của Tỉnh ủy theo chức năng, nhiệm vụ được giao theo dõi, hướng dẫn.', [['Các cơ quan chuyên trách tham mưu, giúp việc của Tỉnh ủy', 'responsible']]],
    ['a list of subjects splits at each agency', '2. Các cơ quan, đơn vị, đoàn thể thành phố, UBND các xã, phường tổ chức nghiên cứu, quán triệt.', [['Các cơ quan, đơn vị, đoàn thể thành phố', 'responsible'], ['Ủy ban nhân dân các xã, phường', 'responsible']]],
    ['"Đề nghị" takes the role of its verb', '3. Đề nghị Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội các cấp phối hợp chặt chẽ với chính quyền.', [['Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội các cấp', 'coordinate']]],
    ['"Giao … chủ trì" after an item', '5. Đảng ủy Mặt trận Tổ quốc tỉnh lãnh đạo Mặt trận Tổ quốc.\n\nGiao Đảng ủy UBND tỉnh chủ trì, phối hợp với Ban Tuyên giáo theo dõi, đôn đốc.', [['Đảng ủy Mặt trận Tổ quốc tỉnh', 'responsible'], ['Đảng ủy Ủy ban nhân dân tỉnh', 'lead']]],
    ['a heading naming three bodies', '7. Báo Sơn La, Đài Phát thanh - Truyền hình tỉnh và các cơ quan báo chí trên địa bàn tỉnh\n\nTuyên truyền về công tác đào tạo nghề.', [['Báo Sơn La', 'responsible'], ['Đài Phát thanh - Truyền hình tỉnh', 'responsible'], ['Các cơ quan báo chí trên địa bàn tỉnh', 'responsible']]],
    ['explicit role fields', '- Đơn vị chủ trì: Sở Tư pháp.\n- Đơn vị phối hợp: Sở Nội vụ, Sở Tài chính.', [['Sở Tư pháp', 'lead'], ['Sở Nội vụ', 'coordinate'], ['Sở Tài chính', 'coordinate']]],
  ])('%s', (_name, body, expected) => {
    expect(roles(body)).toEqual(expected);
  });

  // Cần Thơ KH 165/KH-UBND: duties listed agency by agency under "II. NỘI DUNG THỰC HIỆN", with
  // bold headings wrapped over two lines; Lào Cai: several office-holders in one heading.
  it('reads a roster of agency headings outside TỔ CHỨC THỰC HIỆN', () => {
    const plan = [
      'KẾ HOẠCH', '', 'I. MỤC ĐÍCH', '', 'Nội dung.', '', '**II. NỘI DUNG', 'THỰC HIỆN**', '',
      '**1. Sở Y tế**', '', 'a) Chủ trì, phối hợp với các sở, ngành tham mưu.', '',
      '**2. Sở Tài', 'chính**', '', 'a) Phối hợp với Sở Y tế và các', 'sở, ban, ngành tham mưu lồng ghép;', '',
      '**4. Sở Văn', 'hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Cần Thơ**', '', 'Chỉ đạo các cơ quan truyền', 'thông, báo chí tăng thời lượng.', '',
      '**5. Sở, ban,', 'ngành liên quan**', '', 'Căn cứ theo chức năng, nhiệm vụ,', 'chủ động phối hợp với Sở Y tế.', '',
      '**6. Ủy ban', 'nhân dân xã, phường**', '', 'b) Ban hành theo thẩm quyền hoặc', 'trình cấp có thẩm quyền ban hành các văn bản;',
    ].join('\n');
    const r = recordOf(plan);
    expect(r.sections[1].children.map((c) => c.title)).toContain('Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Cần Thơ');
    expect(r.assignments.map((a) => [a.agency, a.role])).toEqual([
      ['Sở Y tế', 'lead'],
      ['Sở Tài chính', 'coordinate'],
      ['Sở Văn hóa, Thể thao và Du lịch', 'responsible'],
      ['Báo và Phát thanh, Truyền hình Cần Thơ', 'responsible'],
      ['Sở, ban, ngành liên quan', 'responsible'],
      ['Ủy ban nhân dân xã, phường', 'responsible'],
    ]);
  });

  it('takes no roster of topics whose first word looks like a body ("Quỹ đất", "Bộ máy", "Phòng cháy")', () => {
    const plan = 'KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nNội dung.\n\nII. NHIỆM VỤ\n\n1. Quỹ đất phát triển công nghiệp\n\nRà soát quỹ đất.\n\n2. Bộ máy quản lý\n\nKiện toàn.\n\n3. Phòng cháy chữa cháy\n\nTăng cường kiểm tra.';
    expect(recordOf(plan).assignments).toEqual([]);
  });

  it('reads office-holders listed in one heading that a colon closes', () => {
    expect(roles('1. Giám đốc các Sở và Thủ trưởng các ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường:\n\n- Quán triệt, triển khai thực hiện nghiêm túc Chỉ thị.')).toEqual([
      ['Giám đốc các Sở', 'responsible'],
      ['Thủ trưởng các ban, ngành tỉnh', 'responsible'],
      ['Chủ tịch Ủy ban nhân dân các xã, phường', 'responsible'],
    ]);
  });

  it('reads role columns of a table written without outer pipes', () => {
    // Lào Cai KH (Chỉ thị 11-CT/TU), appendix table as the portal's copy lays it out.
    const table = [
      'TT | Tên nhiệm vụ | Sở, ngành chủ trì tham mưu | Đơn vị phối hợp thực hiện | Thời gian thực hiện | Ghi chú',
      '11 | Xử lý nghiêm các hành vi khai thác khoáng sản bằng tàu cuốc trên sông, suối, hồ. | Công an tỉnh | Sở Nông nghiệp và Môi trường | Xong trong Quý II/2026 | ',
    ].join('\n');
    const r = recordOf(organisation(`1. Sở Tư pháp\n\nChủ trì thẩm định.\n\n${table}`));
    expect(r.assignments.map((a) => [a.agency, a.role])).toEqual([
      ['Sở Tư pháp', 'lead'],
      ['Công an tỉnh', 'lead'],
      ['Sở Nông nghiệp và Môi trường', 'coordinate'],
    ]);
    expect(r.deadlines.map((d) => [d.quarter, d.year])).toEqual([[2, 2026]]);
  });

  // Agency names bounded by the catalogue of bodies (src/vocab/agency-catalogue.ts): abbreviations of
  // whole bodies, bodies no head word opens, two names a lost cell border ran together, brackets and
  // colons that close a name. Snippets wrapped as their sources wrap them.
  const taskTable = (lead: string, partners: string) =>
    ['| TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời gian hoàn thành |', '|---|---|---|---|---|---|',
      `| 1. | Xây dựng chương trình chuyên biệt về khoa học, công nghệ. | ${lead} | ${partners} | Chương trình | 6/2025 |`].join('\n');
  it.each([
    // Chính phủ NQ 03/NQ-CP, the task list.
    ['the national press by its abbreviations', taskTable('VTV, VOV, TTXVN, các địa phương', 'Ban Tuyên giáo Trung ương; các bộ, ngành, địa phương'),
      [['Đài Truyền hình Việt Nam', 'lead'], ['Đài Tiếng nói Việt Nam', 'lead'], ['Thông tấn xã Việt Nam', 'lead'], ['Các địa phương', 'lead'],
        ['Ban Tuyên giáo Trung ương', 'coordinate'], ['Các bộ, ngành, địa phương', 'coordinate']]],
    ['two ministries a lost border ran together', taskTable('Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ', ''),
      [['Bộ Thông tin và Truyền thông', 'lead'], ['Bộ Khoa học và Công nghệ', 'lead']]],
    // Bộ VHTTDL QĐ 4385/QĐ-BVHTTDL: "/" gives the one department by either of its names.
    ['a department under either of its names is one body', taskTable('Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao tỉnh', ''),
      [['Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao tỉnh', 'lead']]],
    ['bodies no head word opens', taskTable('Tập đoàn, doanh nghiệp công nghệ số', 'Các cơ quan Đảng, Quốc hội, Tòa án nhân dân tối cao'),
      [['Tập đoàn, doanh nghiệp công nghệ số', 'lead'], ['Các cơ quan Đảng', 'coordinate'], ['Quốc hội', 'coordinate'], ['Tòa án nhân dân tối cao', 'coordinate']]],
  ])('%s', (_name, body, expected) => {
    expect(roles(body)).toEqual(expected);
  });

  it.each([
    // Đắk Lắk KH 129/KH-UBND: a bold heading wrapped, the bracket explains, the colon opens the duty.
    ['a bracket and a colon close the name',
      '**13.\nĐề nghị các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone và doanh nghiệp\nkhác):**** **Đảm bảo thông tin liên lạc ổn định; bố trí nguồn điện dự phòng.',
      [['Các doanh nghiệp viễn thông', 'responsible']]],
    // Quảng Trị CT 06/CT-UBND.
    ['a bracket left open by the wrap, and "là tổ chức" describing the subject',
      '5. Các chủ rừng là tổ chức (các\nBan quản lý rừng đặc dụng, rừng phòng hộ, các Công ty nông, lâm nghiệp…)\n\n- Thực hiện đầy đủ quyền, nghĩa\nvụ và trách nhiệm chủ rừng.',
      [['Các chủ rừng là tổ chức', 'responsible']]],
    // Nghệ An KH 982/KH-UBND: after a comma the organisations are a body of their own.
    ['the Front, then the organisations after a comma',
      '- Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức\nchính trị-xã hội phát huy mạnh mẽ thành quả của các phong trào thi đua.',
      [['Ủy ban Mặt trận Tổ quốc tỉnh', 'responsible'], ['Các tổ chức chính trị-xã hội', 'responsible']]],
  ])('%s', (_name, body, expected) => {
    expect(roles(body)).toEqual(expected);
  });

  // Nghệ An KH 982/KH-UBND, "2. Trách nhiệm thực hiện": one dash per agency, each with its own subject.
  it('reads a list of dashes that each name an agency as siblings, not as duties of the first', () => {
    const body = [
      '- Các cơ quan, đơn vị căn cứ Kế hoạch này và đặc', 'điểm, tình hình, yêu cầu, nhiệm vụ để phát động, triển khai Đợt thi đua.', '',
      '- Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức', 'chính trị-xã hội phát huy mạnh mẽ thành quả của các phong trào thi đua.', '',
      '- Sở Văn hóa, Thể thao và Du lịch phối hợp với Ban', 'Tuyên giáo và Dân vận Tỉnh ủy tiếp tục chỉ đạo các cơ quan truyền thông.', '',
      '- Hội đồng Thi đua - Khen thưởng các cấp phân công', 'rõ trách nhiệm các thành viên trong quá trình chỉ đạo.', '',
      '- Sở Nội vụ hướng dẫn khen thưởng Đợt thi đua; phối', 'hợp với các cơ quan, đơn vị liên quan triển khai.',
    ].join('\n');
    expect(roles(body)).toEqual([
      ['Các cơ quan, đơn vị', 'responsible'],
      ['Ủy ban Mặt trận Tổ quốc tỉnh', 'responsible'],
      ['Các tổ chức chính trị-xã hội', 'responsible'],
      ['Sở Văn hóa, Thể thao và Du lịch', 'coordinate'],
      ['Hội đồng Thi đua - Khen thưởng các cấp', 'responsible'],
      ['Sở Nội vụ', 'responsible'],
    ]);
  });

  // TP.HCM QĐ 2820/QĐ-UBND: a task table unrolled one cell per line; its header is no agency.
  it('takes no agency from a header cell "Cơ quan chủ trì" standing alone', () => {
    expect(roles('|\n**Nhiệm vụ**\n|\n**Cơ quan chủ trì**\n|\n**Cơ quan phối hợp**\n|')).toEqual([]);
  });

  it.each([
    ['"Cơ quan/Đơn vị thực hiện:"', '- Cơ quan/Đơn vị thực hiện: Sở Tư pháp.', [['Sở Tư pháp', 'responsible']]],
    ['"Đơn vị (Cơ quan) chủ trì:"', '- Đơn vị (Cơ quan) chủ trì: Sở Tư pháp.', [['Sở Tư pháp', 'lead']]],
    ['"Cơ quan chủ trì tham mưu:"', '- Cơ quan chủ trì tham mưu: Sở Tư pháp; cơ quan phối hợp: Sở Nội vụ.', [['Sở Tư pháp', 'lead'], ['Sở Nội vụ', 'coordinate']]],
    ['a role field with no agency', '- Cơ quan chủ trì: Chưa xác định.', []],
    // Đắk Lắk KH 124/KH-UBND: the body a department directs performs the duty.
    ['the body a department directs', '**3. Sở Văn hóa, Thể thao và Du lịch: **Phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo Báo và Phát\nthanh, Truyền hình Đắk Lắk thường xuyên tuyên truyền về các phong trào thi đua.',
      [['Báo và Phát thanh, Truyền hình Đắk Lắk', 'responsible'], ['Sở Văn hóa, Thể thao và Du lịch', 'coordinate']]],
    // Lào Cai Đề án (Tỉnh ủy): a Party committee's direction of the government is leadership.
    ['not the body a Party committee directs', '4. Đảng ủy UBND tỉnh chỉ đạo UBND tỉnh hướng dẫn các sở ngành, xã,\nphường tổ chức thực hiện Đề án.',
      [['Đảng ủy Ủy ban nhân dân tỉnh', 'responsible']]],
  ])('a role given in words: %s', (_name, body, expected) => {
    expect(roles(body)).toEqual(expected);
  });

  // TP.HCM QĐ 2820/QĐ-UBND: a task table unrolled one cell per line, one agency per line of a cell.
  it('reads each line of an unrolled role cell that opens an agency as an agency of its own', () => {
    const table = [
      '|', '**TT**', '|', '**Nhiệm vụ**', '|', '**Cơ quan chủ trì**', '|', '**Cơ quan phối hợp**', '|', '**Thời gian hoàn thành**', '|', '|',
      '4', '|', 'Bố trí nhân lực đảm bảo đủ', 'năng lực để thực hiện nhiệm vụ.', '|',
      'Các sở, ngành, UBND xã, phường, đặc khu', 'Sở Tài chính', '|',
      'Ban Chỉ huy', 'Bộ đội Biên phòng thành phố', '|', 'Năm 2026', '|',
    ].join('\n');
    expect(roles(table)).toEqual([
      ['Các sở, ngành', 'lead'],
      ['Ủy ban nhân dân xã, phường, đặc khu', 'lead'],
      ['Sở Tài chính', 'lead'],
      ['Ban Chỉ huy Bộ đội Biên phòng thành phố', 'coordinate'],
    ]);
  });

  // Cần Thơ KH 153/KH-UBND, "IV. PHÂN CÔNG NHIỆM VỤ": one heading per agency, lettered duties below,
  // as the web copy wraps them. A later "Chủ trì" adds lead to the first duty's role; a lead-in clause
  // ("Trên cơ sở …, chủ trì tổng hợp") does not hide the verb.
  it('gives an agency the role of its first duty, and lead for a later "Chủ trì"', () => {
    const body = [
    '**2. Sở',
    'Tài chính**',
    '',
    'a) Trên cơ sở đề xuất kinh',
    'phí của các sở, ban, ngành, địa phương, chủ trì tổng hợp, trình cấp có thẩm quyền',
    'và phối hợp với các sở, ban, ngành, Ủy ban nhân dân xã, phường bố trí kinh phí',
    'chi thường xuyên trong dự toán ngân sách nhà nước hằng năm theo quy định của Luật',
    'Ngân sách nhà nước và các quy định hiện hành để đảm bảo thực hiện Chương trình.',
    '',
    'b) Phối hợp với Công an',
    'thành phố tham mưu xây dựng kế hoạch và cân đối, bố trí vốn, phân bổ ngân sách',
    'địa phương để thực hiện các nhiệm vụ Chương trình, nhất là đối với công tác cai',
    'nghiện ma túy; trình Hội đồng nhân dân thành phố quyết định phân bổ vốn ngân',
    'sách trung ương hỗ trợ cho địa phương thực hiện Chương trình; ban hành theo thẩm',
    'quyền quy định về lồng ghép nguồn vốn từ các Chương trình mục tiêu quốc gia,',
    'chương trình, dự án khác có cùng nội dung, nhiệm vụ, đối tượng và phạm vi, địa',
    'bàn để thực hiện Chương trình trên địa bàn thành phố sử dụng kinh phí tiết kiệm,',
    'hiệu quả; phấn đấu hoàn thành mục tiêu Chương trình đã được phê duyệt; không để',
    'xảy ra tình trạng nợ động xây dựng cơ bản.',
    '',
    '**3. Sở',
    'Y tế**',
    '',
    'a) Tổ chức hướng dẫn thực hiện',
    'phác đồ điều trị cắt cơn, giải độc, trị liệu, hồi phục cho người tham gia cai',
    'nghiện ma túy dưới các hình thức. Nâng cao hiệu quả điều trị nghiện các chất dạng',
    'thuốc phiện bằng thuốc thay thế. Thường xuyên phối hợp, trao đổi thông tin cơ',
    'quan Công an trong thực hiện quản lý, giám sát người điều trị nghiện các chất dạng',
    'thuốc phiện bằng thuốc thay thế.',
    '',
    'b) Chỉ đạo các cơ sở y tế trực',
    'thuộc thực hiện xác định tình trạng nghiện ma túy trên địa bàn toàn thành phố.',
    '',
    'c) Thực hiện chức năng quản',
    'lý nhà nước về y, dược, kiểm tra việc thực hiện quy chế chuyên môn về quản lý,',
    'sử dụng thuốc gây nghiện, thuốc hướng thần, tiền chất hợp pháp trong các cơ sở',
    'y tế theo phân cấp quản lý của Sở Y tế; kịp thời phát hiện, chấn chỉnh những sơ',
    'hở, thiếu sót, phối hợp các sở, ngành liên quan thường xuyên tổ chức kiểm tra,',
    'xử lý những vi phạm liên quan.',
    '',
    'd) Chủ trì triển khai, thực',
    'hiện các nhiệm vụ được giao tại Dự án 6 “Tăng cường đáp ứng y tế trong phòng,',
    'chống ma túy” theo chỉ đạo của Bộ Y tế.',
    ].join('\n');
    expect(roles(body)).toEqual([['Sở Tài chính', 'lead'], ['Sở Y tế', 'responsible'], ['Sở Y tế', 'lead']]);
  });

  // Cần Thơ QĐ 2610/QĐ-UBND: a regulation's chapter "TỔ CHỨC THỰC HIỆN", one article per agency.
  it('reads the agency an article names ("Trách nhiệm của …") in a regulation', () => {
    const text = [
      'QUY CHẾ', '', 'Chương I', '', 'QUY ĐỊNH CHUNG', '', 'Điều 1. Phạm vi điều chỉnh', '', 'Nội dung.', '', 'Chương V', '', 'TỔ CHỨC THỰC HIỆN', '',
      'Điều 14. Trách nhiệm của Sở Khoa học và Công nghệ', '', '1. Có trách nhiệm chủ trì, phối hợp các cơ quan, đơn vị có liên quan tham mưu cải tiến Hệ thống.', '',
      'Điều 15. Trách nhiệm của Công an thành phố', '', '1. Giám sát công tác bảo đảm an toàn thông tin mạng cho Hệ thống.', '',
      'Điều 16. Trách nhiệm của các cơ quan, đơn vị', '', '2. Phân công cán bộ, công chức quản lý, sử dụng Hệ thống.',
    ].join('\n');
    expect(recordOf(text).assignments.map((a) => [a.agency, a.role])).toEqual([
      ['Sở Khoa học và Công nghệ', 'lead'],
      ['Công an thành phố', 'responsible'],
      ['Các cơ quan, đơn vị', 'responsible'],
    ]);
  });

  // Forms from plans the extractor was not tuned for (issue 20), wrapped as their sources wrap them.
  it.each([
    // Quảng Ngãi QĐ 1627/QĐ-UBND.
    ['a role after a dash is no part of the name', '**1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo**\n\nTham mưu tổng hợp.', [['Sở Tài chính', 'responsible']]],
    ['a duty in the modal', '5. Ngân hàng Nhà nước phải thông báo cho các tổ chức tín dụng.', [['Ngân hàng Nhà nước', 'responsible']]],
    ['a law\'s "quy định chi tiết"', '7. Chính phủ quy định chi tiết Điều này.', [['Chính phủ', 'responsible']]],
    ['cases are no agencies', '6. Các trường hợp chuyển mục đích sử dụng đất phải được cơ quan nhà nước cho phép.', []],
    ['a name ends before "tiến hành"', '2. Bộ Công an tiến hành rà soát các quy định.', [['Bộ Công an', 'responsible']]],
    ['a name wrapped inside a known body', '3. Đề nghị Hội Liên hiệp\nPhụ nữ Thành phố phối hợp tuyên truyền.', [['Hội Liên hiệp Phụ nữ Thành phố', 'coordinate']]],
    ['investors named by what they build', '4. Các chủ đầu tư xây dựng và kinh doanh hạ tầng khu công nghiệp có trách nhiệm đầu tư hạ tầng.',
      [['Các chủ đầu tư xây dựng và kinh doanh hạ tầng khu công nghiệp', 'responsible']]],
  ])('names the agency: %s', (_name, body, expected) => {
    expect(roles(body)).toEqual(expected);
  });

  it('reads "X chủ trì" in the funding section', () => {
    const plan = 'KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nNội dung.\n\nII. KINH PHÍ THỰC HIỆN\n\nSở Tài chính chủ trì, tham mưu bố trí kinh phí thực hiện Kế hoạch.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế chủ trì triển khai.';
    expect(recordOf(plan).assignments.map((a) => [a.agency, a.role])).toContainEqual(['Sở Tài chính', 'lead']);
  });

  it('reads a subject that lists office-holders, and an honorific is not part of the office', () => {
    expect(roles('1. Các thành viên Đảng đoàn Quốc hội, Chủ nhiệm Văn phòng Quốc hội, Lãnh đạo các cơ quan thuộc UBTVQH, Trưởng Đoàn đại biểu Quốc hội có trách nhiệm lãnh đạo, chỉ đạo.\n\n- Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực.\n\n3. Định kỳ, Thường trực Ủy ban KH,CN&MT của Quốc hội chủ trì tổng hợp.')).toEqual([
      ['Các thành viên Đảng đoàn Quốc hội', 'responsible'],
      ['Chủ nhiệm Văn phòng Quốc hội', 'responsible'],
      ['Lãnh đạo các cơ quan thuộc Ủy ban Thường vụ Quốc hội', 'responsible'],
      ['Trưởng Đoàn đại biểu Quốc hội', 'responsible'],
      ['Thường trực Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội', 'lead'],
      ['Phó chủ tịch Thường trực', 'lead'],
    ]);
  });

  it.each([
    ['"tổ chức đảng" in a group', '1. Các cấp ủy, tổ chức đảng lãnh đạo, chỉ đạo việc tuyên truyền.', [['Các cấp ủy, tổ chức đảng', 'responsible']]],
    ['"nghiên cứu" in an institute', '2. Các Viện nghiên cứu phối hợp cung cấp số liệu.', [['Các Viện nghiên cứu', 'coordinate']]],
    ['"phụ trách lĩnh vực giám sát" in an office', '3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội chủ trì tham mưu.', [['Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội', 'lead']]],
    ['"chủ đầu tư" as a group', '4. Các chủ đầu tư dự án hạ tầng kỹ thuật khu công nghiệp\n\nĐầu tư hoàn thiện hạ tầng.', [['Các chủ đầu tư dự án hạ tầng kỹ thuật khu công nghiệp', 'responsible']]],
    // …and where the same words are the duty.
    ['"tổ chức hội nghị" is a duty', '5. Sở Nội vụ tổ chức hội nghị sơ kết việc thực hiện Kế hoạch.', [['Sở Nội vụ', 'responsible']]],
    ['"bệnh viện" before a duty', '6. Các bệnh viện triển khai thực hiện kế hoạch.', [['Các bệnh viện', 'responsible']]],
  ])('a duty verb used as a noun stays in the name: %s', (_name, body, expected) => {
    expect(roles(body)).toEqual(expected);
  });

  it('reads "X chủ trì" that opens a paragraph or an item anywhere, but not in the aims', () => {
    // Lào Cai KH 134/KH-UBND: tasks in section II, and a commune's own lead under "Ủy ban nhân dân cấp xã".
    const plan = [
      'KẾ HOẠCH', '', 'I. MỤC ĐÍCH, YÊU CẦU', '', '2. Yêu cầu', '', '- Các đơn vị chủ trì nhiệm vụ được giao có trách nhiệm hoàn thành đúng tiến độ.', '',
      'II. NHIỆM VỤ', '', '4. Hoàn thành di dời 01 khu công nghiệp.', '', 'UBND phường Lào Cai chủ trì, phối hợp với Sở Xây dựng thực hiện công tác GPMB.', '',
      'a) UBND phường Cốc Lếu chủ trì rà soát quỹ đất.', '',
      'III. TỔ CHỨC THỰC HIỆN', '', '1. Ủy ban nhân dân cấp xã', '', '- Thường xuyên rà soát các dự án.', '',
      '- Ủy ban nhân dân phường Yên Bái chủ trì phối hợp với Ủy ban nhân dân phường Văn Phú xây dựng phương án di dời.',
    ].join('\n');
    expect(recordOf(plan).assignments.map((a) => [a.agency, a.role])).toEqual([
      ['Ủy ban nhân dân phường Yên Bái', 'lead'],
      ['Ủy ban nhân dân cấp xã', 'responsible'],
      ['Ủy ban nhân dân phường Lào Cai', 'lead'],
      ['Ủy ban nhân dân phường Cốc Lếu', 'lead'],
    ]);
  });

  it('does not assign the issuer to itself', () => {
    expect(roles('Ủy ban nhân dân tỉnh đề nghị các Sở, ban, ngành triển khai thực hiện.')).toEqual([]);
  });

  it('points at the line naming the agency', () => {
    const text = organisation('1. Sở Tài chính\n\nChủ trì bố trí kinh phí.');
    const [a] = recordOf(text).assignments;
    expect(text.split('\n')[a.line - 1]).toContain('Sở Tài chính');
    expect(a.agencyId).toBe('so-tai-chinh');
  });
});
