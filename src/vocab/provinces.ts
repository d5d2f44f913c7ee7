import { fold } from './fold.js';

// Province-level units. Source: Nghị quyết 202/2025/QH15 (12/6/2025) on rearranging province-level
// units, in force from 2025-07-01: 34 units (6 centrally-run cities, 28 provinces), and the 63 units
// before it, each mapped to the unit that absorbed it.

export interface Province {
  name: string;
  /** Centrally-run city ("thành phố trực thuộc trung ương"): "thành phố Hà Nội" is province level. */
  city: boolean;
  /** Other spellings: "TP. Hồ Chí Minh", "Huế" for "Thừa Thiên Huế". */
  aliases?: string[];
}

export const PROVINCES_2025: Province[] = [
  { name: 'Hà Nội', city: true },
  { name: 'Huế', city: true, aliases: ['Thừa Thiên Huế'] },
  { name: 'Hải Phòng', city: true },
  { name: 'Đà Nẵng', city: true },
  { name: 'Hồ Chí Minh', city: true, aliases: ['TP. Hồ Chí Minh', 'TP.HCM', 'TPHCM', 'TP HCM'] },
  { name: 'Cần Thơ', city: true },
  ...[
    'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Cao Bằng',
    'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Ninh Bình', 'Quảng Trị',
    'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Đồng Nai', 'Tây Ninh', 'Vĩnh Long',
    'Đồng Tháp', 'Cà Mau', 'An Giang',
  ].map((name) => ({ name, city: false })),
];

/** The 63 units before 2025-07-01 → the unit of PROVINCES_2025 that holds them now. */
export const MERGED_INTO: Record<string, string> = {
  'Hà Giang': 'Tuyên Quang', 'Yên Bái': 'Lào Cai', 'Bắc Kạn': 'Thái Nguyên', 'Vĩnh Phúc': 'Phú Thọ',
  'Hòa Bình': 'Phú Thọ', 'Bắc Giang': 'Bắc Ninh', 'Thái Bình': 'Hưng Yên', 'Hải Dương': 'Hải Phòng',
  'Hà Nam': 'Ninh Bình', 'Nam Định': 'Ninh Bình', 'Quảng Bình': 'Quảng Trị', 'Quảng Nam': 'Đà Nẵng',
  'Kon Tum': 'Quảng Ngãi', 'Bình Định': 'Gia Lai', 'Ninh Thuận': 'Khánh Hòa', 'Đắk Nông': 'Lâm Đồng',
  'Bình Thuận': 'Lâm Đồng', 'Phú Yên': 'Đắk Lắk', 'Bình Dương': 'Hồ Chí Minh', 'Bà Rịa - Vũng Tàu': 'Hồ Chí Minh',
  'Bình Phước': 'Đồng Nai', 'Long An': 'Tây Ninh', 'Sóc Trăng': 'Cần Thơ', 'Hậu Giang': 'Cần Thơ',
  'Bến Tre': 'Vĩnh Long', 'Trà Vinh': 'Vĩnh Long', 'Tiền Giang': 'Đồng Tháp', 'Bạc Liêu': 'Cà Mau',
  'Kiên Giang': 'An Giang',
};

/** The 63 names in use before the merger (the 34 of today less none, plus the 29 absorbed). */
export const PROVINCES_BEFORE_2025: string[] = [
  ...PROVINCES_2025.filter((p) => !['Huế'].includes(p.name)).map((p) => p.name),
  'Thừa Thiên Huế',
  ...Object.keys(MERGED_INTO),
];

/** Every name that denotes a province-level unit, old or new, longest first for matching. */
export const PROVINCE_NAMES: string[] = [
  ...new Set([...PROVINCES_2025.flatMap((p) => [p.name, ...(p.aliases ?? [])]), ...PROVINCES_BEFORE_2025]),
].sort((a, b) => b.length - a.length);

const CITY_NAMES = new Set(PROVINCES_2025.filter((p) => p.city).flatMap((p) => [p.name, ...(p.aliases ?? [])]));

export function isCentralCity(name: string): boolean {
  return CITY_NAMES.has(name);
}

/** "TP. Hồ Chí Minh" → "Hồ Chí Minh"; "Thừa Thiên Huế" → "Huế"; unknown → null. */
export function canonicalProvince(name: string): string | null {
  const lower = name.toLowerCase();
  for (const p of PROVINCES_2025) {
    if ([p.name, ...(p.aliases ?? [])].some((n) => n.toLowerCase() === lower)) return p.name;
  }
  const old = Object.keys(MERGED_INTO).find((n) => n.toLowerCase() === lower);
  return old ?? null;
}

const ALTERNATION = PROVINCE_NAMES.map((n) => n.replace(/\./g, '\\.')).join('|');
/** Any province name as a whole word; one compiled pattern instead of one per name. */
const ANY_PROVINCE = new RegExp(`(?<!\\p{L})(?:${ALTERNATION})(?!\\p{L})`, 'u');
/** "tỉnh Sơn La", "thành phố Hà Nội", "TP. Hồ Chí Minh": a province named as such. */
const NAMED_PROVINCE = new RegExp(`(?:tỉnh|thành phố|Thành phố|TP\\.?)\\s(${ALTERNATION})(?!\\p{L})`, 'gu');
const LOWER_ALTERNATION = PROVINCE_NAMES.map((n) => n.toLocaleLowerCase('vi').replace(/\./g, '\\.')).join('|');
const LOWER_PROVINCE = new RegExp(`(?<!\\p{L})(?:${LOWER_ALTERNATION})(?!\\p{L})`, 'gu');
/** A lower-cased province name right after "tỉnh" or "thành phố", where it cannot be a common noun. */
const LOWER_NAMED_PROVINCE = new RegExp(`(?<=(?:tỉnh|thành phố) )(?:${LOWER_ALTERNATION})(?!\\p{L})`, 'gu');
const CASED = new Map(PROVINCE_NAMES.map((n) => [n.toLocaleLowerCase('vi'), n]));

/** The first province named in a text, canonical ("Thừa Thiên Huế" → "Huế"), or null. */
export function firstProvinceIn(text: string): string | null {
  const m = ANY_PROVINCE.exec(text);
  return m ? (canonicalProvince(m[0]) ?? m[0]) : null;
}

/** How often each province is named as "tỉnh X" / "thành phố X" in the texts. */
export function countNamedProvinces(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const m of text.matchAll(NAMED_PROVINCE)) {
      const name = canonicalProvince(m[1]) ?? m[1];
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return counts;
}

/** Restore the capitals of province names in a lower-cased text: "tỉnh bắc ninh" → "tỉnh Bắc Ninh". */
export function capitaliseProvinces(lower: string): string {
  return lower.replace(LOWER_PROVINCE, (m) => CASED.get(m) ?? m);
}

/**
 * Like capitaliseProvinces, but only names introduced by "tỉnh" / "thành phố": a sentence-cased
 * title may hold "hòa bình" (peace) or "thái bình" as plain words.
 */
export function capitaliseNamedProvinces(lower: string): string {
  // Matched on the folded text so "thanh hoá" is found too; the letters are kept as written.
  let out = '';
  let last = 0;
  for (const m of fold(lower).matchAll(LOWER_NAMED_PROVINCE)) {
    const name = lower.slice(m.index, m.index + m[0].length);
    out += lower.slice(last, m.index) + name.replace(/(?<!\p{L})\p{Ll}/gu, (c) => c.toLocaleUpperCase('vi'));
    last = m.index + m[0].length;
  }
  return out + lower.slice(last);
}
