// The deadlines view: the reporting calendar of the set, in calendar order: deadlines that come
// back every year (no year) first, by month and day; then dated deadlines in date order (a quarter
// stands at its last month, a year alone at its end).
import type { Deadline, PlanRecord } from '../model.js';
import type { PlanColumn } from './columns.js';

export interface CalendarEntry extends Deadline {
  column: string;
}

export function deadlineCalendar(records: PlanRecord[], columns: PlanColumn[]): CalendarEntry[] {
  const entries = records.flatMap((r, i) => r.deadlines.map((d) => ({ ...d, column: columns[i].id, order: i })));
  entries.sort((a, b) => calendarKey(a) - calendarKey(b) || a.order - b.order || a.line - b.line);
  return entries.map(({ order: _order, ...entry }) => entry);
}

function calendarKey(d: Deadline): number {
  const month = d.month ?? (d.quarter ? d.quarter * 3 : 12);
  return (d.year ?? 0) * 13 * 32 + month * 32 + (d.day ?? 31);
}

const QUARTERS = ['I', 'II', 'III', 'IV'];

/** "10/12", "15/6/2026", "quý I/2026", "tháng 12/2025", "năm 2025": when, as a plan writes it. */
export function formatWhen(d: Pick<Deadline, 'day' | 'month' | 'year' | 'quarter'>): string {
  const year = d.year ? `/${d.year}` : '';
  if (d.day && d.month) return `${d.day}/${d.month}${year}`;
  if (d.month) return `tháng ${d.month}${year}`;
  if (d.quarter) return `quý ${QUARTERS[d.quarter - 1] ?? d.quarter}${year}`;
  return d.year ? `năm ${d.year}` : '–';
}
