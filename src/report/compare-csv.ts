// A comparison as CSV for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads the
// Vietnamese as Windows-1252), CRLF line ends and RFC 4180 quoting, with the delimiter the reader
// asks for (Excel set to a comma decimal wants ";"). Targets come as a tidy table an analyst can sum
// and pivot: one line per plan, indicator and year, the number as a plain number ("58.9"), the
// comparator as a word, the plan's own wording and line; catalogue rows first, then aligned rows,
// then targets no row holds, so the file holds every target. A field a spreadsheet would read as a
// formula ("=…", "+…", "-…", "@…") is prefixed with an apostrophe. Pure.
import type { Comparison } from '../compare/index.js';
import type { TargetValue } from '../compare/target-value.js';
import { comparisonGrid } from './compare-grid.js';

const BOM = '\uFEFF';

export interface CsvOptions {
  transpose: boolean;
  /** One character; "," by default. */
  delimiter?: string;
}

export function renderCompareCsv(comparison: Comparison, options: CsvOptions): string {
  const delimiter = options.delimiter ?? ',';
  const table = comparison.view === 'targets' ? tidyTargets(comparison) : gridTable(comparison, options.transpose);
  return BOM + table.map((row) => row.map((field) => quote(defuse(field), delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}

const HEAD = ['province', 'plan', 'file', 'indicatorId', 'indicator', 'aligned', 'year', 'comparator', 'value', 'valueMax', 'unit', 'line', 'alsoAt', 'wording'];

function tidyTargets(c: Extract<Comparison, { view: 'targets' }>): string[][] {
  const columns = new Map(c.columns.map((col) => [col.id, col]));
  const plan = (id: string) => {
    const col = columns.get(id)!;
    return [col.province ?? col.label, [col.type, col.number].filter(Boolean).join(' '), col.source];
  };
  const value = (t: TargetValue) => [t.comparator, plain(t.value), t.valueMax === null ? '' : plain(t.valueMax), t.unit];
  const lines: string[][] = [HEAD];
  for (const row of c.rows) {
    for (const col of c.columns) {
      const cell = row.cells[col.id];
      if (!cell) continue;
      const year = row.year === null ? '' : String(row.year);
      for (const v of [cell, ...(cell.more ?? [])]) {
        const first = v === cell;
        lines.push([
          ...plan(col.id), row.indicatorId, row.indicator, row.aligned ? 'yes' : '', year, ...value(v),
          first ? String(cell.line) : '', first ? (cell.alsoAt ?? []).join(' ') : '', cell.wording,
        ]);
      }
    }
  }
  for (const { column, target, alsoAt } of c.other) {
    lines.push([...plan(column), '', '', '', target.year === null ? '' : String(target.year), ...value(target), String(target.line), (alsoAt ?? []).join(' '), target.indicator]);
  }
  return lines;
}

/** 58.9, 610000: a number a spreadsheet reads as one, whatever the locale of the plan. */
function plain(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

/** The other views: their first section, as the table shows it. */
function gridTable(c: Comparison, transpose: boolean): string[][] {
  const [section] = comparisonGrid(c, { transpose });
  return [section.head, ...section.rows.map((row) => row.map((cell) => cell?.text ?? ''))];
}

/** "=HYPERLINK(…)", "+84 …", "-Sở …": text a spreadsheet would run as a formula; a plain number stays. */
function defuse(field: string): string {
  return /^[=+\-@\t\r]/.test(field) && !/^[+-]?\d+(?:\.\d+)?$/.test(field) ? `'${field}` : field;
}

function quote(field: string, delimiter: string): string {
  // RFC 4180: a field with a quote, the delimiter or a line break is quoted, its quotes doubled ("a, b").
  return field !== '' && (field.includes('"') || field.includes(delimiter) || /[\r\n]/.test(field)) ? `"${field.replace(/"/g, '""')}"` : field;
}
