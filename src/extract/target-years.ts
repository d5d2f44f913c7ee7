// The year a target is tied to: "Đến năm 2025", "vào năm 2030", "Giai đoạn 2026 - 2030" (year 2030,
// period 2026–2030), "Tầm nhìn đến năm 2045", or a heading above ("2.1. Đến năm 2030").
import type { Period } from '../model.js';

export interface YearMention {
  index: number;
  year: number;
  period: Period | null;
}

/**
 * "giai đoạn 2026 - 2030", "2026-2030", "năm 2030" (folded text); not the year of a full date
 * ("ngày 22 tháng 12 năm 2024", the day a document was issued).
 */
const YEAR_MENTION = /(?:giai đoạn|thời kỳ|nhiệm kỳ)?\s{0,2}((?:19|20|21)\d\d)\s{0,2}[-–]\s{0,2}((?:19|20|21)\d\d)(?!\d)|(?<!ngày\s{1,2}\d{1,2}\s{1,2}tháng\s{1,2}\d{1,2}\s{1,2})năm\s{1,2}((?:19|20|21)\d\d)(?!\d)/gu;

export function findYears(folded: string): YearMention[] {
  const out: YearMention[] = [];
  for (const m of folded.matchAll(YEAR_MENTION)) {
    if (m[1]) {
      const from = Number(m[1]);
      const to = Number(m[2]);
      if (to > from) out.push({ index: m.index!, year: to, period: { from, to } });
    } else out.push({ index: m.index!, year: Number(m[3]), period: null });
  }
  return out;
}

/**
 * The year a title or a caption sets for what it heads: its first year mention that is not a far
 * vision ("tầm nhìn đến năm 2045"), a term of office ("bầu cử … nhiệm kỳ 2026 - 2031") or part of a
 * law's name ("thi hành Luật Đất đai năm 2024"). Folded text.
 */
export function planYear(folded: string): YearMention | null {
  return (
    findYears(folded).find((y) => {
      const before = folded.slice(Math.max(0, y.index - 60), y.index);
      return !/tầm nhìn(?:\s{1,2}đến)?\s{0,2}$/u.test(before) && !/^\s{0,2}nhiệm kỳ/u.test(folded.slice(y.index)) && !LAW_NAMED_BEFORE.test(before);
    }) ?? null
  );
}
/** "Luật Đất đai ", "Bộ luật Lao động ": a law's name runs up to its year. */
const LAW_NAMED_BEFORE = /(?:^|\s)(?:bộ luật|luật|pháp lệnh)(?:\s[^\s\d]\S*){1,6}\s$/u;

/**
 * The nearest year mention before the number in its sentence, else the nearest after it, else the
 * innermost heading's. A period named before the number gives both year and period.
 */
export function yearFor(
  mentions: YearMention[],
  at: number,
  sentence: { start: number; end: number },
  headingYears: YearMention[],
): YearMention | null {
  const inSentence = mentions.filter((y) => y.index >= sentence.start && y.index < sentence.end);
  const before = inSentence.filter((y) => y.index < at);
  if (before.length) return before[before.length - 1];
  const after = inSentence.find((y) => y.index > at);
  if (after) return after;
  return headingYears.length ? headingYears[headingYears.length - 1] : null;
}
