// The indicator catalogue: what a target measures, keyed so that plans from different provinces
// line up in `plans compare`. Each entry lists word groups that must all appear in the target's
// wording (any one alternative per group) and words that rule it out. Source: the indicators of
// Chỉ thị 37-CT/TW and Chỉ thị 21-CT/TW as the seed plans word them. Users extend it with
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

/** The entry whose phrases fit the wording best (most matched characters), or null. */
export function matchIndicator(catalog: IndicatorCatalog, wording: string, unit: string): IndicatorEntry | null {
  const text = fold(wording).replace(/\s+/g, ' ');
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
