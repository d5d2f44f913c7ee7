// A comparison laid out as text grids (header + rows of cells, each cell with an optional mark),
// the shared middle of the table and markdown renderers. Pure.
import type { Comparison, ComparedColumn } from '../compare/index.js';
import { formatWhen } from '../compare/deadlines.js';
import { formatTargetValue } from '../compare/target-value.js';
import type { TargetCell, TargetRow } from '../compare/targets.js';

/** high/low: the row's extremes; parent: differs from the parent plan; lead: leads; note: says what is missing. */
export type Mark = 'high' | 'low' | 'parent' | 'lead' | 'note';

export interface GridCell {
  text: string;
  mark?: Mark;
}

export interface GridSection {
  title: string;
  head: string[];
  rows: GridCell[][];
  /** Leading columns that name a row (repeated when a wide table is split). */
  keys: number;
  /** Whether rows and columns may be swapped (plans as rows). */
  pivot: boolean;
}

const MARKERS = { high: '▲', low: '▼' } as const;

export function comparisonGrid(comparison: Comparison, options: { transpose: boolean }): GridSection[] {
  const sections = sectionsOf(comparison);
  return options.transpose ? sections.map((s) => (s.pivot ? transpose(s) : s)) : sections;
}

function sectionsOf(c: Comparison): GridSection[] {
  switch (c.view) {
    case 'targets':
      return targetSections(c);
    case 'coverage': {
      const labels = new Map(c.columns.map((col) => [col.id, col.label]));
      const rows: GridCell[][] = c.rows.map((e) =>
        [labels.get(e.child) ?? e.child, labels.get(e.parent) ?? e.parent, e.indicatorId ?? '–', e.year === null ? '–' : String(e.year), formatTargetValue(e.value), e.indicator, String(e.line)].map((text) => ({ text })),
      );
      if (!c.columns.some((col) => col.parent)) rows.push([{ text: '–' }, { text: 'no plan in the set is another’s parent (name one with --parent FILE)', mark: 'note' }, ...Array.from({ length: 5 }, () => ({ text: '' }))]);
      return [{ title: "Parent targets a child does not take up", head: ['plan', 'parent', 'indicator', 'year', 'parent’s target', 'as worded', 'line'], rows, keys: 1, pivot: false }];
    }
    case 'leads':
      return [
        {
          title: 'Leads, coordinators and responsible agencies',
          head: ['agency', ...c.columns.map((col) => labelWith(col, c.rows.some((r) => r.cells[col.id]) ? null : 'no assignments'))],
          rows: c.rows.map((row) => [
            { text: row.agency },
            ...c.columns.map((col): GridCell => {
              const roles = [...new Set((row.cells[col.id] ?? []).map((e) => e.role))];
              return { text: roles.join(', '), mark: roles[0] === 'lead' ? 'lead' : undefined };
            }),
          ]),
          keys: 1,
          pivot: true,
        },
      ];
    case 'deadlines': {
      const labels = new Map(c.columns.map((col) => [col.id, col.label]));
      const rows: GridCell[][] = c.rows.map((d) =>
        [formatWhen(d), d.recurrence ?? '–', labels.get(d.column) ?? d.column, d.action, d.agency ?? '–', d.recipient ?? '–', String(d.line)].map((text) => ({ text })),
      );
      for (const col of c.columns.filter((col) => !c.rows.some((d) => d.column === col.id))) {
        rows.push([{ text: '–' }, { text: '' }, { text: col.label }, { text: 'no deadlines found', mark: 'note' }, { text: '' }, { text: '' }, { text: '' }]);
      }
      return [{ title: 'Reporting calendar', head: ['when', 'recurrence', 'plan', 'action', 'who', 'to whom', 'line'], rows, keys: 1, pivot: false }];
    }
    case 'references': {
      const labels = new Map(c.columns.map((col) => [col.id, col.label]));
      return [
        {
          title: 'Documents implemented and cited',
          head: ['document', 'issuer', ...c.columns.map((col) => labelWith(col, c.rows.some((r) => r.cells[col.id]) ? null : 'no references'))],
          rows: c.rows.map((row) => [
            { text: row.symbol },
            { text: row.issuer ?? '–' },
            ...c.columns.map((col): GridCell => {
              const cell = row.cells[col.id];
              return { text: cell?.relation ?? '', mark: cell?.relation === 'implements' ? 'lead' : undefined };
            }),
          ]),
          keys: 1,
          pivot: true,
        },
        {
          title: 'Chains up to the central documents',
          head: ['plan', 'chain'],
          rows: c.chains.map((chain) => {
            const steps = chain.plans.map((id) => labels.get(id) ?? id);
            if (chain.outside.length) steps.push(`(not in the set: ${chain.outside.join(', ')})`);
            if (chain.central.length) steps.push(chain.central.join(', '));
            return [{ text: labels.get(chain.column) ?? chain.column }, { text: steps.join(' → ') }];
          }),
          keys: 1,
          pivot: false,
        },
      ];
    }
  }
}

function targetSections(c: Extract<Comparison, { view: 'targets' }>): GridSection[] {
  const labels = new Map(c.columns.map((col) => [col.id, col.label]));
  const main: GridSection = {
    title: 'Targets',
    head: ['indicator', 'year', ...c.columns.map((col) => labelWith(col, col.targets ? null : 'no targets')), 'spread'],
    rows: c.rows.map((row) => [
      { text: row.indicatorId },
      { text: row.year === null ? '–' : String(row.year) },
      ...c.columns.map((col) => targetCell(row, col.id, labels)),
      { text: row.spread === null || row.unit === null ? '' : formatSpread(row.spread, row.unit) },
    ]),
    keys: 2,
    pivot: true,
  };
  const sections = [main];
  if (c.rows.length) {
    const names = new Map(c.rows.map((r) => [r.indicatorId, r.indicator]));
    sections.push({ title: 'Indicators', head: ['indicator', 'name'], rows: [...names].map(([id, name]) => [{ text: id }, { text: name }]), keys: 1, pivot: false });
  }
  const aligned = c.rows.filter((r) => r.aligned);
  if (aligned.length) {
    // A row no catalogue entry made: each plan's own wording, so the reader can judge the match.
    sections.push({
      title: 'Aligned by wording (no catalogue entry)',
      head: ['indicator', 'year', 'plan', 'as worded', 'line'],
      rows: aligned.flatMap((row) =>
        c.columns
          .filter((col) => row.cells[col.id])
          .map((col) => [
            { text: row.indicatorId },
            { text: row.year === null ? '–' : String(row.year) },
            { text: labels.get(col.id) ?? col.id },
            { text: row.cells[col.id].wording },
            { text: String(row.cells[col.id].line) },
          ]),
      ),
      keys: 1,
      pivot: false,
    });
  }
  if (c.other.length) {
    sections.push({
      title: 'Other targets (indicator not in the catalogue)',
      head: ['plan', 'year', 'value', 'as worded', 'line'],
      rows: c.other.map(({ column, target, alsoAt }) => [
        { text: labels.get(column) ?? column },
        { text: target.year === null ? '–' : String(target.year) },
        { text: formatTargetValue(target) },
        { text: target.indicator },
        { text: [target.line, ...(alsoAt ?? [])].join(', ') },
      ]),
      keys: 1,
      pivot: false,
    });
  }
  return sections;
}

function targetCell(row: TargetRow, column: string, labels: Map<string, string>): GridCell {
  const cell: TargetCell | undefined = row.cells[column];
  if (!cell) return row.leftOut?.includes(column) ? { text: 'left out', mark: 'note' } : { text: '' };
  // Two values one plan states for one row are a conflict: "75% ≠ 77%".
  let text = [cell, ...(cell.more ?? [])].map(formatTargetValue).join(' ≠ ');
  let mark: Mark | undefined;
  if (row.highest?.includes(column)) [text, mark] = [`${text} ${MARKERS.high}`, 'high'];
  else if (row.lowest?.includes(column)) [text, mark] = [`${text} ${MARKERS.low}`, 'low'];
  if (cell.parent) {
    const how = cell.adoption && cell.adoption !== 'differs' ? `, ${cell.adoption}` : '';
    text = `${text} (${labels.get(cell.parent.column) ?? 'parent'}: ${formatTargetValue(cell.parent)}${how})`;
    mark = 'parent';
  }
  return { text, mark };
}

/** A spread of percentages is in percentage points. */
function formatSpread(spread: number, unit: string): string {
  return formatTargetValue({ value: spread, valueMax: null, comparator: 'eq', unit: unit === '%' ? 'pp' : unit });
}

function labelWith(col: ComparedColumn, missing: string | null): string {
  return missing ? `${col.label} (${missing})` : col.label;
}

/** Plans as rows: each row becomes a column named by its key cells; each plan column becomes a row. */
export function transpose(section: GridSection): GridSection {
  const keyName = (row: GridCell[]) => row.slice(0, section.keys).map((c) => c.text).join(' ');
  const head = ['plan', ...section.rows.map(keyName)];
  const rows = section.head.slice(section.keys).map((label, j) => [{ text: label }, ...section.rows.map((row) => row[section.keys + j])]);
  return { ...section, head, rows, keys: 1, pivot: false };
}
