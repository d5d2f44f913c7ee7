// Qualifiers that split one measured thing into different ones. Two wordings can share almost every
// syllable and still count different sets: "đối tượng mua, bán trái phép chất ma túy" (all dealers)
// and "đối tượng bán lẻ chất ma túy" (retail sellers only); "tuyến đường biển, đường hàng không" and
// "biên giới đường bộ, tuyến đường hàng không". Within a group, each kind names a different part of
// the whole, and a wording that names no kind means the whole; two targets measure one thing only if
// they name the same kinds of every group. Phrases are folded, punctuation read as a space; the
// longer phrase is read first ("cận nghèo" before "nghèo"). Source: the gold of the dev pair of
// drug-prevention plans (Cần Thơ KH 153, Đồng Nai KH 182, fixtures/dev-gold/compare), the targets of
// the Government's NQ 03/2025 and Bắc Ninh KH 144 (broadband, online services, networks), and the
// national target programme for sustainable poverty reduction (QĐ 90/QĐ-TTg 2022: hộ nghèo, hộ cận
// nghèo; rural and urban areas).

export interface ContrastGroup {
  name: string;
  /** kind → the phrases that name it. */
  kinds: Record<string, string[]>;
  example: string;
}

export const MEASURE_CONTRASTS: ContrastGroup[] = [
  {
    name: 'route',
    kinds: {
      sea: ['đường biển', 'tuyến biển', 'vùng biển'],
      land: ['đường bộ', 'biên giới đất liền'],
      air: ['đường hàng không', 'hàng không'],
      rail: ['đường sắt'],
      river: ['đường thủy', 'đường sông'],
      post: ['chuyển phát nhanh', 'bưu chính'],
    },
    example: 'số vụ … bắt giữ tại tuyến đường biển, đường hàng không ≠ … tại khu vực biên giới đường bộ, tuyến đường hàng không',
  },
  {
    name: 'trade',
    kinds: { all: ['mua bán', 'mua và bán'], retail: ['bán lẻ'], wholesale: ['bán buôn'] },
    example: 'đối tượng mua, bán trái phép chất ma túy ≠ đối tượng bán lẻ chất ma túy',
  },
  {
    name: 'household',
    kinds: { nearPoor: ['cận nghèo'], escaped: ['thoát nghèo'], relapsed: ['tái nghèo'], poor: ['hộ nghèo'] },
    example: 'tỷ lệ hộ nghèo ≠ tỷ lệ hộ cận nghèo',
  },
  {
    name: 'area',
    kinds: { rural: ['nông thôn'], urban: ['thành thị', 'đô thị'] },
    example: 'tỷ lệ lao động qua đào tạo ≠ tỷ lệ lao động nông thôn qua đào tạo',
  },
  {
    name: 'line',
    kinds: { fixed: ['cố định'], mobile: ['di động'] },
    example: 'băng rộng cố định ≠ băng rộng di động',
  },
  {
    name: 'network',
    kinds: { '2g': ['2g'], '3g': ['3g'], '4g': ['4g'], '5g': ['5g'], '6g': ['6g'] },
    example: 'dân số được phủ sóng di động 4G ≠ … 5G',
  },
  {
    name: 'online service',
    kinds: { whole: ['toàn trình'], partial: ['một phần'] },
    example: 'dịch vụ công trực tuyến toàn trình ≠ dịch vụ công trực tuyến một phần',
  },
  {
    name: 'school level',
    kinds: {
      preschool: ['mầm non', 'mẫu giáo'],
      primary: ['tiểu học'],
      lowerSecondary: ['trung học cơ sở', 'thcs'],
      upperSecondary: ['trung học phổ thông', 'thpt'],
      university: ['đại học'],
      college: ['cao đẳng'],
      intermediate: ['trung cấp'],
      elementary: ['sơ cấp'],
    },
    example: 'trường đạt chuẩn quốc gia ≠ trường mầm non đạt chuẩn quốc gia',
  },
  {
    name: 'sex',
    kinds: { women: ['nữ', 'phụ nữ'] },
    example: 'tỷ lệ lao động qua đào tạo ≠ tỷ lệ lao động nữ qua đào tạo',
  },
];
