// The coverage view: per child plan, the targets its parent sets that it does not take up, read off
// the targets comparison (a row the parent states and the child does not, and the parent's targets
// that no row lines up with any child's). Pure.
import type { PlanColumn } from './columns.js';
import type { TargetValue } from './target-value.js';
import type { TargetComparison } from './targets.js';

export interface CoverageEntry {
  /** The child's column, and its parent's. */
  child: string;
  parent: string;
  /** The row's indicator (catalogue id or aligned-N), or null for a target of the parent no row holds. */
  indicatorId: string | null;
  indicator: string;
  year: number | null;
  value: TargetValue;
  /** The parent's line. */
  line: number;
}

export function targetCoverage(targets: TargetComparison, columns: PlanColumn[], parents: Map<number, number>): CoverageEntry[] {
  const entries: CoverageEntry[] = [];
  for (const [childAt, parentAt] of parents) {
    const [child, parent] = [columns[childAt].id, columns[parentAt].id];
    for (const row of targets.rows) {
      const theirs = row.cells[parent];
      if (!theirs || row.cells[child]) continue;
      entries.push({ child, parent, indicatorId: row.indicatorId, indicator: row.indicator, year: row.year, value: theirs, line: theirs.line });
    }
    for (const { column, target } of targets.other) {
      if (column !== parent) continue;
      const { value, valueMax, comparator, unit } = target;
      entries.push({ child, parent, indicatorId: null, indicator: target.indicator, year: target.year, value: { value, valueMax, comparator, unit }, line: target.line });
    }
  }
  return entries;
}
