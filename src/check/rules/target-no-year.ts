// A target with neither a year nor a period ("Tỷ lệ lao động qua đào tạo đạt 75%"): nobody can
// say when it is met or missed. Targets that recur ("hằng năm") hold every year and pass.
import { spanOnLine } from '../locate.js';
import { noOptions, type Rule } from '../types.js';

export const targetNoYear: Rule = {
  meta: {
    id: 'target-no-year',
    description: 'A target has neither a year nor a period to be met by.',
    severity: 'warning',
    options: noOptions(),
    docs: 'Tie each number the plan commits to to a year ("đến năm 2030"), a period ("giai đoạn 2026 - 2030") or a recurrence ("hằng năm"); a heading such as "2.1. Đến năm 2030" gives its year to the targets under it, and a title that names one ("… năm 2026", "… giai đoạn 2026 - 2030") to every target that names none.',
    examples: {
      bad: ['KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nNội dung.\n\nII. MỤC TIÊU\n\nTỷ lệ lao động qua đào tạo đạt 75%.'],
      good: ['KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nNội dung.\n\nII. MỤC TIÊU\n\nĐến năm 2030, tỷ lệ lao động qua đào tạo đạt 75%.'],
    },
  },
  check({ extraction }) {
    const { record, plan } = extraction;
    return record.targets
      .filter((t) => t.year === null && t.period === null && t.recurrence === null)
      .map((t) => ({
        ...spanOnLine(plan, t.line, t.indicator),
        message: `The target "${shorten(t.indicator)}" (${t.value}${t.unit === '%' ? '%' : ` ${t.unit}`}) has no year or period.`,
      }));
  },
};

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, text.lastIndexOf(' ', 60))} …` : text;
}
