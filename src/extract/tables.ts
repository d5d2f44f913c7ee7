// Tables as rows of cells, whichever way the converter wrote them: markdown pipe rows
// ("| 1 | Tỷ lệ … | % | 80 |") or one cell per run of lines between lines holding only "|"
// (two or more "|" lines between cells start a new row).
import type { PlanText } from '../parse/plan-text.js';
import { excerpt } from '../text/excerpt.js';

export interface TableRow {
  cells: string[];
  /** Source line where each cell starts. */
  cellLines: number[];
  /** Block holding each cell (all the same for a pipe row). */
  cellBlocks: number[];
  /** Each cell's source lines, where one cell per run of lines kept them ("Sở Tài chính" / "Các sở, ngành"). */
  cellPieces: string[][];
  line: number;
  /** Index of the row's first block, for callers that skip what a table reader handled. */
  blockIndex: number;
  section: string | null;
}

export interface Table {
  header: string[];
  rows: TableRow[];
}

// Three readers (targets, roles, deadlines) ask for the tables of one plan: read them once.
const cache = new WeakMap<PlanText, Table[]>();

export function tableRows(plan: PlanText): Table[] {
  let tables = cache.get(plan);
  if (!tables) {
    tables = readTables(plan);
    cache.set(plan, tables);
  }
  return tables;
}

function readTables(plan: PlanText): Table[] {
  const tables: Table[] = [];
  let rows: TableRow[] = [];
  let lastIndex = -2;
  const flush = () => {
    if (rows.length > 1) tables.push({ header: rows[0].cells, rows: rows.slice(1) });
    rows = [];
  };
  plan.blocks.forEach((block, index) => {
    if (block.kind !== 'row' && block.kind !== 'cell') return;
    if (index !== lastIndex + 1) flush();
    lastIndex = index;
    const section = plan.tree.sectionOfBlock[index];
    const line = block.lines[0];
    if (block.kind === 'row') {
      const cells = block.text.split(' | ');
      rows.push({ cells, cellLines: cells.map(() => line), cellBlocks: cells.map(() => index), cellPieces: cells.map((c) => [c]), line, blockIndex: index, section });
      return;
    }
    const row = rows[rows.length - 1];
    const pipes = block.pipesBefore ?? 1;
    const pieces = block.starts.map((start, k) => block.text.slice(start, block.starts[k + 1]).trim());
    if (!row || pipes >= 2) rows.push({ cells: [block.text], cellLines: [line], cellBlocks: [index], cellPieces: [pieces], line, blockIndex: index, section });
    else if (pipes === 1) {
      row.cells.push(block.text);
      row.cellLines.push(line);
      row.cellBlocks.push(index);
      row.cellPieces.push(pieces);
    } else {
      row.cells[row.cells.length - 1] += ` ${block.text}`;
      const last = row.cellPieces[row.cellPieces.length - 1];
      for (const piece of pieces) last.push(piece);
    }
  });
  flush();
  return tables;
}

/** A row as evidence: its cells joined, cut like any quote when a converter ran a table together. */
export function rowQuote(cells: string[]): string {
  const text = cells.map((c) => c.trim()).join(' | ');
  return excerpt(text, 0, text.length, 0);
}
