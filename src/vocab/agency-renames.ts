// Agencies that no longer exist, the day they ceased, and who took over their work: the 2025
// reorganisation of the state apparatus. Each entry names its source; `plans check` (agency-renamed)
// reports a name used in a plan dated on or after `ended`.
//
// Sources (read in stored public copies, 2026-11):
// - Nghị quyết 176/2025/QH15 of 18/02/2025 on the structure of the Government: 14 ministries and
//   3 ministry-level bodies, in operation from 01/3/2025; the former ministries worked until
//   28/02/2025. Finance absorbed Planning and Investment; Agriculture and Environment merged
//   Agriculture and Rural Development with Natural Resources and Environment; Science and
//   Technology absorbed Information and Communications (press and publishing to Culture, Sports
//   and Tourism); Construction absorbed Transport; Home Affairs absorbed Labour, Invalids and Social
//   Affairs, whose vocational education went to Education and Training (the Government's
//   submission, reported by sggp.org.vn; thuvienphapluat.vn on NQ 176/2025/QH15).
// - Nghị định 45/2025/NĐ-CP of 28/02/2025 on the specialised agencies of provincial and district
//   People's Committees: the departments (sở) every province has are Nội vụ, Tư pháp, Tài chính,
//   Công Thương, Nông nghiệp và Môi trường, Xây dựng, Khoa học và Công nghệ, Văn hóa, Thể thao và Du
//   lịch, Giáo dục và Đào tạo, Y tế, Thanh tra, Văn phòng UBND (hdnd.dongnai.gov.vn). Provinces
//   reorganised their departments from 01/3/2025, with the ministries; that day is taken here.
// - Nghị quyết 203/2025/QH15 of 16/6/2025 amending the Constitution: two levels of local
//   government; district-level administrative units ended on 01/7/2025 (vietnamnet.vn,
//   nhansu.vn). With them ended the district People's Committees and their offices (phòng).

export interface AgencyRename {
  id: string;
  /** Names as plans write them, head word included; abbreviations are listed as written. */
  names: string[];
  /** First day the agency no longer exists (ISO). */
  ended: string;
  successor: string;
  source: string;
}

const NQ176 = 'Nghị quyết 176/2025/QH15';
const ND45 = 'Nghị định 45/2025/NĐ-CP';
const NQ203 = 'Nghị quyết 203/2025/QH15';

/** Portfolios merged away in 2025, their abbreviations, and where their work went. */
const MERGED_PORTFOLIOS: Array<{ key: string; names: string[]; successor: string; note?: string }> = [
  { key: 'ldtbxh', names: ['Lao động - Thương binh và Xã hội', 'LĐTB&XH', 'LĐTBXH'], successor: 'Nội vụ', note: 'vocational education: Giáo dục và Đào tạo' },
  { key: 'khdt', names: ['Kế hoạch và Đầu tư', 'KH&ĐT', 'KHĐT'], successor: 'Tài chính' },
  { key: 'nnptnt', names: ['Nông nghiệp và Phát triển nông thôn', 'NN&PTNT', 'NNPTNT'], successor: 'Nông nghiệp và Môi trường' },
  { key: 'tnmt', names: ['Tài nguyên và Môi trường', 'TN&MT', 'TNMT'], successor: 'Nông nghiệp và Môi trường' },
  { key: 'tttt', names: ['Thông tin và Truyền thông', 'TT&TT', 'TTTT'], successor: 'Khoa học và Công nghệ', note: 'press and publishing: Văn hóa, Thể thao và Du lịch' },
  { key: 'gtvt', names: ['Giao thông vận tải', 'GTVT'], successor: 'Xây dựng' },
];

function portfolioRenames(head: string, headKey: string, source: string): AgencyRename[] {
  return MERGED_PORTFOLIOS.map((p) => ({
    id: `${headKey}-${p.key}`,
    names: p.names.map((n) => `${head} ${n}`),
    ended: '2025-03-01',
    successor: `${head} ${p.successor}${p.note ? ` (${p.note})` : ''}`,
    source,
  }));
}

export const AGENCY_RENAMES: AgencyRename[] = [
  ...portfolioRenames('Bộ', 'bo', NQ176),
  ...portfolioRenames('Sở', 'so', ND45),
  {
    id: 'ubnd-cap-huyen',
    names: [
      'Ủy ban nhân dân cấp huyện', 'Ủy ban nhân dân các huyện', 'Ủy ban nhân dân huyện', 'Ủy ban nhân dân quận', 'Ủy ban nhân dân thị xã',
      'UBND cấp huyện', 'UBND các huyện', 'UBND huyện', 'UBND quận', 'UBND thị xã',
    ],
    ended: '2025-07-01',
    successor: 'Ủy ban nhân dân cấp xã (or the province)',
    source: NQ203,
  },
  {
    id: 'phong-cap-huyen',
    names: MERGED_PORTFOLIOS.flatMap((p) => p.names.map((n) => `Phòng ${n}`)),
    ended: '2025-07-01',
    successor: 'the commune People\'s Committee or the provincial department',
    source: NQ203,
  },
];
