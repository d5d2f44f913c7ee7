// Recipients: the "Nơi nhận:" list at the end, as written, "Lưu …" (the file copy) left out.
// Some conversions lose the "Nơi nhận:" label; then the dash lines after the closing "./." are it.
import type { PlanText } from '../parse/plan-text.js';

/** "Nơi nhận:", also as OCR reads it ("Nơi nhân:"). */
const LABEL = /^Nơi nh[ậâa]n\s{0,2}:?\s{0,2}(.*)$/iu;
/** The signature column run into the label's line: "Nơi nhận: T/M BỘ CHÍNH TRỊ". */
const SIGNATURE_MARK = /^(?:T\/M|TM\.|KT\.|TL\.)\s/u;
const ITEM = /^[-+•]\s{0,3}(.+)$/u;

export interface RecipientList {
  names: string[];
  /** Line of the "Nơi nhận" label (or of the first item when the label is lost). */
  line: number | null;
}

export function extractRecipients(plan: PlanText): RecipientList {
  // The list stands in the left column when the signature shares its lines.
  const lines = plan.columns.left;
  let start = lines.findIndex((l) => LABEL.test(l));
  let labelLine: number | null = start >= 0 ? start + 1 : null;
  if (start < 0) {
    const closing = lastIndexWhere(lines, (l) => /\.\/\.$/u.test(l));
    if (closing < 0 || !lines.slice(closing + 1).some((l) => ITEM.test(l))) return { names: [], line: null };
    start = closing;
    labelLine = closing + 2;
  }
  const names: string[] = [];
  const first = LABEL.exec(lines[start])?.[1];
  // A table cell may hold the whole list on one line: "Nơi nhận: - Như trên; - Bộ Tài chính; - Lưu: VT."
  if (first && !SIGNATURE_MARK.test(first)) {
    for (const item of first.split(/(?:^|[;.])\s{0,2}[-+•]\s+/u)) if (item.trim()) pushItem(names, item);
  }
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const item = ITEM.exec(line);
    if (!item) {
      // A hard-wrapped item goes on in lower case ("… đóng trên địa bàn" / "tỉnh;").
      if (names.length && /^\p{Ll}/u.test(line) && !/[;.]$/u.test(names[names.length - 1])) names[names.length - 1] += ` ${line}`;
      else break;
      continue;
    }
    pushItem(names, item[1]);
  }
  return { names: names.map(tidy).filter((n) => /\p{L}/u.test(n) && !/^Lưu\b/u.test(n)), line: labelLine };
}

function pushItem(names: string[], text: string): void {
  names.push(text.trim());
}

/** "Ban Chính sách, chiến lược Trung ương; (Báo cáo)," → "Ban Chính sách, chiến lược Trung ương". */
function tidy(name: string): string {
  return name
    .replace(/;\s*\((?:báo cáo|b\/c|để báo cáo)\)[\s,;.]*$/iu, '')
    .replace(/(?:,|(?<![\s,]))\s*\((?:báo cáo|để báo cáo)\)[\s,;.]*$/iu, '')
    .replace(/(?<![\s;,.:])[\s;,.:]+$/u, '')
    .trim();
}

function lastIndexWhere(list: string[], test: (s: string) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}
