// A target with neither a year nor a period ("Tỷ lệ lao động qua đào tạo đạt 75%") among targets
// that name years: nobody can say when it is met or missed. Targets that recur ("hằng năm") hold
// every year and pass; a plan none of whose targets names a year is held to its own horizon.
import { spanOnLine } from '../locate.js';
import { noOptions, type Rule } from '../types.js';

export const targetNoYear: Rule = {
  meta: {
    id: 'target-no-year',
    description: 'A target has neither a year nor a period to be met by.',
    severity: 'warning',
    options: noOptions(),
    docs: 'Tie each number the plan commits to to a year ("đến năm 2030"), a period ("giai đoạn 2026 - 2030") or a recurrence ("hằng năm"); a heading such as "2.1. Đến năm 2030" gives its year to the targets under it, and a title that names one ("… năm 2026", "… giai đoạn 2026 - 2030") to every target that names none. A plan none of whose targets names a year (an emulation campaign of some weeks, an emergency relief plan) is held to its own horizon and passes.',
    examples: {
      bad: ['KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nNội dung.\n\nII. MỤC TIÊU\n\nĐến năm 2030, tỷ lệ lao động qua đào tạo đạt 75%. Tỷ lệ lao động có việc làm sau đào tạo đạt 80%.'],
      good: ['KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nNội dung.\n\nII. MỤC TIÊU\n\nĐến năm 2030, tỷ lệ lao động qua đào tạo đạt 75%.'],
    },
  },
  check({ extraction }) {
    const { record, plan } = extraction;
    const timeless = record.targets.filter((t) => t.year === null && t.period === null && t.recurrence === null);
    // A plan none of whose targets names a year has one horizon, its own (a campaign of some weeks,
    // an emergency, a year's work): its targets are for it. Only beside targets that do name years
    // does one that names none leave the reader asking by when.
    if (timeless.length === record.targets.length) return [];
    return timeless
      .map((t) => ({
        ...spanOnLine(plan, t.line, t.indicator),
        message: `The target "${shorten(t.indicator)}" (${t.value}${t.unit === '%' ? '%' : ` ${t.unit}`}) has no year or period.`,
      }));
  },
};

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, text.lastIndexOf(' ', 60))} …` : text;
}
