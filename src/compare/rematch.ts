// Records extracted before the user wrote a `--catalog` still line up with it: a target that had no
// catalogue id is matched again against the user's entries, on its wording (the extractor saw the
// whole clause; the record keeps the wording, which is what the user's phrases describe). Pure.
import type { PlanRecord } from '../model.js';
import { catalogOf, matchIndicator, type IndicatorEntry } from '../vocab/indicators.js';

export function rematchIndicators(record: PlanRecord, entries: IndicatorEntry[]): PlanRecord {
  if (entries.length === 0 || record.targets.every((t) => t.indicatorId !== null)) return record;
  const catalog = catalogOf(entries);
  return {
    ...record,
    targets: record.targets.map((t) => (t.indicatorId !== null ? t : { ...t, indicatorId: matchIndicator(catalog, t.indicator, t.unit)?.id ?? null })),
  };
}
