// The targets view: one row per catalogue indicator and year, one cell per plan; the highest and
// lowest of each row and its spread; a child's cell that differs from its parent's marked with the
// parent's value. Targets the catalogue does not know go to `other`, so nothing is lost.
import type { PlanRecord, Target } from '../model.js';
import type { IndicatorCatalog } from '../vocab/indicators.js';
import type { PlanColumn } from './columns.js';
import { alignTargets } from './align.js';
import { direction, sameValue, type TargetValue } from './target-value.js';

export interface TargetCell extends TargetValue {
  line: number;
  text: string;
  /** The plan's own wording of the measured thing. */
  wording: string;
  /** Further lines where the plan states the same value again (an appendix or a table repeating the body). */
  alsoAt?: number[];
  /** Other values the same plan states for this indicator and year: a conflict, kept visible. */
  more?: TargetValue[];
  /** Set when the plan's parent in the set commits to something else here. */
  parent?: TargetValue & { column: string };
  /** For a child of a plan in the set that states this row: what the child did with the parent's target. */
  adoption?: Adoption;
}

export interface TargetRow {
  indicatorId: string;
  indicator: string;
  /** Made by lining up the plans' wordings, not by a catalogue entry. */
  aligned?: true;
  /** Children whose parent in the set states this row and who state nothing here. */
  leftOut?: string[];
  year: number | null;
  cells: Record<string, TargetCell>;
  /** Column ids of the highest and lowest values; null when the row has fewer than two values to weigh. */
  highest: string[] | null;
  lowest: string[] | null;
  /** Highest minus lowest, in `unit`; null when the cells do not share one unit. */
  spread: number | null;
  unit: string | null;
}

export interface OtherTarget {
  column: string;
  target: Target;
  /** Further lines where the plan states the same thing and value again (an appendix repeating the body). */
  alsoAt?: number[];
}

export interface TargetFilters {
  indicators?: string[];
  year?: number;
}

export interface TargetComparison {
  rows: TargetRow[];
  other: OtherTarget[];
}

export function compareTargets(
  records: PlanRecord[],
  columns: PlanColumn[],
  parents: Map<number, number>,
  catalog: IndicatorCatalog,
  filters: TargetFilters = {},
): TargetComparison {
  const wanted = filters.indicators ? new Set(filters.indicators) : null;
  const rowsByKey = new Map<string, TargetRow>();
  const other: OtherTarget[] = [];
  records.forEach((record, i) => {
    const column = columns[i].id;
    for (const target of record.targets) {
      if (filters.year !== undefined && target.year !== filters.year) continue;
      if (target.indicatorId === null || (wanted && !wanted.has(target.indicatorId))) {
        if (!wanted) other.push({ column, target });
        continue;
      }
      const key = `${target.indicatorId}\u0000${target.year}`;
      let row = rowsByKey.get(key);
      if (!row) {
        const indicator = catalog.byId.get(target.indicatorId)?.name ?? target.indicator;
        row = { indicatorId: target.indicatorId, indicator, year: target.year, cells: {}, highest: null, lowest: null, spread: null, unit: null };
        rowsByKey.set(key, row);
      }
      place(row, column, target);
    }
  });
  const rows = [...rowsByKey.values()].sort(rowOrder(catalog));
  const aligned = alignedRows(other);
  for (const row of aligned.rows) rows.push(row);
  for (const row of rows) {
    markParentDifferences(row, columns, parents);
    weigh(row);
  }
  return { rows, other: other.filter((o) => !aligned.placed.has(o)) };
}

/**
 * Rows for the targets no catalogue entry names, where plans measure the same thing (align.ts):
 * one row per group and year, labelled by the first plan's wording, each cell with its own.
 */
function alignedRows(other: OtherTarget[]): { rows: TargetRow[]; placed: Set<OtherTarget> } {
  const rows: TargetRow[] = [];
  const placed = new Set<OtherTarget>();
  let n = 0;
  for (const group of alignTargets(other)) {
    if (new Set(group.map((g) => g.column)).size < 2) {
      for (const repeat of repeats(group as OtherTarget[])) placed.add(repeat);
      continue;
    }
    const id = `aligned-${++n}`;
    const byYear = new Map<number | null, TargetRow>();
    for (const item of group) {
      const { column, target } = item;
      let row = byYear.get(target.year);
      if (!row) {
        row = { indicatorId: id, indicator: group[0].target.indicator, aligned: true, year: target.year, cells: {}, highest: null, lowest: null, spread: null, unit: null };
        byYear.set(target.year, row);
      }
      place(row, column, target);
      placed.add(item as OtherTarget);
    }
    for (const row of [...byYear.values()].sort((a, b) => (a.year ?? 1e9) - (b.year ?? 1e9))) rows.push(row);
  }
  return { rows, placed };
}

/**
 * One plan's targets that measure one thing: each restatement of an earlier one's value and year is
 * cited on that one (`alsoAt`) and returned, to be dropped from the list.
 */
function repeats(group: OtherTarget[]): OtherTarget[] {
  const kept: OtherTarget[] = [];
  const dropped: OtherTarget[] = [];
  for (const item of group) {
    const first = kept.find((k) => k.target.year === item.target.year && sameValue(valueOf(k.target), item.target));
    if (!first) kept.push(item);
    else {
      (first.alsoAt ??= []).push(item.target.line);
      dropped.push(item);
    }
  }
  return dropped;
}

/** One cell per plan per row: a repeat of the same value cites its line, another value is a conflict. */
function place(row: TargetRow, column: string, target: Target): void {
  const cell = row.cells[column];
  if (!cell) row.cells[column] = { ...valueOf(target), line: target.line, text: target.text, wording: target.indicator };
  else if (sameValue(cell, target)) (cell.alsoAt ??= []).push(target.line);
  else if (!cell.more?.some((m) => sameValue(m, target))) (cell.more ??= []).push(valueOf(target));
}

function valueOf(t: Target): TargetValue {
  return { value: t.value, valueMax: t.valueMax, comparator: t.comparator, unit: t.unit };
}

/** Catalogue order, then year (a target without a year last). */
function rowOrder(catalog: IndicatorCatalog): (a: TargetRow, b: TargetRow) => number {
  const rank = new Map(catalog.entries.map((e, i) => [e.id, i]));
  const r = (id: string) => rank.get(id) ?? catalog.entries.length;
  return (a, b) => r(a.indicatorId) - r(b.indicatorId) || a.indicatorId.localeCompare(b.indicatorId) || (a.year ?? 1e9) - (b.year ?? 1e9);
}

/**
 * What a child did with its parent's target: the same value, a more ambitious one ("raises": higher,
 * or lower for a target that must fall), a less ambitious one, or one that cannot be weighed
 * against it (another unit, or a rise against a fall).
 */
export type Adoption = 'adopts' | 'raises' | 'lowers' | 'differs';

function markParentDifferences(row: TargetRow, columns: PlanColumn[], parents: Map<number, number>): void {
  for (const [child, parent] of parents) {
    const mine = row.cells[columns[child].id];
    const theirs = row.cells[columns[parent].id];
    if (!theirs) continue;
    if (!mine) {
      (row.leftOut ??= []).push(columns[child].id);
      continue;
    }
    mine.adoption = adoptionOf(mine, theirs);
    if (!sameValue(mine, theirs)) {
      mine.parent = { column: columns[parent].id, value: theirs.value, valueMax: theirs.valueMax, comparator: theirs.comparator, unit: theirs.unit };
    }
  }
}

function adoptionOf(mine: TargetValue, theirs: TargetValue): Adoption {
  if (sameValue(mine, theirs)) return 'adopts';
  const falls = direction(mine.comparator) < 0;
  if (mine.unit !== theirs.unit || falls !== direction(theirs.comparator) < 0) return 'differs';
  const [a, b] = [mine.valueMax ?? mine.value, theirs.valueMax ?? theirs.value];
  if (a === b) return 'adopts';
  return (a > b) !== falls ? 'raises' : 'lowers';
}

/** Highest, lowest and spread over each plan's first target, when two or more plans share a unit. */
function weigh(row: TargetRow): void {
  const entries = Object.entries(row.cells);
  const units = new Set(entries.map(([, c]) => c.unit));
  if (units.size !== 1 || entries.length < 2) return;
  row.unit = entries[0][1].unit;
  const high = (c: TargetCell) => c.valueMax ?? c.value;
  const max = Math.max(...entries.map(([, c]) => high(c)));
  const min = Math.min(...entries.map(([, c]) => c.value));
  row.spread = Math.round((max - min) * 100) / 100;
  if (max === min) return;
  row.highest = entries.filter(([, c]) => high(c) === max).map(([id]) => id);
  row.lowest = entries.filter(([, c]) => c.value === min).map(([id]) => id);
}
