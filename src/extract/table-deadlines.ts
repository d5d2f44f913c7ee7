// Deadlines in task tables: "| Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |"
// with time cells such as "Quý I/2026", "Tháng 12/2025", "Năm 2026" or "Trước ngày 30/6/2026".
// A time cell is read here, with its row's task and lead agency; the sentence reader skips it.
import type { Deadline } from '../model.js';
import type { PlanText } from '../parse/plan-text.js';
import { fold } from '../vocab/fold.js';
import { splitAgencies } from './agency-phrase.js';
import { actionOf, findPoints } from './deadlines.js';
import { rowQuote, tableRows } from './tables.js';

/** "Thời gian thực hiện", "Thời hạn hoàn thành", "Tiến độ": the column that holds when. */
const TIME_HEADER = /(?:thời gian|thời hạn|tiến độ|hoàn thành)/u;
const LEAD_HEADER = /chủ trì/u;
const TASK_HEADER = /(?:nhiệm vụ|nội dung|công việc|hoạt động|tên)/u;

export interface TableDeadlines {
  deadlines: Deadline[];
  /** Cells written between "|" lines that hold a time: the sentence reader skips them. */
  timeCellBlocks: Set<number>;
  /** For pipe rows, where the time cell stands in the row's text. */
  timeCellSpans: Map<number, { start: number; end: number }>;
}

export function extractTableDeadlines(plan: PlanText): TableDeadlines {
  const result: TableDeadlines = { deadlines: [], timeCellBlocks: new Set(), timeCellSpans: new Map() };
  for (const table of tableRows(plan)) {
    const header = table.header.map((h) => fold(h));
    const time = header.findIndex((h) => TIME_HEADER.test(h));
    if (time < 0) continue;
    const lead = header.findIndex((h) => LEAD_HEADER.test(h));
    const task = header.findIndex((h, i) => i !== time && TASK_HEADER.test(h));
    for (const row of table.rows) {
      const cell = row.cells[time];
      if (cell === undefined) continue;
      const block = row.cellBlocks[time];
      if (plan.blocks[block].kind === 'row') {
        const start = row.cells.slice(0, time).reduce((n, c) => n + c.length + 3, 0);
        result.timeCellSpans.set(block, { start, end: start + cell.length });
      } else result.timeCellBlocks.add(block);
      const taskText = task >= 0 ? (row.cells[task] ?? '') : '';
      for (const p of findPoints(fold(cell), true)) {
        result.deadlines.push({
          action: actionOf(fold(taskText), fold(taskText)),
          day: p.day,
          month: p.month,
          year: p.year,
          quarter: p.quarter,
          recurrence: p.year !== null ? 'once' : /(?:hằng|hàng|mỗi) năm/u.test(fold(cell)) ? 'annual' : null,
          agency: lead >= 0 ? (splitAgencies(row.cells[lead] ?? '')[0] ?? null) : null,
          recipient: null,
          section: row.section,
          line: row.cellLines[time],
          text: rowQuote(row.cells),
        });
      }
    }
  }
  return result;
}
