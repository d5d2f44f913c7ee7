// A comparison as one self-contained HTML page (no network, no external file): every section of the
// view as a table, and for targets a bar chart per indicator and year across the plans. Hovering a
// value shows the sentence it was read from and its file:line. A filter box hides the rows that do
// not contain its words, so a page of hundreds of plans stays usable. Pure.
import type { Comparison } from '../compare/index.js';
import type { TargetRow } from '../compare/targets.js';
import { formatTargetValue } from '../compare/target-value.js';
import { comparisonGrid, type GridSection } from './compare-grid.js';

const CHART_WIDTH = 320;
const BAR_HEIGHT = 16;
/** The bars' colour; the page test looks for it in the screenshot. */
export const BAR_COLOUR = '#1f6fb2';

export function renderCompareHtml(comparison: Comparison): string {
  const sections = comparisonGrid(comparison, { transpose: false });
  const charts = comparison.view === 'targets' ? chartsOf(comparison) : '';
  return [
    '<!doctype html>',
    '<html lang="vi"><head><meta charset="utf-8">',
    `<title>plans compare — ${escape(comparison.view)}</title>`,
    `<style>${STYLE}</style></head><body>`,
    `<h1>plans compare: ${escape(comparison.view)}</h1>`,
    `<p>${comparison.columns.length} plans: ${comparison.columns.map((c) => escape(c.label)).join(', ')}</p>`,
    '<label>Filter rows <input id="filter" type="search" placeholder="words in a row"></label>',
    // The main table, its charts, then the rest (names, aligned wordings, other targets).
    ...sections.slice(0, 1).map((s) => tableOf(s, comparison)),
    charts,
    ...sections.slice(1).map((s) => tableOf(s, null)),
    `<script>${FILTER_SCRIPT}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}

function tableOf(section: GridSection, main: Comparison | null): string {
  const hover = main?.view === 'targets' ? hoverOf(main) : null;
  const rows = section.rows.map((row, r) => {
    const cells = row.map((cell, c) => {
      const title = hover?.(r, c);
      return `<td${cell?.mark ? ` class="${cell.mark}"` : ''}${title ? ` title="${escape(title)}"` : ''}>${escape(cell?.text ?? '')}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return [
    `<section><h2>${escape(section.title)}</h2>`,
    `<table class="filterable"><thead><tr>${section.head.map((h) => `<th>${escape(h)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody></table></section>`,
  ].join('\n');
}

/** For the targets table: the sentence and file:line behind the cell at (row, column), if any. */
function hoverOf(c: Extract<Comparison, { view: 'targets' }>): (row: number, column: number) => string | null {
  return (row, column) => {
    const plan = c.columns[column - 2];
    const cell = plan ? c.rows[row]?.cells[plan.id] : undefined;
    return cell ? `${cell.text} — ${plan.source}:${[cell.line, ...(cell.alsoAt ?? [])].join(', ')}` : null;
  };
}

/** One bar chart per indicator and year that two or more plans state in one unit. */
function chartsOf(c: Extract<Comparison, { view: 'targets' }>): string {
  const charts = c.rows.filter((r) => r.unit !== null).map((row) => chartOf(row, c.columns));
  return charts.length ? `<section><h2>Charts</h2>\n${charts.join('\n')}</section>` : '';
}

function chartOf(row: TargetRow, columns: Array<{ id: string; label: string; source: string }>): string {
  const bars = columns.filter((col) => row.cells[col.id]).map((col) => ({ col, cell: row.cells[col.id] }));
  const top = Math.max(...bars.map(({ cell }) => cell.valueMax ?? cell.value), 0) || 1;
  const label = 160;
  const height = bars.length * (BAR_HEIGHT + 6) + 8;
  const svgBars = bars.map(({ col, cell }, i) => {
    const y = 4 + i * (BAR_HEIGHT + 6);
    const width = Math.max(1, Math.round(((cell.valueMax ?? cell.value) / top) * (CHART_WIDTH - 80)));
    const tip = `${col.label}: ${formatTargetValue(cell)} — ${cell.text} — ${col.source}:${cell.line}`;
    return [
      `<g><title>${escape(tip)}</title>`,
      `<text x="0" y="${y + BAR_HEIGHT - 4}">${escape(col.label.slice(0, 24))}</text>`,
      `<rect x="${label}" y="${y}" width="${width}" height="${BAR_HEIGHT}" fill="${BAR_COLOUR}"></rect>`,
      `<text x="${label + width + 4}" y="${y + BAR_HEIGHT - 4}">${escape(formatTargetValue(cell))}</text></g>`,
    ].join('');
  });
  const heading = `${row.indicatorId}${row.year === null ? '' : ` · ${row.year}`}: ${row.indicator}`;
  return `<figure class="chart"><figcaption>${escape(heading)}</figcaption><svg role="img" width="${label + CHART_WIDTH}" height="${height}">${svgBars.join('')}</svg></figure>`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const STYLE = [
  'body{font-family:system-ui,sans-serif;margin:1.5rem;color:#1b1b1b}',
  'table{border-collapse:collapse;margin:.5rem 0 1.5rem}',
  'th,td{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top}',
  'th{background:#f2f2f2;position:sticky;top:0}',
  'td.high{font-weight:bold;color:#0a6b2d}td.low{color:#a3261b}td.parent{background:#fff6d6}td.note{color:#666;font-style:italic}',
  'td[title]{cursor:help}',
  'figure.chart{margin:0 0 1rem}figure.chart text{font-size:12px}',
].join('');

const FILTER_SCRIPT = [
  "document.getElementById('filter').addEventListener('input',function(e){",
  'var words=e.target.value.toLowerCase().split(/\\s+/).filter(Boolean);',
  "document.querySelectorAll('table.filterable tbody tr').forEach(function(tr){",
  'var text=tr.textContent.toLowerCase();',
  "tr.style.display=words.every(function(w){return text.indexOf(w)>=0})?'':'none'});});",
].join('');
