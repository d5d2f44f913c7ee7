// Deadlines: calendar points by which something is due ("trước ngày 10/12 hằng năm", "định kỳ
// 6 tháng trước ngày 15/6", "trong tháng 12/2025", "Quý I/2026", "Hoàn thành trong năm 2025").
// Not deadlines: target years ("đến năm 2030"), durations ("sơ kết 05 năm"), "định kỳ" alone.
import type { Deadline, Recurrence } from '../model.js';
import type { PlanText } from '../parse/plan-text.js';
import { blockLine } from '../text/blocks.js';
import { excerpt } from '../text/excerpt.js';
import { isValidDate } from '../vocab/dates.js';
import { fold } from '../vocab/fold.js';
import { splitAgencies, startsWithAgency } from './agency-phrase.js';
import { extractTableDeadlines } from './table-deadlines.js';
import { sentenceSpans } from './targets.js';

export interface Point {
  index: number;
  length: number;
  day: number | null;
  month: number | null;
  year: number | null;
  quarter: number | null;
}

// All patterns run on folded (lower-case) text; each is bounded.
const BEFORE_DAY = /(?:trước|chậm nhất(?: là)?|hạn chót|không muộn hơn|trước hoặc vào)\s{1,2}(?:ngày\s{1,2})?(\d{1,2})\s{0,2}(?:\/|-|\s{1,2}tháng\s{1,2})\s{0,2}(\d{1,2})(?:\s{0,2}(?:\/|-|\s{1,2}năm\s{1,2})\s{0,2}(\d{4}))?(?![\d/])/gu;
/** "trước ngày 20 hằng tháng": a day of every month. */
const DAY_OF_MONTH = /(?:trước|chậm nhất(?: là)?|hạn chót|không muộn hơn)\s{1,2}(?:ngày\s{1,2})?(\d{1,2})\s{1,2}(?:hằng|hàng|mỗi)\s{1,2}tháng/gu;
/**
 * "trong tháng 12/2025", "đến tháng 4/2026" (the end of "từ tháng 11/2025 đến tháng 4/2026"), and
 * a month given as a time field: "Thời gian hoàn thành: Dự kiến tháng 11/2025".
 */
const IN_MONTH = /(?:trong|trước|hết|cuối|vào|đầu|xong trong|hoàn thành trong|chậm nhất trong|(?<!tính\s{1,2})đến|thời gian(?:\s{1,2}(?:thực hiện|hoàn thành))?\s{0,2}:(?:\s{0,2}(?:dự kiến|ngày))?)\s{1,2}tháng\s{1,2}(\d{1,2})(?:\s{0,2}\/\s{0,2}|\s{1,2}năm\s{1,2})(\d{4})/gu;
/** "quý I/2026", "Quý III, IV/2026", "quý 2 năm 2026". */
const QUARTER = /quý\s{1,2}((?:iv|iii|ii|i|[1-4])(?:\s{0,2}(?:,|và)\s{0,2}(?:iv|iii|ii|i|[1-4])){0,3})(?:\s{0,2}\/\s{0,2}|\s{1,2}năm\s{1,2})(\d{4})/gu;
const DONE_IN_YEAR = /(?:hoàn thành|xong|ban hành|trình|thực hiện)(?:\s{1,2}\p{L}{1,8}){0,4}\s{1,2}(?:trong|trước)\s{1,2}năm\s{1,2}(\d{4})/gu;
/** "Hết năm 2026 hoàn thành …", "…. Năm 2027 hoàn thành …" (not "đến hết năm 2030", a target year). */
const YEAR_END_DONE = /(?:(?<!đến\s)(?:hết|cuối)\s{1,2}|(?<=(?:^|[.;:])\s{0,2}))năm\s{1,2}(\d{4})(?=,?\s{1,2}(?:\p{L}{1,8}\s{1,2}){0,3}(?:hoàn thành|xong))/gu;
/** "Thời gian thực hiện: năm 2026" / "Thời gian hoàn thành: 2026". */
const TIME_FIELD_YEAR = /thời gian(?:\s{1,2}(?:thực hiện|hoàn thành))?\s{0,2}:\s{0,2}(?:năm\s{1,2})?(\d{4})(?!\s{0,2}[-–]\s{0,2}\d)/gu;

const RECURRENCE: Array<[RegExp, Recurrence]> = [
  [/(?:6 tháng|06 tháng|sáu tháng|bán niên)/u, 'semiannual'],
  [/(?:hằng quý|hàng quý|mỗi quý|định kỳ quý|báo cáo quý)/u, 'quarterly'],
  [/(?:hằng tháng|hàng tháng|mỗi tháng|báo cáo tháng)/u, 'monthly'],
  [/(?:hằng năm|hàng năm|mỗi năm|cả năm|báo cáo năm|năm \d{4} và các năm tiếp theo)/u, 'annual'],
];
const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

export function extractDeadlines(plan: PlanText, agencyOfBlock: Map<number, string>): Deadline[] {
  const fromTables = extractTableDeadlines(plan);
  const out: Deadline[] = [...fromTables.deadlines];
  plan.blocks.forEach((block, index) => {
    if (index < plan.bodyStart || block.kind === 'footnote' || fromTables.timeCellBlocks.has(index) || !/\d/.test(block.text)) return;
    const folded = block.folded;
    const timeCell = fromTables.timeCellSpans.get(index);
    const points = findPoints(folded).filter((p) => !timeCell || p.index < timeCell.start || p.index >= timeCell.end);
    if (!points.length) return;
    const sentences = sentenceSpans(block.text);
    let previousEnd = 0;
    let previousRecurrence: Recurrence | null = null;
    let previousSentence = -1;
    // Points and sentences are both in text order, so one cursor finds each point's sentence; and
    // what depends on the sentence alone is worked out once per sentence, not once per point (a
    // hard-wrapped text with no full stop is one sentence holding thousands of dates).
    let s = 0;
    let sentenceText = '';
    let foldedSentence = '';
    let recipient: string | null = null;
    for (const p of points) {
      while (s + 1 < sentences.length && p.index >= sentences[s].end) s++;
      const sentence = sentences[s];
      if (s !== previousSentence) {
        previousEnd = sentence.start;
        previousRecurrence = null;
        previousSentence = s;
        sentenceText = block.text.slice(sentence.start, sentence.end);
        foldedSentence = fold(sentenceText);
        recipient = recipientIn(sentenceText);
      }
      const between = folded.slice(previousEnd, p.index);
      const after = folded.slice(p.index + p.length, Math.min(sentence.end, p.index + p.length + 25));
      const recurrence: Recurrence | null =
        p.year !== null
          ? 'once'
          : (recurrenceIn(folded.slice(p.index, p.index + p.length)) ?? recurrenceIn(between) ?? recurrenceIn(after.split(/[,;]/u)[0]) ?? previousRecurrence);
      out.push({
        action: actionOf(foldedSentence, folded.slice(sentence.start, p.index)),
        day: p.day,
        month: p.month,
        year: p.year,
        quarter: p.quarter,
        recurrence,
        agency: agencyOfBlock.get(index) ?? null,
        recipient,
        section: plan.tree.sectionOfBlock[index],
        line: blockLine(block, p.index),
        text: excerpt(block.text, sentence.start, sentence.end, p.index),
      });
      previousEnd = p.index + p.length;
      previousRecurrence = recurrence === 'once' ? previousRecurrence : recurrence;
    }
  });
  return out.sort((a, b) => a.line - b.line);
}

/**
 * The calendar points in a folded text. `bare` also reads a time written alone, as in a table's
 * "Thời gian" column: "Tháng 12/2025", "Năm 2026", "30/6/2026".
 */
export function findPoints(folded: string, bare = false): Point[] {
  const points: Point[] = [];
  // Offsets already inside a point, marked as points are added: a scan of all points per match
  // was quadratic in a block holding thousands of dates.
  const covered = new Uint8Array(folded.length);
  const taken = (i: number) => covered[i] === 1;
  const add = (p: Point) => {
    points.push(p);
    covered.fill(1, p.index, p.index + p.length);
  };
  if (bare) for (const p of barePoints(folded.trim())) add(p);
  const byDay = /trước|chậm nhất|hạn chót|không muộn/u.test(folded);
  for (const m of byDay ? folded.matchAll(BEFORE_DAY) : []) {
    const [day, month] = [Number(m[1]), Number(m[2])];
    const year = m[3] ? Number(m[3]) : null;
    if (!isValidDate(day, month, year ?? 2024)) continue;
    add({ index: m.index!, length: m[0].length, day, month, year, quarter: null });
  }
  for (const m of byDay ? folded.matchAll(DAY_OF_MONTH) : []) {
    const day = Number(m[1]);
    if (day >= 1 && day <= 31) add({ index: m.index!, length: m[0].length, day, month: null, year: null, quarter: null });
  }
  for (const m of folded.matchAll(IN_MONTH)) {
    const month = Number(m[1]);
    if (month < 1 || month > 12 || taken(m.index!)) continue;
    add({ index: m.index!, length: m[0].length, day: null, month, year: Number(m[2]), quarter: null });
  }
  for (const m of folded.includes('quý') ? folded.matchAll(QUARTER) : []) {
    if (taken(m.index!)) continue;
    for (const q of m[1].split(/\s{0,2}(?:,|và)\s{0,2}/u)) {
      const quarter = ROMAN_QUARTER[q] ?? Number(q);
      add({ index: m.index!, length: m[0].length, day: null, month: null, year: Number(m[2]), quarter });
    }
  }
  for (const re of [DONE_IN_YEAR, YEAR_END_DONE, TIME_FIELD_YEAR]) {
    for (const m of folded.matchAll(re)) {
      const at = m.index! + m[0].lastIndexOf(m[1]);
      if (taken(at)) continue;
      add({ index: at, length: m[1].length, day: null, month: null, year: Number(m[1]), quarter: null });
    }
  }
  return points.sort((a, b) => a.index - b.index);
}

/** "tháng 12/2025", "tháng 12 năm 2025", "năm 2026", "2026", "30/6/2026": a whole cell. */
// "Tháng 12/2025", "tháng 5 năm 2026", or in a time column the month alone: "6/2025", "06/2025".
const BARE_MONTH = /^(?:trong\s{1,2})?(?:tháng\s{1,2}(\d{1,2})\s{1,2}năm\s{1,2}|(?:tháng\s{1,2})?(\d{1,2})\s{0,2}\/\s{0,2})(\d{4})$/u;
const BARE_YEAR = /^(?:trong\s{1,2})?(?:năm\s{1,2})?(\d{4})$/u;
const BARE_DAY = /^(?:ngày\s{1,2})?(\d{1,2})\s{0,2}\/\s{0,2}(\d{1,2})\s{0,2}\/\s{0,2}(\d{4})$/u;

function barePoints(cell: string): Point[] {
  const at = { index: 0, length: cell.length, quarter: null };
  const month = BARE_MONTH.exec(cell);
  const monthNumber = Number(month?.[1] ?? month?.[2]);
  if (month && monthNumber >= 1 && monthNumber <= 12) return [{ ...at, day: null, month: monthNumber, year: Number(month[3]) }];
  const year = BARE_YEAR.exec(cell);
  if (year) return [{ ...at, day: null, month: null, year: Number(year[1]) }];
  const day = BARE_DAY.exec(cell);
  if (day && isValidDate(Number(day[1]), Number(day[2]), Number(day[3]))) return [{ ...at, day: Number(day[1]), month: Number(day[2]), year: Number(day[3]) }];
  return [];
}

function recurrenceIn(text: string): Recurrence | null {
  let best: { at: number; r: Recurrence } | null = null;
  for (const [re, r] of RECURRENCE) {
    const m = re.exec(text);
    if (m && (!best || m.index > best.at)) best = { at: m.index, r };
  }
  return best?.r ?? null;
}

export function actionOf(sentence: string, before: string): Deadline['action'] {
  const near = before.slice(-120);
  if (/báo cáo|gửi (?:kết quả|về)|tổng hợp/u.test(near)) return 'report';
  if (/sơ kết|tổng kết|đánh giá/u.test(near)) return 'review';
  if (/(?:xây dựng|ban hành|phê duyệt) (?:kế hoạch|chương trình|đề án)/u.test(near)) return 'plan';
  if (/hoàn thành|xong|hoàn thiện/u.test(near)) return 'complete';
  // "Năm 2027 hoàn thành …": the verb after the date.
  return /báo cáo/u.test(sentence) ? 'report' : /hoàn thành|xong/u.test(sentence) ? 'complete' : 'other';
}

/** "báo cáo UBND tỉnh (qua Sở …)", "báo cáo kết quả về phòng Lao động …", "gửi Sở Tài chính". */
const REPORT_TO = /(?:báo cáo|gửi)(?:\s{1,2}(?:kết quả|tình hình)(?:\s{1,2}[\p{Ll}-]{1,12}){0,6})?(?:\s{1,2}về)?\s{1,2}(?=\p{Lu}|sở\s|phòng\s)/u;

function recipientIn(sentence: string): string | null {
  const m = REPORT_TO.exec(sentence);
  if (!m) return null;
  const rest = sentence.slice(m.index + m[0].length).replace(/^(?:sở|phòng)\s/u, (w) => w.charAt(0).toUpperCase() + w.slice(1));
  if (!startsWithAgency(rest)) return null;
  const phrase = /^[^,;.()]{1,120}/u.exec(rest)![0].replace(/\s(?:về|kết quả|trước|để|theo|định kỳ|trong|qua|hằng|hàng|chậm|tình hình|thực hiện|triển khai)(?:\s.*)?$/u, '');
  return splitAgencies(phrase)[0] ?? null;
}
