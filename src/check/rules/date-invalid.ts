// Dates that cannot be: a day the month does not have ("31/6/2025", "ngày 30 tháng 02 năm 2025"),
// and deadlines that fall before the plan's own date (copied from last year's plan).
import type { Deadline } from '../../model.js';
import { isValidDate } from '../../vocab/dates.js';
import { spanInBlock, spanOnLine } from '../locate.js';
import { noOptions, type Finding, type Rule } from '../types.js';

/** "31/6/2025", "30-02-2025", "31/6" after "ngày" (a yearly deadline). Not part of a symbol or a longer number. */
const NUMERIC_DATE = /(?<![\p{L}\d/.-])(\d{1,2})\s?([/.-])\s?(\d{1,2})(?:\2(\d{4}))?(?![\d/.-]?\d)/gu;
/** "ngày 31 tháng 6 năm 2025", "ngày 31 tháng 6". */
const WORDED_DATE = /ngày\s{1,3}(\d{1,2})\s{1,3}tháng\s{1,3}(\d{1,2})(?:\s{1,3}năm\s{1,3}(\d{4}))?/giu;

export const dateInvalid: Rule = {
  meta: {
    id: 'date-invalid',
    description: 'A date that cannot be (31/6), or a deadline before the plan\'s own date.',
    severity: 'error',
    options: noOptions(),
    docs: 'Numeric dates with a year ("31/6/2025") are checked wherever they stand; a day and month alone only after "ngày" ("trước ngày 31/6 hằng năm", judged against a leap year). Deadlines that `plans extract` finds with a year are compared with the plan\'s date; a deadline known only to the month or quarter counts at its last day.',
    examples: {
      bad: [
        'KẾ HOẠCH\n\nI. TỔ CHỨC THỰC HIỆN\n\nBáo cáo kết quả trước ngày 31/6/2025.',
        'Số: 12/KH-UBND\nSơn La, ngày 10 tháng 8 năm 2025\nKẾ HOẠCH\n\nI. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ chủ trì, báo cáo kết quả trước ngày 15/6/2025.',
      ],
      good: ['Số: 12/KH-UBND\nSơn La, ngày 10 tháng 8 năm 2025\nKẾ HOẠCH\n\nI. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ chủ trì, báo cáo kết quả trước ngày 30/6/2026.'],
    },
  },
  check({ extraction }) {
    const { plan, record } = extraction;
    const findings: Finding[] = [];
    for (const block of plan.blocks) {
      for (const m of block.text.matchAll(NUMERIC_DATE)) {
        const [day, month, year] = [Number(m[1]), Number(m[3]), m[4] ? Number(m[4]) : null];
        if (year === null && !/ngày\s{1,3}$/iu.test(block.text.slice(Math.max(0, m.index! - 8), m.index))) continue;
        if (month < 1 || month > 12 || isValidDate(day, month, year ?? 2024)) continue;
        findings.push({ ...spanInBlock(plan, block, m.index!, m[0].length), message: `"${m[0]}" is not a date: ${impossible(day, month)}.` });
      }
      for (const m of block.text.matchAll(WORDED_DATE)) {
        const [day, month, year] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 2024];
        if (isValidDate(day, month, year)) continue;
        findings.push({ ...spanInBlock(plan, block, m.index!, m[0].length), message: `"${m[0]}" is not a date: ${impossible(day, month)}.` });
      }
    }
    const issued = record.document.date;
    if (issued) {
      for (const deadline of record.deadlines) {
        const last = lastDay(deadline);
        if (last && last < issued) findings.push({ ...spanOnLine(plan, deadline.line, deadlineWords(deadline)), message: `The deadline ${deadlineWords(deadline)} falls before the plan's own date (${issued}).` });
      }
    }
    return findings;
  },
};

function impossible(day: number, month: number): string {
  if (month < 1 || month > 12) return `there is no month ${month}`;
  return `month ${month} has no day ${day}`;
}

/** The last day a deadline allows, ISO; null when it has no year (it recurs). */
function lastDay(d: Deadline): string | null {
  if (d.year === null) return null;
  const month = d.month ?? (d.quarter ? d.quarter * 3 : 12);
  const day = d.day ?? new Date(Date.UTC(d.year, month, 0)).getUTCDate();
  return `${d.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** How the text writes the deadline, to find it on its line: "15/6/2025", "12/2025", "2025". */
function deadlineWords(d: Deadline): string {
  if (d.day !== null && d.month !== null) return `${d.day}/${d.month}/${d.year}`;
  if (d.month !== null) return `${d.month}/${d.year}`;
  return String(d.year);
}
