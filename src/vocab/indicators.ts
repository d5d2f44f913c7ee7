// The indicator catalogue: what a target measures, keyed so that plans from different provinces
// line up in `plans compare`. Each entry lists word groups that must all appear in the target's
// wording (any one alternative per group) and words that rule it out. Source: the indicators of
// Chỉ thị 37-CT/TW and Chỉ thị 21-CT/TW as the seed plans word them, and of the topics the bundled
// plans of 2025 cover (each with the wording it was taken from). Users extend it with
// `--catalog FILE` (JSON: { "indicators": [IndicatorEntry, …] }).
import { fold } from './fold.js';

export interface IndicatorEntry {
  id: string;
  /** Canonical Vietnamese name, shown in comparisons. */
  name: string;
  /** '%' for rates and shares, 'count' for numbers of people, schools, occupations. */
  unit: '%' | 'count';
  /** Every group must match; a group matches when any of its phrases appears. */
  all: string[][];
  /** Phrases that rule the entry out. */
  none?: string[];
}

export const INDICATORS: IndicatorEntry[] = [
  {
    id: 'certified-labour-rate',
    name: 'Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ',
    unit: '%',
    all: [['lao động'], ['bằng cấp', 'chứng chỉ', 'cấp bằng', 'văn bằng']],
  },
  {
    id: 'trained-labour-rate',
    name: 'Tỷ lệ lao động qua đào tạo',
    unit: '%',
    all: [['lao động qua đào tạo', 'lao động đã qua đào tạo', 'lao động được đào tạo']],
    none: ['bằng cấp', 'chứng chỉ', 'cấp bằng', 'nông nghiệp trong tổng'],
  },
  {
    id: 'agri-labour-share',
    name: 'Tỷ lệ lao động nông nghiệp trong tổng lao động xã hội',
    unit: '%',
    all: [['lao động nông nghiệp', 'lao động trong nông nghiệp', 'lao động làm nông nghiệp', 'lao động trong lĩnh vực nông nghiệp']],
  },
  {
    id: 'vet-entry-share',
    name: 'Tỷ lệ học sinh tốt nghiệp vào giáo dục nghề nghiệp',
    unit: '%',
    all: [['học sinh'], ['tốt nghiệp', 'hoàn thành chương trình'], ['giáo dục nghề nghiệp', 'học nghề', 'đào tạo nghề']],
    none: ['miễn', 'học phí', 'chi phí học tập'],
  },
  {
    id: 'retraining-share',
    name: 'Tỷ lệ lực lượng lao động được đào tạo lại, đào tạo thường xuyên',
    unit: '%',
    all: [['đào tạo lại']],
  },
  {
    id: 'accredited-key-programmes',
    name: 'Tỷ lệ chương trình đào tạo ngành, nghề trọng điểm đạt kiểm định',
    unit: '%',
    all: [['chương trình đào tạo'], ['kiểm định']],
  },
  {
    id: 'rural-trainees-per-year',
    name: 'Số lao động nông thôn học nghề mỗi năm',
    unit: 'count',
    all: [['lao động nông thôn'], ['học nghề', 'đào tạo nghề', 'được đào tạo']],
  },
  {
    id: 'vet-enrolment-total',
    name: 'Tuyển sinh giáo dục nghề nghiệp',
    unit: 'count',
    all: [['tuyển sinh'], ['giáo dục nghề nghiệp', 'học nghề', 'đào tạo nghề']],
  },
  {
    id: 'key-occupations',
    name: 'Số ngành, nghề trọng điểm',
    unit: 'count',
    all: [['nghề trọng điểm']],
  },
  {
    id: 'high-quality-colleges',
    name: 'Số trường cao đẳng chất lượng cao',
    unit: 'count',
    all: [['trường'], ['chất lượng cao']],
  },
  // Digital economy and society (Nghị quyết 57-NQ/TW and the plans that carry it out). Source wording:
  // Chính phủ NQ 03/NQ-CP "Quy mô kinh tế số đạt tối thiểu 30% GDP"; Bắc Ninh KH 144/KH-UBND "Kinh tế
  // số chiếm 45% GRDP tỉnh", "Tỉ lệ giao dịch không dùng tiền mặt", "Tỷ lệ người dân trưởng thành có
  // chữ ký số hoặc chữ ký điện tử cá nhân", "Tỷ lệ người dân có Sổ sức khỏe điện tử", "Kinh phí chi
  // cho nghiên cứu phát triển (R&D)/GRDP"; Đồng Tháp KH 597/KH-UBND "… được cung cấp dịch vụ công
  // trực tuyến toàn trình".
  {
    id: 'digital-economy-share',
    name: 'Tỷ trọng kinh tế số trong GDP/GRDP',
    unit: '%',
    all: [['kinh tế số'], ['grdp', 'gdp', 'tỷ trọng', 'tỉ trọng', 'quy mô']],
    none: ['doanh nghiệp', 'nhân lực', 'lao động'],
  },
  {
    id: 'cashless-payment-share',
    name: 'Tỷ lệ giao dịch không dùng tiền mặt',
    unit: '%',
    all: [['không dùng tiền mặt'], ['giao dịch', 'thanh toán']],
    none: ['gấp', 'trợ cấp', 'người hưởng'],
  },
  {
    id: 'innovating-enterprises-share',
    name: 'Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo',
    unit: '%',
    all: [['doanh nghiệp có hoạt động đổi mới sáng tạo', 'doanh nghiệp có đổi mới sáng tạo']],
  },
  {
    id: 'rd-spending-share',
    name: 'Kinh phí chi cho nghiên cứu phát triển (R&D) trong GDP/GRDP',
    unit: '%',
    all: [['nghiên cứu phát triển', 'nghiên cứu và phát triển', 'r&d'], ['kinh phí', 'chi cho', 'chi ngân sách', 'đầu tư']],
    none: ['từ xã hội', 'tỷ trọng kinh phí'],
  },
  {
    id: 'digital-signature-share',
    name: 'Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử',
    unit: '%',
    all: [['chữ ký số', 'chữ ký điện tử']],
  },
  {
    id: 'e-health-record-share',
    name: 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử',
    unit: '%',
    all: [['sức khỏe điện tử']],
  },
  {
    id: 'online-public-services-share',
    name: 'Tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình',
    unit: '%',
    all: [['dịch vụ công trực tuyến toàn trình'], ['thủ tục', 'cung cấp']],
    // "Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình" counts dossiers, not procedures offered.
    none: ['hồ sơ'],
  },
  // Human development (NQ 57 as Bộ Công Thương's programme restates it, "đóng góp vào chỉ số phát
  // triển con người (HDI) duy trì trên 0,7"; NQ 03's table names it in its unit column).
  {
    id: 'human-development-index',
    name: 'Chỉ số phát triển con người (HDI)',
    unit: 'count',
    all: [['phát triển con người', 'hdi']],
    // HDI's three parts: NQ 71's "Chỉ số giáo dục đóng góp vào chỉ số phát triển con người (HDI) đạt 0,8".
    none: ['chỉ số giáo dục', 'chỉ số sức khỏe', 'chỉ số tuổi thọ', 'chỉ số thu nhập'],
  },
  // Population (Cần Thơ KH 165/KH-UBND "Phấn đấu tổng tỷ suất sinh đạt 2,1 con/phụ nữ").
  {
    id: 'total-fertility-rate',
    name: 'Tổng tỷ suất sinh (con/phụ nữ)',
    unit: 'count',
    all: [['tỷ suất sinh']],
  },
  // Drug prevention (the national target programme; Cần Thơ KH 153 "số xã, phường trên toàn thành phố
  // không có ma túy", Đồng Nai KH 182 "số xã, phường trên toàn tỉnh không ma túy").
  {
    id: 'drug-free-communes-share',
    name: 'Tỷ lệ xã, phường không ma túy',
    unit: '%',
    all: [['xã'], ['không ma túy', 'không có ma túy', 'không ma túy”']],
  },
  // Environment (Lào Cai CTr 104-CTr/TU "Tỷ lệ che phủ rừng toàn tỉnh duy trì ổn định ở mức 60%",
  // "85% chất thải rắn sinh hoạt ở khu vực nông thôn được thu gom, xử lý").
  {
    id: 'forest-cover-rate',
    name: 'Tỷ lệ che phủ rừng',
    unit: '%',
    all: [['che phủ rừng']],
  },
  {
    id: 'rural-solid-waste-collected',
    name: 'Tỷ lệ chất thải rắn sinh hoạt nông thôn được thu gom, xử lý',
    unit: '%',
    all: [['chất thải rắn sinh hoạt'], ['nông thôn'], ['thu gom']],
  },
];

export interface IndicatorCatalog {
  entries: IndicatorEntry[];
  byId: Map<string, IndicatorEntry>;
  /** The entries' phrases folded once, for matching. */
  folded: Array<{ entry: IndicatorEntry; all: string[][]; none: string[] }>;
}

export function buildCatalog(extra: IndicatorEntry[] = []): IndicatorCatalog {
  // User entries come first: a user's narrower wording wins over ours.
  return catalogOf([...extra, ...INDICATORS]);
}

/** A catalogue of exactly these entries. */
export function catalogOf(entries: IndicatorEntry[]): IndicatorCatalog {
  const folded = entries.map((entry) => ({ entry, all: entry.all.map((g) => g.map(fold)), none: (entry.none ?? []).map(fold) }));
  return { entries, byId: new Map(entries.map((e) => [e.id, e])), folded };
}

export const DEFAULT_CATALOG = buildCatalog();

/** A wording as the catalogue's phrases are looked for in it: folded, one space between words. */
export function catalogueText(wording: string): string {
  return fold(wording).replace(/\s+/g, ' ');
}

/** The entry whose phrases fit the wording best (most matched characters), or null. */
export function matchIndicator(catalog: IndicatorCatalog, wording: string, unit: string): IndicatorEntry | null {
  const text = catalogueText(wording);
  const kind = unit === '%' ? '%' : 'count';
  let best: IndicatorEntry | null = null;
  let bestScore = 0;
  for (const { entry, all, none } of catalog.folded) {
    if (entry.unit !== kind) continue;
    if (none.some((p) => text.includes(p))) continue;
    let score = 0;
    let ok = true;
    for (const group of all) {
      const hit = group.filter((p) => text.includes(p)).sort((a, b) => b.length - a.length)[0];
      if (!hit) {
        ok = false;
        break;
      }
      score += hit.length;
    }
    if (ok && score > bestScore) {
      best = entry;
      bestScore = score;
    }
  }
  return best;
}

/** Validate a user catalogue file's content; throws with a reason naming the bad entry. */
export function parseCatalogJson(json: unknown): IndicatorEntry[] {
  const list = (json as { indicators?: unknown })?.indicators;
  if (!Array.isArray(list)) throw new Error('expected { "indicators": [ … ] }');
  return list.map((e, i) => {
    const entry = e as IndicatorEntry;
    const ok =
      typeof entry?.id === 'string' &&
      typeof entry.name === 'string' &&
      (entry.unit === '%' || entry.unit === 'count') &&
      Array.isArray(entry.all) &&
      entry.all.every((g) => Array.isArray(g) && g.every((p) => typeof p === 'string'));
    if (!ok) throw new Error(`indicator ${i + 1}: needs id, name, unit ('%' or 'count') and all: [[phrase, …], …]`);
    return entry;
  });
}
