// A comparison as CSV for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads the
// Vietnamese as Windows-1252), CRLF line ends and RFC 4180 quoting. For targets: one row per
// indicator and year, one column per plan, then highest, lowest and spread; targets outside the
// catalogue follow as rows of their own wording, so the file holds every target. Pure.
import type { Comparison } from '../compare/index.js';
import { formatTargetValue, formatNumber } from '../compare/target-value.js';
import { comparisonGrid } from './compare-grid.js';

const BOM = '\uFEFF';

export function renderCompareCsv(comparison: Comparison, options: { transpose: boolean }): string {
  const table =
    comparison.view === 'targets'
      ? (options.transpose ? swapRowsAndColumns : (t: string[][]) => t)(targetTable(comparison))
      : gridTable(comparison, options.transpose);
  return BOM + table.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

function targetTable(c: Extract<Comparison, { view: 'targets' }>): string[][] {
  const labels = new Map(c.columns.map((col) => [col.id, col.label]));
  const names = (ids: string[] | null) => (ids ?? []).map((id) => labels.get(id) ?? id).join('; ');
  const head = ['indicatorId', 'indicator', 'year', ...c.columns.map((col) => col.label), 'highest', 'lowest', 'spread', 'unit'];
  const rows = c.rows.map((row) => [
    row.indicatorId,
    row.indicator,
    row.year === null ? '' : String(row.year),
    ...c.columns.map((col) => {
      const cell = row.cells[col.id];
      return cell ? [cell, ...(cell.more ?? [])].map(formatTargetValue).join(' ≠ ') : '';
    }),
    names(row.highest),
    names(row.lowest),
    row.spread === null ? '' : formatNumber(row.spread),
    row.unit ?? '',
  ]);
  const other = c.other.map(({ column, target }) => [
    '',
    target.indicator,
    target.year === null ? '' : String(target.year),
    ...c.columns.map((col) => (col.id === column ? formatTargetValue(target) : '')),
    '',
    '',
    '',
    target.unit,
  ]);
  return [head, ...rows, ...other];
}

/** The other views: their first section, as the table shows it. */
function gridTable(c: Comparison, transpose: boolean): string[][] {
  const [section] = comparisonGrid(c, { transpose });
  return [section.head, ...section.rows.map((row) => row.map((cell) => cell?.text ?? ''))];
}

function swapRowsAndColumns(table: string[][]): string[][] {
  return table[0].map((_, j) => table.map((row) => row[j]));
}

function quote(field: string): string {
  // RFC 4180: a field with a quote, comma or line break is quoted, its quotes doubled ("a, b").
  return field !== '' && /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
