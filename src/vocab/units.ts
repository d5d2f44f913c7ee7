// Counted nouns that take two syllables ("20.000 lao động", "05 bộ dữ liệu"): the unit of a count
// target is the whole noun, not its first syllable. Source: units seen in the seeds and corpus.
import { fold } from './fold.js';

const COMPOUND_UNITS = [
  'lao động', 'học sinh', 'sinh viên', 'học viên', 'doanh nghiệp', 'hợp tác xã', 'cơ sở', 'mô hình', 'lượt người',
  'hộ gia đình', 'trường học', 'người lao động', 'đơn vị', 'sản phẩm', 'dự án', 'nhà giáo', 'giáo viên', 'cán bộ',
  'bộ dữ liệu', 'tập dữ liệu', 'khu công nghiệp', 'cụm công nghiệp', 'thủ tục', 'dịch vụ', 'nền tảng', 'chuyên gia',
  'nhà khoa học', 'hội viên', 'đoàn viên', 'thanh niên', 'tổ chức', 'chương trình', 'đề án', 'hồ sơ', 'phòng học',
  'giường bệnh', 'bác sĩ', 'điểm đến', 'thôn bản', 'cơ quan', 'ngành nghề', 'trung tâm', 'nhà máy', 'công trình',
  'bệnh viện', 'trạm y tế', 'lượt khách', 'kịch bản', 'ứng dụng', 'phòng thí nghiệm', 'tuyến cáp', 'hộ nghèo',
  'nghiên cứu sinh', 'giảng viên', 'hệ thống', 'đại học', 'cao đẳng', 'học viện', 'trẻ em', 'người dân', 'hộ dân', 'công chức', 'viên chức', 'đảng viên', 'nông dân',
  'thạc sĩ', 'tiến sĩ', 'nhà đầu tư', 'làng nghề', 'hợp đồng', 'sáng kiến', 'đề tài', 'nhiệm vụ', 'tác phẩm',
  'vị trí', 'vị trí việc làm',
].map((u) => fold(u));

/** The unit noun at the start of `text`: "lao động nông thôn …" → "lao động"; "ngành, nghề" → "ngành". */
export function unitAt(text: string): string {
  const words = /^([\p{L}²]+)(?:\s([\p{L}]+))?(?:\s([\p{L}]+))?/u.exec(text);
  if (!words) return '';
  const three = [words[1], words[2], words[3]].filter(Boolean).join(' ');
  const two = [words[1], words[2]].filter(Boolean).join(' ');
  if (words[3] && COMPOUND_UNITS.includes(fold(three))) return three;
  if (words[2] && COMPOUND_UNITS.includes(fold(two))) return two;
  return words[1];
}

/**
 * The population a count is taken per, as it follows the counted noun, and how the unit names it:
 * "12 người trên một vạn dân" → "người/vạn dân" (Bộ Công Thương's programme for NQ 57, as NQ 03's
 * table writes the unit), "10 bác sĩ/vạn dân", "30 giường bệnh trên 10.000 dân" (the health
 * indicators of Nghị quyết 20-NQ/TW on people's health).
 */
export const PER_POPULATION: Array<[string, string[]]> = [
  ['vạn dân', ['một vạn dân', '1 vạn dân', 'vạn dân', '10.000 dân', '10.000 người dân']],
  ['nghìn dân', ['một nghìn dân', '1 nghìn dân', 'nghìn dân', 'một ngàn dân', 'ngàn dân', '1.000 dân', '1.000 người dân']],
  ['100.000 dân', ['100.000 dân', '100.000 người dân']],
];
const PER_PHRASES = PER_POPULATION.flatMap(([unit, phrases]) => phrases.map((p) => [fold(p), unit] as const)).sort((a, b) => b[0].length - a[0].length);
const PER_LEAD = /^\s{0,2}(?:\/|trên)\s{0,2}/u;

/** "trên một vạn dân …" after a counted noun → { unit: "vạn dân", length } of the words read; else null. */
export function perPopulationAt(text: string): { per: string; length: number } | null {
  const lead = PER_LEAD.exec(text);
  if (!lead) return null;
  const rest = fold(text.slice(lead[0].length, lead[0].length + 24));
  for (const [phrase, per] of PER_PHRASES) {
    if (rest.startsWith(phrase) && !/^\p{L}/u.test(rest.slice(phrase.length))) return { per, length: lead[0].length + phrase.length };
  }
  return null;
}
