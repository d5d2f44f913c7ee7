// The terminal rendering of a comparison: cli-table3 tables that fit the given width. A table too
// wide is first wrapped (the widest columns narrowed down to their longest word), then shown with
// plans as rows when that fits, then split into several tables that repeat the row names.
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
    for (const part of fitSection(section, options.width)) out.push(drawTable(part.section, part.widths, chalk, options.color));
  }
  return `${out.join('\n')}\n`;
}

interface Part {
  section: GridSection;
  widths: number[];
}

/** Each part is a table whose columns (with borders) add up to at most `width`, where any can. */
export function fitSection(section: GridSection, width: number): Part[] {
  const widths = columnWidths(section, width);
  if (widths) return [{ section, widths }];
  if (section.pivot) {
    const swapped = transpose(section);
    const swappedWidths = columnWidths(swapped, width);
    if (swappedWidths) return [{ section: swapped, widths: swappedWidths }];
  }
  return splitColumns(section, width);
}

/** Column widths (padding included) that fit, or null when even the narrowest wrapping does not. */
function columnWidths(section: GridSection, width: number): number[] | null {
  const columns = section.head.map((_, j) => [section.head[j], ...section.rows.map((r) => r[j]?.text ?? '')]);
  const natural = columns.map((texts) => Math.max(...texts.flatMap((t) => t.split('\n')).map(textWidth)) + 2);
  const narrowest = columns.map((texts, j) => Math.min(natural[j], Math.max(6, longestWord(texts) + 2)));
  const room = width - (section.head.length + 1); // one border character between and around columns
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
function splitColumns(section: GridSection, width: number): Part[] {
  const keys = Array.from({ length: section.keys }, (_, j) => j);
  const parts: GridSection[] = [];
  let group: number[] = [];
  const partOf = (cols: number[]): GridSection => ({
    ...section,
    head: cols.map((j) => section.head[j]),
    rows: section.rows.map((r) => cols.map((j) => r[j])),
    pivot: false,
  });
  for (let j = section.keys; j < section.head.length; j++) {
    const trial = partOf([...keys, ...group, j]);
    if (group.length && !columnWidths(trial, width)) {
      parts.push(partOf([...keys, ...group]));
      group = [];
    }
    group.push(j);
  }
  if (group.length) parts.push(partOf([...keys, ...group]));
  // A single column wider than the terminal still gets its own table, at its narrowest wrapping.
  return parts.map((s) => ({ section: s, widths: columnWidths(s, width) ?? columnWidths(s, Number.MAX_SAFE_INTEGER)! }));
}

function drawTable(section: GridSection, widths: number[], chalk: ChalkInstance, color: boolean): string {
  const table = new Table({
    head: section.head,
    colWidths: widths,
    wordWrap: true,
    style: color ? { head: ['cyan'], border: ['grey'] } : { head: [], border: [] },
  });
  for (const row of section.rows) table.push(row.map((cell) => paint(cell, chalk)));
  return table.toString();
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

function longestWord(texts: string[]): number {
  return Math.max(0, ...texts.flatMap((t) => t.split(/\s+/)).map(textWidth));
}
