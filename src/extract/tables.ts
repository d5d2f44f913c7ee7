// Tables as rows of cells, whichever way the converter wrote them: markdown pipe rows
// ("| 1 | Tỷ lệ … | % | 80 |") or one cell per run of lines between lines holding only "|".
import type { PlanText } from '../parse/plan-text.js';

export interface TableRow {
  cells: string[];
  line: number;
  section: string | null;
}

export interface Table {
  header: string[];
  rows: TableRow[];
}

export function tableRows(plan: PlanText): Table[] {
  const tables: Table[] = [];
  let current: TableRow[] = [];
  let lastIndex = -2;
  const flush = () => {
    if (current.length > 1) tables.push({ header: current[0].cells, rows: current.slice(1) });
    current = [];
  };
  plan.blocks.forEach((block, index) => {
    if (block.kind !== 'row') return;
    if (index !== lastIndex + 1) flush();
    lastIndex = index;
    current.push({ cells: block.text.split(' | '), line: block.lines[0], section: plan.tree.sectionOfBlock[index] });
  });
  flush();
  return tables;
}
