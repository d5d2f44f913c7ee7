// Vietnamese dates: "ngày 07 tháng 7 năm 2025", "10/7/2024", "ngày 10-7-2024".

export interface DateParts {
  day: number;
  month: number;
  year: number;
}

export function isValidDate(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
}

export function toIso({ day, month, year }: DateParts): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "10/7/2024" or "10-7-2024" or "10.7.2024" at the start of the text. */
const NUMERIC = /^(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})(?!\d)/;
/** "ngày 07 tháng 7 năm 2025" (the word "ngày" optional). */
const WORDED = /^(?:ngày\s{1,3})?(\d{1,2})\s{1,3}tháng\s{1,3}(\d{1,2})\s{1,3}năm\s{1,3}(\d{4})(?!\d)/i;

/** A date at the start of `text` (after an optional "ngày"), with the length it took. */
export function parseDateAt(text: string): { date: DateParts; length: number } | null {
  const lead = /^(?:ngày\s{1,3})?/i.exec(text)![0];
  const rest = text.slice(lead.length);
  const numeric = NUMERIC.exec(rest);
  const m = numeric ?? WORDED.exec(text);
  if (!m) return null;
  const date = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
  if (!isValidDate(date.day, date.month, date.year)) return null;
  return { date, length: numeric ? lead.length + m[0].length : m[0].length };
}
