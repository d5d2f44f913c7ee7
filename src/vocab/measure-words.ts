// How two plans' wordings of one measured thing are brought together before they are compared:
// abbreviations written out, and the syllables that say nothing about what is measured dropped
// (function words, the measure noun itself, the place). All folded. Source: the targets of the dev
// set's pair of drug-prevention plans (Cần Thơ KH 153, Đồng Nai KH 182) and of the seeds; the
// abbreviations as plans of 2025 print them.

/** Abbreviation → its words: "KCN" = khu công nghiệp, "CĐS" = chuyển đổi số. */
export const MEASURE_ABBREVIATIONS: Array<[string, string]> = [
  ['kcn', 'khu công nghiệp'],
  ['kcx', 'khu chế xuất'],
  ['ccn', 'cụm công nghiệp'],
  ['cđs', 'chuyển đổi số'],
  ['cntt', 'công nghệ thông tin'],
  ['khcn', 'khoa học công nghệ'],
  ['đmst', 'đổi mới sáng tạo'],
  ['dvc', 'dịch vụ công'],
  ['ubnd', 'ủy ban nhân dân'],
  ['thcs', 'trung học cơ sở'],
  ['thpt', 'trung học phổ thông'],
];

/**
 * Syllables that do not tell one measured thing from another: "Tỷ lệ xã, phường trên địa bàn tỉnh
 * không ma túy" and "Đơn vị hành chính cấp xã trên toàn tỉnh 'không ma túy'" keep "xã … không ma túy".
 */
export const MEASURE_STOP_SYLLABLES: string[] = [
  // function words
  'và', 'các', 'của', 'cho', 'với', 'theo', 'về', 'từ', 'đến', 'tới', 'trên', 'dưới', 'tại', 'trong', 'ở', 'là', 'có', 'được',
  'những', 'mỗi', 'hoặc', 'như', 'đã', 'sẽ', 'này', 'đó', 'để',
  // the measure noun and its quantity words ("số" stays: it also means digital, "kinh tế số")
  'tỷ', 'tỉ', 'lệ', 'lượng', 'tổng', 'trọng', 'mức', 'đạt', 'ít', 'nhất', 'tối', 'thiểu', 'đa', 'khoảng', 'trở', 'lên',
  // the place, which differs between any two provinces' plans
  'tỉnh', 'thành', 'phố', 'toàn', 'địa', 'bàn', 'năm',
];

/**
 * Words after which a target measures a part of the one before them, within it: "Kinh phí chi cho
 * nghiên cứu phát triển (R&D) đạt 2% GDP, trong đó kinh phí từ xã hội chiếm hơn 60%" (Bộ Công Thương's
 * programme for NQ 57) is the share society pays of R&D spending, as NQ 03's table words it.
 */
export const PART_MARKERS: string[] = ['trong đó', 'trong số đó'];
