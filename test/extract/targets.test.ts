import { describe, expect, it } from 'vitest';
import { recordOf, underTargets } from '../helpers.js';

// Real sentences from the seed plans and the corpus; expected values as a careful reader reads them.
const cases: Array<[string, string, Array<{ value: number; unit: string; comparator: string; year: number | null; indicatorId?: string | null; valueMax?: number; indicator?: string }>]> = [
  [
    'Sơn La: a share that falls, with a decimal comma',
    '- Đến năm 2025: Tỷ lệ lao động nông nghiệp trong tổng lao động xã hội năm 2025 giảm xuống còn 58,9%; Tỷ lệ lao động qua đào tạo đạt 65%, trong đó tỷ lệ lao động qua đào tạo được cấp bằng, chứng chỉ đạt 30%.',
    [
      { value: 58.9, unit: '%', comparator: 'lte', year: 2025, indicatorId: 'agri-labour-share' },
      { value: 65, unit: '%', comparator: 'eq', year: 2025, indicatorId: 'trained-labour-rate' },
      { value: 30, unit: '%', comparator: 'eq', year: 2025, indicatorId: 'certified-labour-rate' },
    ],
  ],
  [
    'a period gives its end year; "50,70" is 50.7',
    '- Giai đoạn 2026 - 2030: Tỷ lệ lao động nông nghiệp trong tổng lao động xã hội năm 2030 giảm xuống còn 50,70%; Tỷ lệ lao động qua đào tạo đạt 75%.',
    [
      { value: 50.7, unit: '%', comparator: 'lte', year: 2030, indicatorId: 'agri-labour-share' },
      { value: 75, unit: '%', comparator: 'eq', year: 2030, indicatorId: 'trained-labour-rate' },
    ],
  ],
  [
    'Hà Nội: thousands dot, "khoảng", a year after the number',
    'Phấn đấu hàng năm thu hút khoảng 20.000 lao động nông thôn tham gia học nghề, góp phần nâng tỷ lệ lao động qua đào tạo lên 80%, trong đó tỷ lệ lao động có bằng cấp, chứng chỉ trên địa bàn Thành phố đạt 60% vào năm 2030.',
    [
      { value: 20000, unit: 'lao động', comparator: 'approx', year: 2030, indicatorId: 'rural-trainees-per-year' },
      { value: 80, unit: '%', comparator: 'eq', year: 2030, indicatorId: 'trained-labour-rate' },
      { value: 60, unit: '%', comparator: 'eq', year: 2030, indicatorId: 'certified-labour-rate' },
    ],
  ],
  [
    'Bắc Ninh: counts with units, a range and a footnote mark on the number',
    '- Phân đầu các trường cao đẳng trên địa bàn tỉnh có tổng số trên 20 ngành, nghề trọng điểm; trong đó, 03 - 04 ngành, nghề có ngành, nghề đào tạo tiếp cận trình độ các nước ASEAN-4, G20 và thế giới. Đầu tư 02 trường cao đẳng trở thành trường chất lượng cao.',
    [
      { value: 20, unit: 'ngành', comparator: 'gt', year: null, indicatorId: 'key-occupations' },
      { value: 3, valueMax: 4, unit: 'ngành', comparator: 'range', year: null, indicatorId: null },
      { value: 2, unit: 'trường', comparator: 'eq', year: null, indicatorId: 'high-quality-colleges' },
    ],
  ],
  [
    'Lai Châu: a typing slip ("Phân đầu") and "tối thiểu"',
    '- Phân đầu đến năm 2030, thu hút tối thiểu 20% học sinh tốt nghiệp THCS, THPT ở khu vực nông thôn vào hệ thống giáo dục nghề nghiệp.',
    [{ value: 20, unit: '%', comparator: 'gte', year: 2030, indicatorId: 'vet-entry-share' }],
  ],
  [
    '"610.000 người" and "trên 333.000 người"',
    '- Phân đầu tuyển sinh và đào tạo giáo dục nghề nghiệp giai đoạn 2026-2030 đạt khoảng 610.000 người; trong đó, có trên 333.000 người là lao động nông thôn.',
    [
      { value: 610000, unit: 'người', comparator: 'approx', year: 2030, indicatorId: 'vet-enrolment-total' },
      { value: 333000, unit: 'người', comparator: 'gt', year: 2030 },
    ],
  ],
  [
    'a footnote mark stuck to a number is not part of it',
    'Tỷ lệ lao động qua đào tạo của tỉnh đạt 90%; trong đó, lao động có bằng cấp, chứng chỉ đạt 42%².',
    [
      { value: 90, unit: '%', comparator: 'eq', year: null, indicatorId: 'trained-labour-rate' },
      { value: 42, unit: '%', comparator: 'eq', year: null, indicatorId: 'certified-labour-rate' },
    ],
  ],
];

cases.push(
  [
    'Bộ Chính trị NQ 71: the value of an index, and a share within it',
    'Chỉ số giáo dục đóng góp vào chỉ số phát triển con người (HDI) đạt trên 0,8, trong đó chỉ số bất bình đẳng giáo dục giảm xuống dưới 10%.',
    [
      { value: 0.8, unit: 'chỉ số', comparator: 'gt', year: null },
      { value: 10, unit: '%', comparator: 'lte', year: null },
    ],
  ],
  ['Đồng Tháp KH 552: a count of attendances', 'Tổ chức đào tạo, bồi dưỡng\n3.000 lượt nhân lực về ứng dụng công nghệ, quản trị đổi mới sáng tạo.', [{ value: 3000, unit: 'lượt', comparator: 'eq', year: null }]],
  // Forms from plans the extractor was not tuned for (issue 20).
  ['a multiple', '- Năng suất lao động năm 2030 tăng gấp 1,7 lần so với năm 2020.', [{ value: 1.7, unit: 'lần', comparator: 'eq', year: 2030 }]],
  ['a change from a baseline: only its end', '- Số ca mắc mới giảm từ 23 ca xuống 18 ca vào năm 2030.', [{ value: 18, unit: 'ca', comparator: 'lte', year: 2030 }]],
  ['a two-word counted noun', '- Bố trí 01 vị trí việc làm chuyên trách về chuyển đổi số.', [{ value: 1, unit: 'vị trí', comparator: 'eq', year: null }]],
  ['a count and its breakdown', '- Phấn đấu đến năm 2026 lắp đặt mới 58 trạm (Trong đó: VNPT: 25 trạm, Viettel: 33 trạm).', [
    { value: 58, unit: 'trạm', comparator: 'eq', year: 2026 },
    { value: 25, unit: 'trạm', comparator: 'eq', year: 2026 },
    { value: 33, unit: 'trạm', comparator: 'eq', year: 2026 },
  ]],
  // Catalogue entries of the topics of 2025 (src/vocab/indicators.ts), on their source wording.
  ['Bắc Ninh KH 144: the digital economy in GRDP', '- Kinh tế số chiếm 45% GRDP tỉnh vào năm 2030.', [{ value: 45, unit: '%', comparator: 'eq', year: 2030, indicatorId: 'digital-economy-share' }]],
  ['Chính phủ NQ 03: cashless payments', '- Tỉ lệ giao dịch không dùng tiền mặt đạt 80% vào năm 2030.', [{ value: 80, unit: '%', comparator: 'eq', year: 2030, indicatorId: 'cashless-payment-share' }]],
  ['Bắc Ninh KH 144: online dossiers are not procedures offered online', '- Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình đạt 80% vào năm 2030.', [{ value: 80, unit: '%', comparator: 'eq', year: 2030, indicatorId: null }]],
  ['Bộ Công Thương (NQ 57): the human development index', '- Khoa học, công nghệ và đổi mới sáng tạo góp phần quan trọng xây dựng, phát triển giá trị văn hoá, xã hội, con người Việt Nam, đóng góp vào chỉ số phát triển con người (HDI) duy trì trên 0,7.', [{ value: 0.7, unit: 'chỉ số', comparator: 'gt', year: null, indicatorId: 'human-development-index' }]],
  ['Bộ Công Thương (NQ 57): "ở mức" links, it names no measure', '\\- Đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế ở mức trên 55%; tỉ trọng xuất khẩu sản phẩm công nghệ cao trên tổng giá trị hàng hoá xuất khẩu đạt tối thiểu 50%.', [
    { value: 55, unit: '%', comparator: 'gt', year: null, indicator: 'Đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế' },
    { value: 50, unit: '%', comparator: 'gte', year: null },
  ]],
  ['Bộ Công Thương (NQ 57): a count per head of population', 'Nguồn nhân lực nghiên cứu khoa học, phát triển công nghệ, đổi mới sáng tạo đạt 12 người trên một vạn dân; có từ 40 - 50 tổ chức khoa học và công nghệ được xếp hạng khu vực và thế giới.', [
    { value: 12, unit: 'người/vạn dân', comparator: 'eq', year: null, indicator: 'Nguồn nhân lực nghiên cứu khoa học, phát triển công nghệ, đổi mới sáng tạo' },
    { value: 40, valueMax: 50, unit: 'tổ chức', comparator: 'range', year: null },
  ]],
  ['a count per head of population written with a slash', '- Phấn đấu đạt 35 giường bệnh/vạn dân vào năm 2030.', [{ value: 35, unit: 'giường bệnh/vạn dân', comparator: 'eq', year: 2030 }]],
  ['a count per thousand, not per a thousand-something else', '- Phấn đấu đạt 10 bác sĩ trên 1.000 dân vào năm 2030; 1.000 doanh nghiệp mới.', [
    { value: 10, unit: 'bác sĩ/nghìn dân', comparator: 'eq', year: 2030 },
    { value: 1000, unit: 'doanh nghiệp', comparator: 'eq', year: 2030 },
  ]],
  ['Bộ Chính trị NQ 71: a yearly rate "đối với" what grows', 'Tăng bình quân 12%/năm đối với số công bố khoa học quốc tế, nguồn thu từ khoa học, công nghệ, đổi mới sáng tạo; 16%/năm đối với số đăng ký sáng chế, văn bằng bảo hộ sáng chế.', [
    { value: 12, unit: '%', comparator: 'eq', year: null, indicator: 'số công bố khoa học quốc tế, nguồn thu từ khoa học, công nghệ, đổi mới sáng tạo' },
    { value: 16, unit: '%', comparator: 'eq', year: null, indicator: 'số đăng ký sáng chế, văn bằng bảo hộ sáng chế' },
  ]],
  ['Bộ Chính trị NQ 71: the education index is a part of HDI, not HDI', '- Chỉ số giáo dục đóng góp vào chỉ số phát triển con người (HDI) đạt 0,8.', [{ value: 0.8, unit: 'chỉ số', comparator: 'eq', year: null, indicatorId: null }]],
  ['Đồng Tháp KH 552: an area the plan ensures', 'Đảm bảo trên 70% diện tích\nnuôi cá tra và thủy sản chủ lực áp dụng công nghệ nuôi an toàn sinh học.', [{ value: 70, unit: '%', comparator: 'gt', year: null }]],
);

describe('targets', () => {
  it.each(cases)('%s', (_name, sentence, expected) => {
    const targets = recordOf(underTargets(sentence)).targets;
    expect(targets.map((t) => ({ value: t.value, unit: t.unit, comparator: t.comparator, year: t.year }))).toEqual(
      expected.map((e) => ({ value: e.value, unit: e.unit, comparator: e.comparator, year: e.year })),
    );
    expected.forEach((e, i) => {
      if (e.indicatorId !== undefined) expect(targets[i].indicatorId).toBe(e.indicatorId);
      if (e.valueMax !== undefined) expect(targets[i].valueMax).toBe(e.valueMax);
      if (e.indicator !== undefined) expect(targets[i].indicator).toBe(e.indicator);
    });
  });

  const notTargets: Array<[string, string]> = [
    ['present-day facts', 'Sau sáp nhập, tỉnh có tổng diện tích tự nhiên là trên 8.375 km², dân số gần 1,8 triệu người, toàn tỉnh có 92 đơn vị hành chính cấp xã.'],
    ['numbers in names and periods', 'Tận dụng hiệu quả cơ hội của cuộc Cách mạng công nghiệp lần thứ tư; thực hiện Chỉ thị số 37-CT/TW giai đoạn 2021 - 2025.'],
    ['durations', 'Đánh giá sơ kết 05 năm, tổng kết 10 năm về tình hình thực hiện Kế hoạch; đào tạo dưới 03 tháng.'],
    ['a count that is a condition inside a description', 'Chú trọng các nghề đào tạo trình độ trung cấp, cao đẳng phối hợp với ít nhất 01 doanh nghiệp phù hợp với nghề đào tạo.'],
    ['a count after "tại"', 'Triển khai các nội dung tại 03 Chương trình mục tiêu quốc gia giai đoạn 2021-2025.'],
    ['a condition opened by "Đối với"', '- Đối với thôn có dưới 100 cử tri: Phải tổ chức hội nghị toàn thể cử tri.'],
    ['a speed inside a description', '- Hoàn thiện hạ tầng mạng băng rộng cố định với tốc độ 01 Gb/s tại các khu công nghiệp.'],
    // Cần Thơ KH 157/KH-UBND: a tie-break rule of the emulation campaign.
    // Đắk Lắk KH 125/KH-UBND, Cần Thơ KH 157/KH-UBND: nomination quotas and scoring rules of a campaign.
    ['a quota of awards', '- Tổ giúp việc Ban Chỉ đạo bầu\ncử của tỉnh: Không quá 05 cá nhân; mỗi đơn vị đề nghị\nkhông quá 01 tập thể, 03 cá nhân.'],
    ['a share of awards', 'Quy định về công tác thi đua, khen thưởng (tỷ lệ không quá 10% tập thể, 5% cá\nnhân đối tượng trực tiếp tham gia phong trào).'],
    ['a scoring rule', 'Từ 88 - 90% cộng 02 điểm; từ 90-95%\ncộng 03 điểm; từ 95- dưới 100% cộng 04 điểm; đạt 100% cộng 05 điểm.'],
    // Cà Mau KH 0204/KH-UBND (a budget plan): forms named by number, and a forecast.
    ['numbers listed after "số"', 'Dự kiến thu cân đối ngân sách theo\nsắc thuế như Mẫu biểu số 02, 03 đính kèm.'],
    ['a forecast', 'Dự báo tốc độ tăng trưởng GRDP của tỉnh giai đoạn 2026 -\n2030 khoảng từ 10 - 10,5%/năm.'],
    // Đắk Lắk KH 129/KH-UBND: whom the aid goes to first.
    ['a priority', 'Bảo đảm đúng mục đích cứu trợ khẩn cấp, đúng đối tượng,\nưu tiên 40 xã, phường đã được công bố tình huống khẩn cấp.'],
    ['a condition opened by "Nếu"', '- Đối với các xã, phường: Nếu\ncó từ 02 địa phương trở lên có tổng số điểm bằng nhau thì đơn vị nào có số lượng mở tài khoản nhiều hơn xếp trên.'],
  ];
  it.each(notTargets)('no target in %s', (_name, sentence) => {
    expect(recordOf(underTargets(sentence)).targets).toEqual([]);
  });

  it('reads a count of the people a plan serves ("cho khoảng 5.000 lao động")', () => {
    const targets = recordOf(underTargets('c) Hỗ trợ việc làm cho khoảng 5.000 lao động thuộc hộ nghèo, hộ cận nghèo.')).targets;
    expect(targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([[5000, 'lao động', 'approx']]);
  });

  it('reads a ratio and the share, not what the share receives (Cần Thơ KH 165/KH-UBND)', () => {
    const targets = recordOf(underTargets('Phấn đấu tổng tỷ suất sinh đạt 2,1 con/phụ nữ; 70% phụ nữ mang thai được tầm soát ít nhất 4 loại bệnh tật bẩm sinh phổ biến nhất.')).targets;
    expect(targets.map((t) => [t.value, t.unit])).toEqual([
      [2.1, 'con'],
      [70, '%'],
    ]);
  });

  // Cần Thơ KH 157/KH-UBND, under "III. NỘI DUNG THI ĐUA, …, TIÊU CHÍ ĐÁNH GIÁ …": numbered items
  // after a lead-in that names them targets; "đã có" inside a bound item states no present fact.
  it('reads numbered items under a lead-in of targets, a bound one whatever it says of the present', () => {
    const plan = [
      'KẾ HOẠCH', '', 'I. MỤC ĐÍCH', '', 'Nội dung.', '', '**III. NỘI DUNG THI ĐUA, TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI**', '',
      'Nâng cao nhận thức của người hưởng trợ cấp xã hội, các nội dung này', 'được cụ thể hóa bằng các chỉ tiêu cụ thể như sau:', '',
      '(1) 100% số người hưởng trợ cấp', 'xã hội, trợ cấp hưu trí xã hội chưa có tài khoản được tuyên truyền, giải thích;', '',
      '(2) Ít nhất 85% người hưởng trợ', 'cấp xã hội, hưu trí xã hội mở mới tài khoản ngân hàng, ví điện tử hoặc người đã', 'có tài khoản tự nguyện cung cấp số tài khoản để nhận tiền trợ cấp;',
    ].join('\n');
    const targets = recordOf(plan).targets;
    expect(targets.map((t) => [t.value, t.comparator, t.indicator])).toEqual([
      [100, 'eq', 'số người hưởng trợ cấp xã hội, trợ cấp hưu trí xã hội chưa có tài khoản được tuyên truyền, giải thích'],
      // 160 characters at most, ended at a word's end.
      [85, 'gte', 'người hưởng trợ cấp xã hội, hưu trí xã hội mở mới tài khoản ngân hàng, ví điện tử hoặc người đã có tài khoản tự nguyện cung cấp số tài khoản để nhận tiền trợ'],
    ]);
  });

  // The measured thing: the measure noun before the number, else the whole phrase after it, commas
  // included, to the clause end; no connector left where the next number cut it.
  it.each([
    ['a rate named before the number (Cần Thơ KH 165)', 'Phấn đấu tổng tỷ suất sinh đạt 2,1 con/phụ nữ.', 'tổng tỷ suất sinh'],
    ['a phrase with commas after the number (Lào Cai CTr 104)', 'Đến năm 2030, 85% chất thải rắn sinh hoạt ở khu vực nông thôn được thu gom, xử lý.', 'chất thải rắn sinh hoạt ở khu vực nông thôn được thu gom, xử lý'],
    ['the first measure noun of the clause (Bộ Chính trị NQ 71)', 'Chỉ số giáo dục đóng góp vào chỉ số HDI đạt trên 0,85.', 'Chỉ số giáo dục đóng góp vào chỉ số HDI'],
    ['a share of GRDP with its subject (Bắc Ninh KH 144)', '- Kinh tế số chiếm 45% GRDP tỉnh vào năm 2030.', 'Kinh tế số trong GRDP tỉnh'],
    ['the people a duty serves (Cà Mau KH 0204)', '- Giải quyết việc làm cho khoảng\n59.000 người.', 'Giải quyết việc làm cho người'],
    ['a subject a linking verb joins to the count (Cà Mau KH 0204)', '- Kim ngạch xuất khẩu đạt khoảng 8,95 tỷ USD.', 'Kim ngạch xuất khẩu'],
    ['a multiple: what grows', '- Năng suất lao động năm 2030 tăng gấp 1,7 lần so với năm 2020.', 'Năng suất lao động'],
    ['the end of a change: what changes', '- Số ca mắc mới giảm từ 23 ca xuống 18 ca vào năm 2030.', 'Số ca mắc mới'],
    ['a counted noun with what the plan does to it', '- Phấn đấu đến năm 2026 lắp đặt mới 58 trạm (Trong đó: VNPT: 25 trạm).', 'trạm lắp đặt mới'],
    ['cut by the next number (Đồng Nai KH 182)', 'Phấn đấu 80% số trạm y tế cấp xã trên toàn tỉnh và 100% trung tâm y tế đủ điều kiện.', 'số trạm y tế cấp xã trên toàn tỉnh'],
  ])('words the measured thing: %s', (_name, sentence, indicator) => {
    expect(recordOf(underTargets(sentence)).targets[0].indicator).toBe(indicator);
  });

  it('keeps the line of the number in hard-wrapped text', () => {
    const text = underTargets('- Phấn đấu đến năm 2030, tỷ lệ lao động qua\nđào tạo đạt\n75%.');
    const [target] = recordOf(text).targets;
    expect(target.value).toBe(75);
    expect(text.split('\n')[target.line - 1]).toContain('75%');
  });
});

describe('targets in tables and run-in headings', () => {
  it('reads an indicator table: value column, unit column, group-row year', () => {
    const table = [
      '| TT  | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá |',
      '| --- | -------- | ------ | ------- | ---------------------------------- |',
      '| **I** | **Đến năm 2030** |  |  |  |',
      '| 4   | Xếp hạng năng lực cạnh tranh số | Thứ bậc | ≤ 3 Đông Nam Á | Bộ Thông tin và Truyền thông |',
      '| 7   | Số doanh nghiệp công nghệ số ngang tầm các nước tiên tiến | Doanh nghiệp | ≥ 5 | Bộ Thông tin và Truyền thông |',
      '| 8   | Tỉ lệ đóng góp của năng suất nhân tố tổng hợp (TEP) vào tăng trưởng kinh tế | % | ≥ 55 | Bộ Kế hoạch và Đầu tư |',
      '| 26  | Quản lý nhà nước trên môi trường số | % | 100% | Văn phòng Chính phủ |',
      '| 11.8| Tỉ lệ cắt giảm hoặc tự động hóa thủ tục hành chính về cấp phép | % | >= 30 | Văn phòng Chính phủ |',
      '| 14  | Con người Việt Nam duy trì | Chỉ số phát triển con người (HDI) | > 0,7 | Bộ Khoa học và Công nghệ |',
      '| 19  | Tổ chức khoa học và công nghệ được xếp hạng khu vực và thế giới | Tổ chức | 40 - 50 | Bộ Khoa học và Công nghệ |',
      '| 41 | Làm chủ một số công nghệ chíp và vi mạch bán dẫn | % | 20% - 50% | Bộ Công an |',
    ].join('\n');
    const record = recordOf(underTargets(table));
    // A rank is a target too (unit "thứ bậc"); ">" leading a cell is a comparator, not a block quote.
    expect(record.targets.map((t) => [t.value, t.valueMax, t.unit, t.comparator, t.year, t.line])).toEqual([
      [3, null, 'thứ bậc', 'lte', 2030, 12],
      [5, null, 'doanh nghiệp', 'gte', 2030, 13],
      [55, null, '%', 'gte', 2030, 14],
      [100, null, '%', 'eq', 2030, 15],
      [30, null, '%', 'gte', 2030, 16],
      [0.7, null, 'chỉ số phát triển con người (hdi)', 'gt', 2030, 17],
      [40, 50, 'tổ chức', 'range', 2030, 18],
      [20, 50, '%', 'range', 2030, 19],
    ]);
    expect(record.assignments.map((a) => [a.agency, a.role])).toContainEqual(['Bộ Kế hoạch và Đầu tư', 'lead']);
    // The unit column names the measure of row 14: the human development index.
    expect(record.targets.find((t) => t.line === 17)?.indicatorId).toBe('human-development-index');
  });

  // Chính phủ NQ 03/NQ-CP: two ranks in one cell.
  it('reads each part of a value cell that a semicolon divides', () => {
    const table = [
      '| TT  | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá |',
      '| --- | -------- | ------ | ------- | ---------------------------------- |',
      '| **I** | **Đến năm 2030** |  |  |  |',
      '| 5   | Xếp hạng chỉ số phát triển Chính phủ điện tử, Chính phủ số | Thứ bậc | ≤ 3 Đông Nam Á; ≤ 50 Thế giới | Bộ Thông tin và Truyền thông |',
    ].join('\n');
    expect(recordOf(underTargets(table)).targets.map((t) => [t.value, t.unit, t.comparator, t.year])).toEqual([
      [3, 'thứ bậc', 'lte', 2030],
      [50, 'thứ bậc', 'lte', 2030],
    ]);
  });

  // Cà Mau KH 0204/KH-UBND: a form attached to the plan, its header numbering its columns.
  it('reads no row that numbers the columns, and no table of forecasts', () => {
    const table = (caption: string) => [
      'KẾ HOẠCH', '', 'I. MỤC TIÊU', '', 'Nội dung.', '', 'Mẫu biểu số 01', '', caption, '',
      '| STT | Nội dung | Đơn vị tính | Năm 2026 | Năm 2027 |', '|---|---|---|---|---|', '| 1 | 2 | 3 | 4 | 5 |',
      '| 1 | Tốc độ tăng trưởng GRDP | % | 8,00 | 10,00 |',
    ].join('\n');
    expect(recordOf(table('CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU GIAI ĐOẠN 2026 – 2028')).targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [8, '%', 2026],
      [10, '%', 2027],
    ]);
    expect(recordOf(table('DỰ BÁO MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU GIAI ĐOẠN 2026 – 2028')).targets).toEqual([]);
  });

  it('lends the year of a lead-in line to the list under it', () => {
    const targets = recordOf(underTargets('2. Mục tiêu cụ thể\n\nPhấn đấu đến năm 2030, đạt các chỉ tiêu sau:\n\n- 100% xã có điểm phục vụ;\n\n- Trên 80% hộ gia đình sử dụng dịch vụ.')).targets;
    expect(targets.map((t) => [t.value, t.comparator, t.year])).toEqual([
      [100, 'eq', 2030],
      [80, 'gt', 2030],
    ]);
  });

  it('reads a target stated in a run-in heading', () => {
    const [t] = recordOf(underTargets('**6. Chỉ tiêu chủ yếu đến năm 2030**\n\n*6.3. *Trên 80% các đơn vị được trang bị phương tiện kỹ thuật hiện đại.')).targets;
    expect([t.value, t.comparator, t.year]).toEqual([80, 'gt', 2030]);
  });

  // Bắc Ninh KH 144/KH-UBND: the appendix repeats the targets in a table whose caption names the year.
  const appendix = (caption: string) =>
    [
      'KẾ HOẠCH', '', 'I. MỤC TIÊU', '', 'Nội dung.', '', 'II. TỔ CHỨC THỰC HIỆN', '', 'Sở Tài chính chủ trì.', '',
      'PHỤ LỤC', '', caption, '',
      '(Ban hành kèm theo Kế hoạch số 144/KH-UBND ngày 24 tháng 11 năm 2025 của UBND tỉnh Bắc Ninh)', '',
      '| TT | Chỉ tiêu | Chủ trì |', '|---|---|---|',
      '| 3 | Tỷ lệ doanh nghiệp vừa và nhỏ địa phương ứng dụng công nghệ số đạt 60% | Sở Khoa học và Công nghệ |',
    ].join('\n');

  it.each([
    ['a year in the caption', 'PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ SỐ ĐẾN NĂM 2030', 2030],
    ['a period in the caption', 'CÁC CHỈ TIÊU GIAI ĐOẠN 2026 - 2030', 2030],
    ['only the date of a document in the caption', 'CÁC CHỈ TIÊU THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22 THÁNG 12 NĂM 2024', null],
  ])('an appendix caption gives its year to the targets in the appendix: %s', (_name, caption, year) => {
    const targets = recordOf(appendix(caption)).targets;
    expect(targets.map((t) => [t.value, t.comparator, t.year, t.line])).toEqual([[60, 'eq', year, 19]]);
  });

  // Lào Cai KH 134/KH-UBND "… năm 2026": a one-year plan's targets are for that year.
  it.each([
    ['a one-year plan', 'Phát triển các khu, cụm công nghiệp trên địa bàn tỉnh Lào Cai năm 2026', 2026],
    ['a period', 'Phát triển kinh tế số và xã hội số tỉnh Bắc Ninh giai đoạn 2026 - 2030', 2030],
    ['a horizon and a vision', 'Phát triển nguồn nhân lực đến năm 2030, tầm nhìn đến năm 2045', 2030],
    ['only a dated reference', 'Thực hiện Nghị quyết số 34-NQ/TU ngày 27 tháng 12 năm 2025 của Tỉnh ủy', null],
    ['a term of office', 'Thực hiện công tác bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031', null],
    ['a law named by its year', 'Triển khai thi hành Luật Đất đai năm 2024', null],
    ['a law and a horizon', 'Triển khai thi hành Luật Đất đai năm 2024 trên địa bàn tỉnh đến năm 2030', 2030],
  ])('the title gives its year to targets that name none: %s', (_name, title, year) => {
    const plan = ['KẾ HOẠCH', title, '', 'I. MỤC TIÊU', '', '- Thành lập mới khoảng trên 500 ha các khu, cụm công nghiệp.', '', '- Phấn đấu hằng năm đào tạo 2.000 lao động.'];
    const targets = recordOf(plan.join('\n')).targets;
    expect(targets.map((t) => [t.value, t.year, t.recurrence])).toEqual([
      [500, year, null],
      [2000, null, 'annual'],
    ]);
  });

  it('takes the year of a month but not of a full date ("đến hết tháng 12 năm 2025")', () => {
    const [t] = recordOf(underTargets('- Đến hết tháng 12 năm 2025, tỷ lệ hồ sơ trực tuyến đạt 80%.')).targets;
    expect([t.value, t.year]).toEqual([80, 2025]);
  });

  // Lào Cai CTr 104/CTr-TU as the PDF copy runs it: label, caption and a lower-case note in one
  // block, then the table as one cell per paragraph.
  it('reads an appendix heading whose note of what it is attached to runs on in lower case', () => {
    const text = [
      'KẾ HOẠCH', '', 'I. MỤC TIÊU', '', 'Nội dung.', '', 'II. TỔ CHỨC THỰC HIỆN', '', 'Sở Tài chính chủ trì.', '',
      'PHỤ LỤC 1', 'CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026-2030', '(Kèm theo Chương trình hành động số        CTr/TU ngày        /8/2026',
      ' của Tỉnh uỷ Lào Cai)', '-----', '', 'TT', '', 'Nội dung', '', 'Mục tiêu ', '',
      'Tỷ trọng  năng  lượng  tái  tạo ', 'trong  tổng  cung  năng  lượng ', 'sơ cấp đạt tối thiểu', '', '26,1%',
    ].join('\n');
    expect(recordOf(text).targets.map((t) => [t.value, t.comparator, t.year])).toEqual([[26.1, 'gte', 2030]]);
  });

  it('takes the horizon, not the vision, from an appendix caption', () => {
    const targets = recordOf(appendix('CÁC CHỈ TIÊU ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045')).targets;
    expect(targets.map((t) => t.year)).toEqual([2030]);
  });

  it('takes no year from the date of a document cited in the sentence', () => {
    const [t] = recordOf(underTargets('- Thực hiện Nghị quyết ngày 22 tháng 12 năm 2024 của Tỉnh ủy, tỷ lệ hồ sơ trực tuyến đạt 80%.')).targets;
    expect([t.value, t.year]).toEqual([80, null]);
  });

  it('reads "từ … đến …" as a range', () => {
    const [t] = recordOf(underTargets('- Phấn đấu hằng năm đào tạo từ 2.000 đến 3.000 lao động nông thôn.')).targets;
    expect([t.value, t.valueMax, t.unit, t.comparator]).toEqual([2000, 3000, 'lao động', 'range']);
  });

  it('reads a range written with percent signs and a comparator before a linking verb', () => {
    const targets = recordOf(underTargets('- Phấn đấu tỷ lệ chi cho nghiên cứu đạt 1% - 3% doanh thu; cán bộ có chuyên môn tối thiểu đạt 25%.')).targets;
    expect(targets.map((t) => [t.value, t.valueMax, t.comparator])).toEqual([
      [1, 3, 'range'],
      [25, null, 'gte'],
    ]);
  });
});
