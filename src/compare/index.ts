// `plans compare` without the I/O: plan records in, one comparison per view out. Pure.
import type { PlanRecord } from '../model.js';
import { canonicalProvince } from '../vocab/provinces.js';
import { slug } from '../vocab/fold.js';
import type { IndicatorCatalog } from '../vocab/indicators.js';
import { planColumns, type PlanColumn } from './columns.js';
import { targetCoverage, type CoverageEntry } from './coverage.js';
import { deadlineCalendar, type CalendarEntry } from './deadlines.js';
import { compareLeads, type AgencyRow } from './leads.js';
import { parentIndex } from './parents.js';
import { compareReferences, type ReferenceComparison } from './references.js';
import { compareTargets, type TargetComparison, type TargetFilters } from './targets.js';

export type CompareView = 'targets' | 'coverage' | 'leads' | 'deadlines' | 'references';
export const COMPARE_VIEWS: CompareView[] = ['targets', 'coverage', 'leads', 'deadlines', 'references'];

export interface ComparedColumn extends PlanColumn {
  /** The column of the plan this one implements, when the set holds it. */
  parent: string | null;
  targets: number;
}

export type Comparison =
  | ({ view: 'targets'; columns: ComparedColumn[] } & TargetComparison)
  | { view: 'coverage'; columns: ComparedColumn[]; rows: CoverageEntry[] }
  | { view: 'leads'; columns: ComparedColumn[]; rows: AgencyRow[] }
  | { view: 'deadlines'; columns: ComparedColumn[]; rows: CalendarEntry[] }
  | ({ view: 'references'; columns: ComparedColumn[] } & ReferenceComparison);

export interface CompareOptions extends TargetFilters {
  view: CompareView;
  catalog: IndicatorCatalog;
  /** Keep only plans of these provinces: any spelling `canonicalProvince` knows, any case, with or without diacritics. */
  provinces?: string[];
  /** The source path of the plan every other plan is compared to as its child (--parent). */
  parent?: string;
}

export function compare(allRecords: PlanRecord[], options: CompareOptions): Comparison {
  const records = options.provinces ? allRecords.filter(provinceFilter(options.provinces)) : allRecords;
  const plain = planColumns(records);
  const named = options.parent === undefined ? -1 : records.findIndex((r) => r.source.path === options.parent);
  const parents = parentIndex(records, named >= 0 ? named : undefined);
  const columns: ComparedColumn[] = plain.map((c, i) => {
    const parent = parents.get(i);
    return { ...c, parent: parent === undefined ? null : plain[parent].id, targets: records[i].targets.length };
  });
  switch (options.view) {
    case 'targets':
      return { view: 'targets', columns, ...compareTargets(records, plain, parents, options.catalog, options) };
    case 'coverage':
      return { view: 'coverage', columns, rows: targetCoverage(compareTargets(records, plain, parents, options.catalog, options), plain, parents) };
    case 'leads':
      return { view: 'leads', columns, rows: compareLeads(records, plain) };
    case 'deadlines':
      return { view: 'deadlines', columns, rows: deadlineCalendar(records, plain) };
    case 'references':
      return { view: 'references', columns, ...compareReferences(records, plain, parents) };
  }
}

/** "Sơn La", "sơn la", "son la" → "son-la"; "TP. Hồ Chí Minh" → "ho-chi-minh". */
export function provinceKey(name: string): string {
  return slug(canonicalProvince(name.trim()) ?? name.trim());
}

function provinceFilter(names: string[]): (r: PlanRecord) => boolean {
  const wanted = new Set(names.map(provinceKey));
  return (r) => r.issuer.province !== null && wanted.has(provinceKey(r.issuer.province));
}
