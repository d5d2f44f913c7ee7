// The terminal rendering of a comparison: cli-table3 tables that fit the given width. A table too
// wide is first wrapped (the widest columns narrowed down to their longest word), then shown with
// plans as rows when that fits, then split into several tables that repeat the row names (in the
// orientation with fewer columns).
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Comparison } from '../compare/index.js';
import { comparisonGrid, transpose, type GridCell, type GridSection, type Mark } from './compare-grid.js';

export interface TableOptions {
  color: boolean;
  /** Terminal width in characters. */
  width: number;
  transpose: boolean;
}

export function renderCompareTable(comparison: Comparison, options: TableOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  for (const section of comparisonGrid(comparison, { transpose: options.transpose })) {
    out.push(chalk.bold(section.title));
    for (const part of fitSection(section, options.width)) out.push(drawTable(part, chalk, options.color));
  }
  return `${out.join('\n')}\n`;
}

interface Part {
  section: GridSection;
  widths: number[];
  /** Whether some column is narrower than its text, so cells wrap. */
  wraps: boolean;
}

/** Each column's width on one line and its narrowest wrapping (longest word), padding included. */
interface Measure {
  natural: number[];
  narrowest: number[];
}

/** Each part is a table whose columns (with borders) add up to at most `width`, where any can. */
function fitSection(section: GridSection, width: number): Part[] {
  const measure = measureColumns(section);
  const all = section.head.map((_, j) => j);
  const widths = columnWidths(measure, all, width);
  if (widths) return [part(section, measure, all, widths)];
  if (!section.pivot) return splitColumns(section, measure, width);
  const swapped = transpose(section);
  const swappedMeasure = measureColumns(swapped);
  const swappedAll = swapped.head.map((_, j) => j);
  const swappedWidths = columnWidths(swappedMeasure, swappedAll, width);
  if (swappedWidths) return [part(swapped, swappedMeasure, swappedAll, swappedWidths)];
  // Split whichever way has fewer columns: many plans become rows, not a hundred narrow tables.
  return swapped.head.length < section.head.length ? splitColumns(swapped, swappedMeasure, width) : splitColumns(section, measure, width);
}

function measureColumns(section: GridSection): Measure {
  const natural: number[] = [];
  const narrowest: number[] = [];
  section.head.forEach((head, j) => {
    let line = 0;
    let word = 0;
    for (const text of [head, ...section.rows.map((r) => r[j]?.text ?? '')]) {
      for (const l of text.split('\n')) line = Math.max(line, textWidth(l));
      for (const w of text.split(/\s+/)) word = Math.max(word, textWidth(w));
    }
    natural.push(line + 2);
    narrowest.push(Math.min(line + 2, Math.max(6, word + 2)));
  });
  return { natural, narrowest };
}

/** Widths for the chosen columns that fit, or null when even the narrowest wrapping does not. */
function columnWidths(measure: Measure, columns: number[], width: number): number[] | null {
  const natural = columns.map((j) => measure.natural[j]);
  const narrowest = columns.map((j) => measure.narrowest[j]);
  const room = width - (columns.length + 1); // one border character between and around columns
  const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0);
  if (sum(natural) <= room) return natural;
  if (sum(narrowest) > room) return null;
  // The largest cap that fits: every column at its natural width or the cap, never below its narrowest.
  let [lo, hi] = [0, Math.max(...natural)];
  while (lo < hi) {
    const cap = Math.ceil((lo + hi) / 2);
    if (sum(natural.map((n, j) => Math.max(narrowest[j], Math.min(n, cap)))) <= room) lo = cap;
    else hi = cap - 1;
  }
  return natural.map((n, j) => Math.max(narrowest[j], Math.min(n, lo)));
}

/** Several tables, each with the key columns and as many further columns as fit. */
function splitColumns(section: GridSection, measure: Measure, width: number): Part[] {
  const keys = Array.from({ length: section.keys }, (_, j) => j);
  const groups: number[][] = [];
  let group: number[] = [];
  for (let j = section.keys; j < section.head.length; j++) {
    if (group.length && !columnWidths(measure, [...keys, ...group, j], width)) {
      groups.push(group);
      group = [];
    }
    group.push(j);
  }
  if (group.length) groups.push(group);
  return groups.map((g) => {
    const columns = [...keys, ...g];
    // A single column wider than the terminal still gets its own table, at its narrowest wrapping.
    const widths = columnWidths(measure, columns, width) ?? columns.map((j) => measure.narrowest[j]);
    const sub: GridSection = { ...section, head: columns.map((j) => section.head[j]), rows: section.rows.map((r) => columns.map((j) => r[j])), pivot: false };
    return { section: sub, widths, wraps: columns.some((j, k) => widths[k] < measure.natural[j]) };
  });
}

function part(section: GridSection, measure: Measure, columns: number[], widths: number[]): Part {
  return { section, widths, wraps: columns.some((j, k) => widths[k] < measure.natural[j]) };
}

// cli-table3's layout time grows with the square of a table's cells (1,000 rows × 17 columns: ~2 s),
// so long tables are drawn in slices of rows and stitched into one.
const ROWS_PER_DRAW = 100;
// A rule line, perhaps in the border's colour: "├───┼───┤", "\u001b[90m├───┼───┤".
// eslint-disable-next-line no-control-regex -- the escape that starts a colour code is what it looks for
const RULE_LINE = /^(?:\u001b\[[\d;]{0,10}m){0,3}├/u;

function drawTable({ section, widths, wraps }: Part, chalk: ChalkInstance, color: boolean): string {
  const style = color ? { head: ['cyan'], border: ['grey'] } : { head: [], border: [] };
  const slices: string[] = [];
  for (let start = 0; start === 0 || start < section.rows.length; start += ROWS_PER_DRAW) {
    const first = start === 0;
    const table = new Table({ head: first ? section.head : [], colWidths: widths, wordWrap: wraps, style });
    for (const row of section.rows.slice(start, start + ROWS_PER_DRAW)) table.push(row.map((cell) => paint(cell, chalk)));
    let lines = table.toString().split('\n');
    // Rows of one line each need no rule between them; the rule under the header stays.
    if (!wraps) lines = lines.filter((line, i) => !RULE_LINE.test(line) || (first && i === 2));
    if (start + ROWS_PER_DRAW < section.rows.length) lines.pop(); // the bottom border, except under the last slice
    if (!first) {
      // The slice's top border: the rows go on from the slice above, with a rule if rows have rules.
      const top = lines.shift() ?? '';
      if (wraps) lines.unshift(ruleLike(top));
    }
    slices.push(lines.join('\n'));
  }
  return slices.join('\n');
}

/** "┌──┬──┐" → "├──┼──┤": the rule between two rows, drawn in the border's colour codes. */
function ruleLike(topBorder: string): string {
  return topBorder.replace(/┌/g, '├').replace(/┬/g, '┼').replace(/┐/g, '┤');
}

const PAINT: Record<Mark, (chalk: ChalkInstance, text: string) => string> = {
  high: (c, t) => c.green(t),
  low: (c, t) => c.yellow(t),
  parent: (c, t) => c.magenta(t),
  lead: (c, t) => c.bold(t),
  note: (c, t) => c.dim(t),
};

function paint(cell: GridCell | undefined, chalk: ChalkInstance): string {
  if (!cell) return '';
  return cell.mark ? PAINT[cell.mark](chalk, cell.text) : cell.text;
}

/** Characters on screen: NFC Vietnamese letters and the marks used here are one column each. */
function textWidth(text: string): number {
  return [...text].length;
}
