// The bodies plans assign work to, by their full names as printed (a place may follow: "Sở Y tế
// tỉnh Đắk Lắk", "Công an thành phố"). A name read from a plan is the longest entry it begins with,
// so a name is never cut inside a known body ("Trung tâm Xúc tiến đầu tư", "Ban Chỉ đạo …") and two
// bodies run together by a lost table border are told apart ("Bộ Thông tin và Truyền thông Bộ Khoa
// học và Công nghệ").
// Sources: Nghị quyết 176/2025/QH15 and Nghị định 25/2025/NĐ-CP (the Government's ministries and
// agencies from 1 March 2025); Nghị định 45/2025/NĐ-CP (provincial departments) and 150/2025/NĐ-CP
// (commune offices); Quy định 294-QĐ/TW and the Party's 2025 mergers (Ban Tuyên giáo và Dân vận);
// Luật Mặt trận Tổ quốc Việt Nam 2025 (the Front and the mass organisations under it); the names of
// earlier ministries as plans of 2024–2025 still print them; the subjects of the dev set.
import { fold } from './fold.js';

/** Portfolios a Sở / Bộ / Phòng carries, current and former. */
export const PORTFOLIOS: string[] = [
  'Lao động - Thương binh và Xã hội',
  'Giáo dục và Đào tạo',
  'Nội vụ',
  'Tài chính',
  'Kế hoạch và Đầu tư',
  'Nông nghiệp và Phát triển nông thôn',
  'Nông nghiệp và Môi trường',
  'Tài nguyên và Môi trường',
  'Khoa học và Công nghệ',
  'Thông tin và Truyền thông',
  'Văn hóa, Thể thao và Du lịch',
  'Văn hóa và Thể thao',
  'Văn hóa - Thể thao',
  'Du lịch',
  'Y tế',
  'Xây dựng',
  'Giao thông vận tải',
  'Công Thương',
  'Tư pháp',
  'Ngoại vụ',
  'Dân tộc và Tôn giáo',
  'Dân tộc',
  'Công an',
  'Quốc phòng',
  'Ngoại giao',
  'Thanh tra',
];

export type AgencyLevel = 'central' | 'province' | 'commune' | 'any';
export type AgencyKind = 'state' | 'party' | 'front' | 'press' | 'unit' | 'non-state';

export interface CatalogueBody {
  /** As printed, the place left out: "Đài Truyền hình Việt Nam", "Ủy ban nhân dân". */
  name: string;
  /** Other printed forms of the same body: "Báo và Phát thanh, Truyền hình". */
  also?: string[];
  /** Abbreviations that stand for the whole name: "VTV". */
  abbreviations?: string[];
  level: AgencyLevel;
  kind: AgencyKind;
}

export const CATALOGUE: CatalogueBody[] = [
  // Central bodies of the state.
  { name: 'Quốc hội', level: 'central', kind: 'state' },
  { name: 'Ủy ban Thường vụ Quốc hội', abbreviations: ['UBTVQH'], level: 'central', kind: 'state' },
  { name: 'Chính phủ', level: 'central', kind: 'state' },
  { name: 'Thủ tướng Chính phủ', level: 'central', kind: 'state' },
  { name: 'Văn phòng Chính phủ', level: 'central', kind: 'state' },
  { name: 'Thanh tra Chính phủ', level: 'central', kind: 'state' },
  { name: 'Ngân hàng Nhà nước Việt Nam', level: 'central', kind: 'state' },
  { name: 'Ủy ban Dân tộc', level: 'central', kind: 'state' },
  { name: 'Tòa án nhân dân tối cao', level: 'central', kind: 'state' },
  { name: 'Viện Kiểm sát nhân dân tối cao', level: 'central', kind: 'state' },
  { name: 'Kiểm toán Nhà nước', level: 'central', kind: 'state' },
  { name: 'Bảo hiểm xã hội Việt Nam', level: 'central', kind: 'state' },
  { name: 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam', level: 'central', kind: 'unit' },
  { name: 'Viện Hàn lâm Khoa học xã hội Việt Nam', level: 'central', kind: 'unit' },
  { name: 'Đại học Quốc gia Hà Nội', level: 'central', kind: 'unit' },
  { name: 'Đại học Quốc gia Thành phố Hồ Chí Minh', level: 'central', kind: 'unit' },
  // The national press: "VTV, VOV, TTXVN" in a task table.
  { name: 'Đài Truyền hình Việt Nam', abbreviations: ['VTV'], level: 'central', kind: 'press' },
  { name: 'Đài Tiếng nói Việt Nam', abbreviations: ['VOV'], level: 'central', kind: 'press' },
  { name: 'Thông tấn xã Việt Nam', abbreviations: ['TTXVN'], level: 'central', kind: 'press' },
  // Party organs, central and local.
  { name: 'Bộ Chính trị', level: 'central', kind: 'party' },
  { name: 'Ban Bí thư', level: 'central', kind: 'party' },
  { name: 'Ban Tổ chức Trung ương', level: 'central', kind: 'party' },
  { name: 'Ban Tuyên giáo và Dân vận Trung ương', level: 'central', kind: 'party' },
  { name: 'Ban Tuyên giáo Trung ương', level: 'central', kind: 'party' },
  { name: 'Ban Nội chính Trung ương', level: 'central', kind: 'party' },
  { name: 'Ban Chính sách, chiến lược Trung ương', level: 'central', kind: 'party' },
  { name: 'Ủy ban Kiểm tra Trung ương', level: 'central', kind: 'party' },
  { name: 'Văn phòng Trung ương Đảng', level: 'central', kind: 'party' },
  { name: 'Đảng ủy Chính phủ', level: 'central', kind: 'party' },
  { name: 'Đảng ủy Quốc hội', level: 'central', kind: 'party' },
  { name: 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương', level: 'central', kind: 'party' },
  { name: 'Ban Thường vụ Tỉnh ủy', level: 'province', kind: 'party' },
  { name: 'Ban Thường vụ Thành ủy', level: 'province', kind: 'party' },
  { name: 'Ban Tổ chức Tỉnh ủy', level: 'province', kind: 'party' },
  { name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', level: 'province', kind: 'party' },
  { name: 'Ban Nội chính Tỉnh ủy', level: 'province', kind: 'party' },
  { name: 'Ủy ban Kiểm tra Tỉnh ủy', level: 'province', kind: 'party' },
  { name: 'Văn phòng Tỉnh ủy', level: 'province', kind: 'party' },
  { name: 'Đảng ủy các cơ quan Đảng', level: 'province', kind: 'party' },
  { name: 'Đảng ủy Ủy ban nhân dân', also: ['Đảng ủy UBND'], level: 'province', kind: 'party' },
  { name: 'Đảng ủy Mặt trận Tổ quốc', level: 'province', kind: 'party' },
  // Provincial and commune government.
  { name: 'Ủy ban nhân dân', abbreviations: ['UBND'], level: 'any', kind: 'state' },
  { name: 'Hội đồng nhân dân', abbreviations: ['HĐND'], level: 'any', kind: 'state' },
  { name: 'Văn phòng Ủy ban nhân dân', also: ['Văn phòng UBND'], level: 'province', kind: 'state' },
  { name: 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân', level: 'province', kind: 'state' },
  { name: 'Thanh tra tỉnh', level: 'province', kind: 'state' },
  { name: 'Công an', level: 'any', kind: 'state' },
  { name: 'Bộ Chỉ huy Quân sự', level: 'province', kind: 'state' },
  { name: 'Bộ Chỉ huy Bộ đội Biên phòng', level: 'province', kind: 'state' },
  { name: 'Ban Chỉ huy Bộ đội Biên phòng', level: 'province', kind: 'state' },
  { name: 'Bộ Tư lệnh', level: 'province', kind: 'state' },
  { name: 'Ban Chỉ huy Quân sự', level: 'commune', kind: 'state' },
  { name: 'Hội đồng Thi đua - Khen thưởng', level: 'any', kind: 'state' },
  { name: 'Ban Quản lý các khu công nghiệp', level: 'province', kind: 'unit' },
  { name: 'Ban Quản lý Khu kinh tế', level: 'province', kind: 'unit' },
  { name: 'Kho bạc Nhà nước', level: 'any', kind: 'state' },
  { name: 'Thuế tỉnh', level: 'province', kind: 'state' },
  { name: 'Ngân hàng Chính sách xã hội', abbreviations: ['NHCSXH'], level: 'any', kind: 'state' },
  { name: 'Cổng Thông tin điện tử', level: 'any', kind: 'press' },
  { name: 'Báo và Phát thanh - Truyền hình', also: ['Báo và Phát thanh, Truyền hình'], level: 'province', kind: 'press' },
  { name: 'Đài Phát thanh - Truyền hình', also: ['Đài Phát thanh và Truyền hình'], level: 'province', kind: 'press' },
  { name: 'Trung tâm Phục vụ hành chính công', level: 'any', kind: 'unit' },
  { name: 'Trung tâm Xúc tiến đầu tư', level: 'province', kind: 'unit' },
  { name: 'Trung tâm Chuyển đổi số', level: 'province', kind: 'unit' },
  { name: 'Trạm Y tế', level: 'commune', kind: 'unit' },
  { name: 'Phòng Văn hóa - Xã hội', level: 'commune', kind: 'state' },
  { name: 'Phòng Kinh tế', level: 'commune', kind: 'state' },
  // The Front and the mass organisations.
  { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam', abbreviations: ['UBMTTQVN'], also: ['Ủy ban Mặt trận Tổ quốc', 'UBMTTQ'], level: 'any', kind: 'front' },
  { name: 'Mặt trận Tổ quốc Việt Nam', abbreviations: ['MTTQVN'], also: ['Mặt trận Tổ quốc', 'MTTQ'], level: 'any', kind: 'front' },
  { name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', level: 'any', kind: 'front' },
  { name: 'Hội Liên hiệp Phụ nữ', level: 'any', kind: 'front' },
  { name: 'Hội Nông dân', level: 'any', kind: 'front' },
  { name: 'Hội Cựu chiến binh', level: 'any', kind: 'front' },
  { name: 'Liên đoàn Lao động', level: 'any', kind: 'front' },
  { name: 'Hội Chữ thập đỏ', level: 'any', kind: 'front' },
  { name: 'Hội Người cao tuổi', level: 'any', kind: 'front' },
  { name: 'Liên hiệp các Hội Khoa học và Kỹ thuật', level: 'any', kind: 'front' },
  { name: 'Liên minh Hợp tác xã', level: 'any', kind: 'front' },
  // Groups outside the state that plans give duties to.
  { name: 'Các doanh nghiệp viễn thông', level: 'any', kind: 'non-state' },
  { name: 'Tập đoàn, doanh nghiệp công nghệ số', level: 'any', kind: 'non-state' },
  { name: 'Các tổ chức tín dụng', level: 'any', kind: 'non-state' },
  { name: 'Các chủ đầu tư', level: 'any', kind: 'non-state' },
  { name: 'Các nhà đầu tư', level: 'any', kind: 'non-state' },
  { name: 'Các chủ rừng', level: 'any', kind: 'non-state' },
  // Ministries and departments of every portfolio, current and former (agencies.ts).
  ...PORTFOLIOS.flatMap((p): CatalogueBody[] => [
    { name: `Bộ ${p}`, level: 'central', kind: 'state' },
    { name: `Sở ${p}`, level: 'province', kind: 'state' },
  ]),
];

/** Every printed form, folded, by its first word; longest first within a word. */
const FORMS_BY_FIRST_WORD: Map<string, string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const body of CATALOGUE) {
    for (const form of [body.name, ...(body.also ?? []), ...(body.abbreviations ?? [])]) {
      const folded = fold(form);
      const first = folded.split(' ')[0];
      const forms = map.get(first);
      if (forms) forms.push(folded);
      else map.set(first, [folded]);
    }
  }
  for (const forms of map.values()) forms.sort((a, b) => b.length - a.length);
  return map;
})();

/** Every word of every printed form, folded. */
const NAME_WORDS: Set<string> = new Set([...FORMS_BY_FIRST_WORD.values()].flat().flatMap((form) => form.split(' ')));

/**
 * True when a known body's name runs from the end of `before` into `after`, across a line break or
 * a cell's lines: "Đề nghị Hội Liên hiệp" / "Phụ nữ Thành phố …", "Ban Chỉ huy" / "Bộ đội Biên phòng".
 */
export function nameRunsOn(before: string, after: string): boolean {
  // Cheap first, for every line of a file: the words either side of the break must both occur in
  // some name.
  const last = before.slice(before.lastIndexOf(' ') + 1);
  const next = /^\S*/u.exec(after)![0];
  if (!NAME_WORDS.has(fold(last)) || !NAME_WORDS.has(fold(next))) return false;
  const words = before.slice(-60).split(' ');
  for (let k = 1; k <= Math.min(4, words.length); k++) {
    // Most texts end in no name's first words: look a word up before folding the whole join.
    if (!FORMS_BY_FIRST_WORD.has(fold(words[words.length - k]))) continue;
    const tail = words.slice(-k).join(' ');
    if (catalogueMatch(fold(`${tail} ${after.slice(0, 60)}`)) > tail.length + 1) return true;
  }
  return false;
}

/**
 * The length of the longest catalogue name that `folded` (folded text) begins with, ending at a
 * word's end; 0 when it begins with none. "sở văn hóa, thể thao và du lịch tỉnh …" → 31.
 */
export function catalogueMatch(folded: string): number {
  const first = /^[\p{L}/&]+/u.exec(folded)?.[0];
  const forms = first ? FORMS_BY_FIRST_WORD.get(first) : undefined;
  const form = forms?.find((f) => folded.startsWith(f) && !/[\p{L}\d]/u.test(folded[f.length] ?? ' '));
  return form?.length ?? 0;
}
