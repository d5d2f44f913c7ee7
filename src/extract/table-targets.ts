// Targets in indicator tables: "| TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì |" with rows
// "| 8 | Tỉ lệ đóng góp … | % | ≥ 55 | Bộ … |". The value column holds the number and comparator,
// the unit column the unit, and a year comes from a value column's header ("Năm 2030") or a group
// row ("| I | Đến năm 2030 | | |").
import type { Comparator, Target } from '../model.js';
import type { PlanText } from '../parse/plan-text.js';
import { fold } from '../vocab/fold.js';
import { matchIndicator, type IndicatorCatalog } from '../vocab/indicators.js';
import { parseVietnameseNumber } from '../vocab/numbers.js';
import { findYears, planYear } from './target-years.js';
import { rowQuote, tableRows, type Table } from './tables.js';

/** Header words of the column naming the indicator. */
const INDICATOR_HEADER = /^(?:tên )?(?:chỉ tiêu|tiêu chí|nội dung|mục tiêu|chỉ số)/u;
/** Header words of a column holding target values. */
const VALUE_HEADER = /(?:kết quả|giá trị|mục tiêu|chỉ tiêu|kế hoạch|năm\s{1,2}\d{4}|^\d{4}$|đến năm|giai đoạn)/u;
const UNIT_HEADER = /^(?:đơn vị(?: tính)?|đvt)$/u;
const NUMBER = String.raw`(\d{1,3}(?:\.\d{3})+(?:,\d{1,3})?|\d{1,7}(?:,\d{1,3})?)`;
/**
 * "≥ 55", ">= 30", "Trên 80%", "tối thiểu 05", "100%", "0,7": comparator then number; "40 - 50" and
 * "20% - 50%": a range.
 */
const VALUE_CELL = new RegExp(
  `^(≥|>=|≤|<=|>|<|~|trên|dưới|tối thiểu|ít nhất|tối đa|khoảng|không dưới|không quá|đạt)?\\s{0,3}${NUMBER}\\s{0,2}(%)?(?:\\s{0,2}[-–]\\s{0,2}${NUMBER}\\s{0,2}(%)?)?`,
  'u',
);
const COMPARATOR_OF: Record<string, Comparator> = {
  '≥': 'gte', '>=': 'gte', 'tối thiểu': 'gte', 'ít nhất': 'gte', 'không dưới': 'gte',
  '≤': 'lte', '<=': 'lte', 'dưới': 'lte', 'tối đa': 'lte', 'không quá': 'lte',
  '>': 'gt', 'trên': 'gt', '<': 'lt', '~': 'approx', 'khoảng': 'approx', 'đạt': 'eq',
};

export interface TableTargets {
  targets: Target[];
  /** Blocks the table reader handled, so that the sentence reader does not read them again. */
  handledBlocks: Set<number>;
}

export function extractTableTargets(plan: PlanText, catalog: IndicatorCatalog): TableTargets {
  const targets: Target[] = [];
  const handledBlocks = new Set<number>();
  for (const table of tableRows(plan)) {
    const columns = columnsOf(table);
    if (!columns) continue;
    let groupYear: number | null = null;
    // "DỰ BÁO MỘT SỐ CHỈ TIÊU …": a table of forecasts states no commitment.
    const caption = plan.appendixOfBlock[table.rows[0]?.blockIndex ?? -1];
    if (caption && FORECAST.test(caption)) continue;
    for (const row of table.rows) {
      // "| 1 | 2 | 3 | … |": the columns' numbers under a header, not a row of values.
      if (isColumnNumbering(row.cells)) continue;
      const indicator = row.cells[columns.indicator]?.trim() ?? '';
      const values = columns.values.map((v) => ({ ...v, cell: row.cells[v.index]?.trim() ?? '' }));
      if (values.every((v) => !v.cell)) {
        // A group row ("| I | Đến năm 2030 |") sets the year of the rows below it.
        groupYear = findYears(fold(row.cells.join(' '))).pop()?.year ?? groupYear;
        continue;
      }
      handledBlocks.add(row.blockIndex);
      // "≤ 3 Đông Nam Á; ≤ 50 Thế giới": one cell, two targets.
      for (const { cell, year } of values.flatMap((v) => v.cell.split(';').map((part) => ({ cell: part.trim(), year: v.year })))) {
        const m = VALUE_CELL.exec(fold(cell));
        if (!m || !indicator) continue;
        const number = parseVietnameseNumber(m[2]);
        const max = m[4] ? parseVietnameseNumber(m[4]) : null;
        if (number === null) continue;
        const unit = m[3] || m[5] ? '%' : unitOf(row.cells[columns.unit ?? -1]);
        if (!unit) continue;
        // A unit column can name the measure: NQ 03's "Chỉ số phát triển con người (HDI)".
        const entry = matchIndicator(catalog, `${indicator} ${unit}`, unit);
        targets.push({
          indicator,
          indicatorId: entry?.id ?? null,
          value: number,
          valueMax: max,
          unit,
          comparator: max !== null ? 'range' : m[1] ? COMPARATOR_OF[m[1]] : 'eq',
          year: year ?? groupYear ?? appendixYear(plan, row.blockIndex),
          period: null,
          recurrence: null,
          section: row.section,
          line: row.line,
          text: rowQuote(row.cells),
        });
      }
    }
  }
  return { targets, handledBlocks };
}

const FORECAST = /(?:^|\s)dự báo(?!\p{L})/u;

function isColumnNumbering(cells: string[]): boolean {
  const numbers = cells.map((c) => c.trim()).filter(Boolean);
  return numbers.length >= 3 && numbers.every((c, i) => c === String(Number(numbers[0]) + i));
}

/** The year an appendix's caption names ("CÁC CHỈ TIÊU … ĐẾN NĂM 2030"), for a row standing in one. */
function appendixYear(plan: PlanText, blockIndex: number): number | null {
  const caption = plan.appendixOfBlock[blockIndex];
  return caption === null ? null : (planYear(caption)?.year ?? null);
}

interface Columns {
  indicator: number;
  unit: number | null;
  values: Array<{ index: number; year: number | null }>;
}

function columnsOf(table: Table): Columns | null {
  const header = table.header.map((h) => fold(h).trim());
  const indicator = header.findIndex((h) => INDICATOR_HEADER.test(h));
  if (indicator < 0) return null;
  const unitIndex = header.findIndex((h) => UNIT_HEADER.test(h));
  const values = header
    .map((h, index) => ({ h, index }))
    .filter(({ h, index }) => index !== indicator && index !== unitIndex && VALUE_HEADER.test(h) && !/chủ trì|phối hợp|cơ quan|đơn vị thực hiện/u.test(h))
    .map(({ h, index }) => ({ index, year: findYears(h.replace(/^(\d{4})$/u, 'năm $1')).pop()?.year ?? null }));
  return values.length ? { indicator, unit: unitIndex >= 0 ? unitIndex : null, values } : null;
}

/** "%" and "% GDP" are percentages; "Doanh nghiệp" → "doanh nghiệp"; "Thứ bậc" → a rank, "thứ bậc". */
function unitOf(cell: string | undefined): string | null {
  const text = (cell ?? '').trim();
  if (!text) return null;
  if (text.startsWith('%')) return '%';
  return text.toLocaleLowerCase('vi');
}
