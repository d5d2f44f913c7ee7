// Agencies named in plans: abbreviations as clerks write them, the portfolios that departments
// (Sở), ministries (Bộ) and district offices (Phòng) carry, and bodies outside the departments.
// Source: Nghị định 24/2014 and 45/2025/NĐ-CP (provincial departments), Nghị quyết 176/2025/QH15
// (ministries from 2025-03-01), and the abbreviations seen in the seeds and corpus.
import { CATALOGUE, PORTFOLIOS } from './agency-catalogue.js';
import { fold, slug } from './fold.js';

/**
 * Abbreviations of parts of names, applied to whole words only (the longest first). Those of whole
 * bodies ("UBND", "TTXVN") are the catalogue's (agency-catalogue.ts).
 */
export const ABBREVIATIONS: Array<[string, string]> = [
  // Without "Việt Nam": "UBMTTQ tỉnh" is written out as "Ủy ban Mặt trận Tổ quốc tỉnh".
  ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['LĐTB&XH', 'Lao động - Thương binh và Xã hội'],
  ['LĐTBXH', 'Lao động - Thương binh và Xã hội'],
  ['GD&ĐT', 'Giáo dục và Đào tạo'],
  ['GDĐT', 'Giáo dục và Đào tạo'],
  ['KH&ĐT', 'Kế hoạch và Đầu tư'],
  ['KHĐT', 'Kế hoạch và Đầu tư'],
  ['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['NNPTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['NN&MT', 'Nông nghiệp và Môi trường'],
  ['TN&MT', 'Tài nguyên và Môi trường'],
  ['TNMT', 'Tài nguyên và Môi trường'],
  ['TT&TT', 'Thông tin và Truyền thông'],
  ['TTTT', 'Thông tin và Truyền thông'],
  ['KH,CN&MT', 'Khoa học, Công nghệ và Môi trường'],
  ['KH&CN', 'Khoa học và Công nghệ'],
  ['KHCN', 'Khoa học và Công nghệ'],
  ['VHTT&DL', 'Văn hóa, Thể thao và Du lịch'],
  ['VHTTDL', 'Văn hóa, Thể thao và Du lịch'],
  ['DT&TG', 'Dân tộc và Tôn giáo'],
  ['GTVT', 'Giao thông vận tải'],
  ['BHXH', 'Bảo hiểm xã hội'],
  ['LĐLĐ', 'Liên đoàn Lao động'],
  ['PTTH', 'Phát thanh - Truyền hình'],
  ['TNCS', 'Thanh niên Cộng sản'],
  ['VP', 'Văn phòng'],
  ['TP.', 'thành phố'],
  ['TP', 'thành phố'],
  // "Các tỉnh, thành phố trực thuộc TW"
  ['TW', 'Trung ương'],
];

/** These and the catalogue's abbreviations of whole bodies ("TTXVN" → "Thông tấn xã Việt Nam"). */
const FULL_OF = new Map([
  ...CATALOGUE.flatMap((body) => (body.abbreviations ?? []).map((abbr): [string, string] => [abbr, body.name])),
  ...ABBREVIATIONS,
]);
/** Every abbreviation as a whole word, longest first, in one pass. */
const ABBREVIATION = new RegExp(
  `(?<![\\p{L}\\d&])(?:${[...FULL_OF.keys()].sort((a, b) => b.length - a.length).map((abbr) => abbr.replace(/\./g, '\\.')).join('|')})(?![\\p{L}\\d&])`,
  'gu',
);

/** "Sở LĐTB&XH" → "Sở Lao động - Thương binh và Xã hội". */
export function expandAbbreviations(name: string): string {
  return name.replace(ABBREVIATION, (abbr) => FULL_OF.get(abbr) ?? abbr).replace(/\s+/g, ' ').trim();
}


const PORTFOLIO_BY_KEY = [...PORTFOLIOS].sort((a, b) => b.length - a.length).map((p) => [fold(p), p] as const);

/** "Bộ nông nghiệp và môi trường" → "Bộ Nông nghiệp và Môi trường": a portfolio keeps its capitals. */
export function capitalisePortfolios(name: string): string {
  const key = fold(name);
  for (const [folded, proper] of PORTFOLIO_BY_KEY) {
    const at = key.indexOf(folded);
    if (at > 0 && key[at - 1] === ' ') return name.slice(0, at) + proper + name.slice(at + proper.length);
  }
  return name;
}

/** Bodies that are not a department of a portfolio: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh". */
export const BODIES: Array<{ id: string; name: string; match: string[] }> = [
  { id: 'mttq', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam', match: ['ủy ban mặt trận tổ quốc', 'mặt trận tổ quốc'] },
  { id: 'nhcsxh', name: 'Ngân hàng Chính sách xã hội', match: ['ngân hàng chính sách xã hội'] },
  { id: 'doan-thanh-nien', name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', match: ['đoàn thanh niên', 'tỉnh đoàn', 'thành đoàn'] },
  { id: 'hoi-lien-hiep-phu-nu', name: 'Hội Liên hiệp Phụ nữ', match: ['hội liên hiệp phụ nữ', 'ban công tác phụ nữ'] },
  { id: 'hoi-nong-dan', name: 'Hội Nông dân', match: ['hội nông dân', 'ban công tác nông dân'] },
  { id: 'hoi-cuu-chien-binh', name: 'Hội Cựu chiến binh', match: ['hội cựu chiến binh', 'ban công tác cựu chiến binh'] },
  { id: 'lien-doan-lao-dong', name: 'Liên đoàn Lao động', match: ['liên đoàn lao động'] },
  { id: 'dai-phat-thanh-truyen-hinh', name: 'Đài Phát thanh - Truyền hình', match: ['đài phát thanh'] },
  { id: 'bao-hiem-xa-hoi', name: 'Bảo hiểm xã hội', match: ['bảo hiểm xã hội'] },
  { id: 'ban-tuyen-giao-dan-van', name: 'Ban Tuyên giáo và Dân vận', match: ['ban tuyên giáo và dân vận'] },
  { id: 'ban-tuyen-giao', name: 'Ban Tuyên giáo', match: ['ban tuyên giáo'] },
  { id: 'van-phong-ubnd', name: 'Văn phòng Ủy ban nhân dân', match: ['văn phòng ủy ban nhân dân'] },
  { id: 'bo-chi-huy-quan-su', name: 'Bộ Chỉ huy Quân sự', match: ['bộ chỉ huy quân sự'] },
  { id: 'ubnd-cap-xa', name: 'Ủy ban nhân dân các xã, phường', match: ['ủy ban nhân dân các xã', 'ủy ban nhân dân xã', 'ủy ban nhân dân cấp xã'] },
  { id: 'ubnd-cap-huyen', name: 'Ủy ban nhân dân các huyện, thành phố', match: ['ủy ban nhân dân các huyện', 'ủy ban nhân dân huyện', 'ủy ban nhân dân cấp huyện'] },
  { id: 'so-ban-nganh', name: 'Các sở, ban, ngành', match: ['các sở, ban, ngành', 'các sở, ban ngành', 'các sở, ngành'] },
];

const HEADS: Array<[string, string]> = [['sở', 'so'], ['bộ', 'bo'], ['phòng', 'phong']];

/** Catalogue key for an agency name, or null when the catalogue has no entry that fits. */
export function agencyId(name: string): string | null {
  const f = fold(expandAbbreviations(name)).replace(/^(?:đề nghị|giao)\s+/, '');
  for (const [head, key] of HEADS) {
    if (!f.startsWith(`${head} `)) continue;
    const rest = f.slice(head.length + 1);
    // Longest first, so "nông nghiệp và phát triển nông thôn" wins over a shorter prefix.
    const portfolio = PORTFOLIO_BY_KEY.find(([folded]) => rest.startsWith(folded));
    if (portfolio) return `${key}-${slug(portfolio[0])}`;
  }
  const bare = f.replace(/^(?:chi nhánh)\s+/, '');
  for (const body of BODIES) if (body.match.some((m) => bare.startsWith(m) || bare.startsWith(`các ${m}`))) return body.id;
  return null;
}
