// A comparison as one self-contained HTML page (no network, no external file): every section of the
// view as a table, and for targets a bar chart per indicator and year across the plans. Hovering a
// value shows the sentence it was read from and its file:line. A filter box hides the rows that do
// not contain its words (`#filter=words` in the address does the same, for a link to a view), and
// long tables show a page of rows at a time. A table with a column per plan is turned to one line
// per value when the plans are too many to read across, so a page of hundreds of plans stays
// usable. Pure.
import type { Comparison } from '../compare/index.js';
import type { TargetRow } from '../compare/targets.js';
import { formatTargetValue } from '../compare/target-value.js';
import { comparisonGrid, type GridCell, type GridSection } from './compare-grid.js';

const CHART_WIDTH = 320;
const BAR_HEIGHT = 16;
/** The bars' colour; the page test looks for it in the screenshot. */
export const BAR_COLOUR = '#1f6fb2';
/** More plans than this and a table with a column per plan is shown as one line per value. */
export const WIDE_PLANS = 12;
/** Rows of a table shown at a time. */
export const PAGE_ROWS = 100;

export function renderCompareHtml(comparison: Comparison): string {
  const plans = comparison.columns.length;
  const sections = comparisonGrid(comparison, { transpose: false }).map((s): Shown => (s.pivot && plans > WIDE_PLANS ? unpivot(s, plans) : { section: s, origin: null }));
  const charts = comparison.view === 'targets' ? chartsOf(comparison) : '';
  const hover = comparison.view === 'targets' ? hoverOf(comparison) : null;
  return [
    '<!doctype html>',
    '<html lang="vi"><head><meta charset="utf-8">',
    `<title>plans compare — ${escape(comparison.view)}</title>`,
    `<style>${STYLE}</style></head><body>`,
    `<h1>plans compare: ${escape(comparison.view)}</h1>`,
    plansLine(comparison.columns.map((c) => c.label)),
    '<label>Filter rows <input id="filter" type="search" placeholder="words in a row"></label>',
    // The main table, its charts, then the rest (names, aligned wordings, other targets).
    ...sections.slice(0, 1).map(({ section, origin }) => tableOf(section, hover && throughOrigin(hover, origin))),
    charts,
    ...sections.slice(1).map(({ section }) => tableOf(section, null)),
    `<script>${FILTER_SCRIPT}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}

/** The plans compared; a long list folded away behind its count. */
function plansLine(labels: string[]): string {
  const list = labels.map(escape).join(', ');
  const count = `${labels.length} ${labels.length === 1 ? 'plan' : 'plans'}`;
  return labels.length > WIDE_PLANS ? `<details><summary>${count}</summary><p>${list}</p></details>` : `<p>${count}: ${list}</p>`;
}

type Hover = (row: number, column: number) => string | null;
/** Where a cell of a table as shown came from in the table as built; null for a cell of its own. */
type Origin = (row: number, column: number) => [number, number] | null;
interface Shown {
  section: GridSection;
  origin: Origin | null;
}

function throughOrigin(hover: Hover, origin: Origin | null): Hover {
  if (!origin) return hover;
  return (row, column) => {
    const from = origin(row, column);
    return from ? hover(...from) : null;
  };
}

/**
 * A table with a column per plan, as one line per value: the row's keys, the plan, the value, and
 * the trailing columns. The value cell keeps its origin, for its hover text.
 */
function unpivot(section: GridSection, plans: number): Shown {
  const { head, keys } = section;
  const from: Array<[number, number]> = [];
  const rows: GridCell[][] = [];
  section.rows.forEach((row, r) => {
    for (let c = keys; c < keys + plans; c++) {
      if (!row[c]?.text) continue;
      rows.push([...row.slice(0, keys), { text: head[c] }, row[c], ...row.slice(keys + plans)]);
      from.push([r, c]);
    }
  });
  return {
    section: { ...section, head: [...head.slice(0, keys), 'plan', 'value', ...head.slice(keys + plans)], rows, pivot: false },
    origin: (row, column) => (column === keys + 1 ? from[row] : null),
  };
}

function tableOf(section: GridSection, hover: Hover | null): string {
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
function hoverOf(c: Extract<Comparison, { view: 'targets' }>): Hover {
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

// Filter and pages: the rows of each table that contain every word of the filter, PAGE_ROWS at a
// time, with a line saying which and buttons to page. `#filter=words` in the address fills the box.
const FILTER_SCRIPT = `
var PAGE=${PAGE_ROWS};
var input=document.getElementById('filter');
var tables=[].map.call(document.querySelectorAll('table.filterable'),function(table){
  var nav=document.createElement('p');nav.className='pages';table.after(nav);
  return {rows:[].slice.call(table.tBodies[0].rows),nav:nav,page:0};
});
function show(t){
  var words=input.value.toLowerCase().split(/\\s+/).filter(Boolean);
  var hits=t.rows.filter(function(tr){var text=tr.textContent.toLowerCase();return words.every(function(w){return text.indexOf(w)>=0})});
  var pages=Math.max(1,Math.ceil(hits.length/PAGE));t.page=Math.min(t.page,pages-1);
  var from=t.page*PAGE,to=Math.min(hits.length,from+PAGE);
  t.rows.forEach(function(tr){tr.style.display='none'});
  hits.slice(from,to).forEach(function(tr){tr.style.display=''});
  t.nav.textContent=hits.length>PAGE||words.length?'rows '+(hits.length?from+1:0)+'–'+to+' of '+hits.length+(words.length?' matching':'')+' ':'';
  if(hits.length>PAGE){[['previous',-1],['next',1]].forEach(function(b){
    var button=document.createElement('button');button.textContent=b[0];button.disabled=b[1]<0?t.page===0:t.page>=pages-1;
    button.onclick=function(){t.page+=b[1];show(t)};t.nav.appendChild(button);});}
}
function all(){tables.forEach(function(t){t.page=0;show(t)})}
input.addEventListener('input',all);
if(location.hash.indexOf('#filter=')===0)input.value=decodeURIComponent(location.hash.slice(8));
all();
`;
