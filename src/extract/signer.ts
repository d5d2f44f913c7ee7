// The signer: the signature block at the end of the text ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH /
// PHÓ CHỦ TỊCH / Trần Đình Tiến"). Read from source lines, not blocks: converters run the whole
// block into one line or split it over several, and only the line order is reliable.
import type { Signer } from '../model.js';
import type { PlanText } from '../parse/plan-text.js';
import { fold } from '../vocab/fold.js';
import { AUTHORITY_MARK, properCase, SIGNER_TITLES } from '../vocab/titles.js';

const TITLE_KEYS = SIGNER_TITLES.map((t) => fold(t)).sort((a, b) => b.length - a.length);
/** Folded title → title as written; the first spelling wins where two fold alike. */
const TITLE_OF_KEY = new Map([...SIGNER_TITLES].reverse().map((t) => [fold(t), t]));
/** A person's name: 2–6 capitalised words, no digits ("Nguyễn Thị Hương", "NGUYỄN VĂN A"). */
const PERSON = /^\p{Lu}[\p{Ll}\p{Lu}]{0,7}(?:\s\p{Lu}[\p{Ll}\p{Lu}]{0,7}){1,5}$/u;
const NOT_A_NAME = /^(?:Ký bởi|Thời gian|Email|Cơ quan|Nơi nhận|Lưu|PHỤ LỤC|Phụ lục)/u;
/** How many non-blank lines below its title a name may stand (stamps sit between). */
const NAME_WINDOW = 12;
/** How far below in all: a double-spaced copy puts a dozen blank lines where the signature goes. */
const NAME_WINDOW_LINES = 40;

export function extractSigner(plan: PlanText): Signer | null {
  // Laid-out text puts the signature in the right column, beside "Nơi nhận".
  return signerIn(plan.cleanLines) ?? signerIn(plan.columns.right);
}

/** Title and name on one line, as a table cell holds them: "KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Công Thành". */
const TITLE_THEN_NAME = /^([\p{Lu}/.,\s]{4,80}?)\s(\p{Lu}\p{Ll}{0,7}(?:\s\p{Lu}\p{Ll}{0,7}){1,4})$/u;

function signerIn(lines: string[]): Signer | null {
  let found: Signer | null = null;
  for (let i = 0; i < lines.length; i++) {
    // A signature line is short and mostly capitals: skip the body's lines cheaply.
    if (lines[i].length > 100 || (lines[i].length > 30 && !/\p{Lu}{2}/u.test(lines[i]))) continue;
    const inline = /\p{Ll}$/u.test(lines[i]) ? TITLE_THEN_NAME.exec(lines[i]) : null;
    const inlineTitle = inline ? titleOf(inline[1]) : null;
    if (inline && inlineTitle) {
      // "KT. BỘ TRƯỞNG THỨ TRƯỞNG": the authority is what stands before the title itself.
      const marks = inline[1].slice(0, fold(inline[1]).lastIndexOf(fold(inlineTitle))).trim();
      found = { name: inline[2], title: inlineTitle, authority: marks ? authorityAbove([...lines.slice(0, i), marks], i) : null, line: i + 1 };
      continue;
    }
    const title = titleOf(lines[i]);
    if (!title) continue;
    const authority = authorityAbove(lines, i);
    if (!authority && !isTitleAlone(lines[i])) continue;
    let seen = 0;
    for (let j = i + 1; j < Math.min(lines.length, i + NAME_WINDOW_LINES) && seen < NAME_WINDOW; j++) {
      const candidate = lines[j];
      if (!candidate) continue;
      seen++;
      if (NOT_A_NAME.test(candidate) || titleOf(candidate)) continue;
      if (PERSON.test(candidate)) {
        found = { name: personCase(candidate), title, authority, line: j + 1 };
        break;
      }
      if (candidate.length > 60) break;
    }
  }
  return found;
}

/** The title a line states: "PHÓ CHỦ TỊCH" → "Phó Chủ tịch"; a run-on signature keeps its last title. */
function titleOf(line: string): string | null {
  if (line.length > 80) return null;
  const f = fold(line.replace(AUTHORITY_MARK, ''));
  // Only a signature line: capitals, or the title alone. A line in ordinary case (most of a plan's
  // short lines) is answered by one lookup instead of a search for every title in it.
  if (line !== line.toLocaleUpperCase('vi')) return TITLE_OF_KEY.get(f) ?? null;
  // The title that ends last wins ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH" → Phó Chủ tịch); of two ending
  // together, the longer ("phó bí thư" over "bí thư").
  let best: { end: number; length: number; title: string } | null = null;
  for (const key of TITLE_KEYS) {
    const at = f.lastIndexOf(key);
    if (at < 0 || (at > 0 && /\p{L}/u.test(f[at - 1])) || /\p{L}/u.test(f[at + key.length] ?? '')) continue;
    const end = at + key.length;
    if (!best || end > best.end || (end === best.end && key.length > best.length)) {
      best = { end, length: key.length, title: TITLE_OF_KEY.get(key)! };
    }
  }
  return best?.title ?? null;
}

function isTitleAlone(line: string): boolean {
  return TITLE_OF_KEY.has(fold(line));
}

/** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" on the lines above (or run into) the title. */
function authorityAbove(lines: string[], at: number): string | null {
  const parts: string[] = [];
  for (let k = at; k >= Math.max(0, at - 4); k--) {
    const line = lines[k];
    if (!line) continue;
    for (const m of line.matchAll(/(?:T\/M|TM|KT|TL|TUQ)\.?\s(?:(?!\s(?:T\/M|TM|KT|TL|TUQ)\.?\s).){2,40}/gu)) {
      parts.unshift(formatAuthority(m[0]));
    }
    if (k < at && !AUTHORITY_MARK.test(line)) break;
  }
  return parts.length ? [...new Set(parts)].join('; ') : null;
}

function formatAuthority(text: string): string {
  const m = /^(T\/M|TM|KT|TL|TUQ)\.?\s+(\S.*)$/u.exec(text.trim())!;
  const mark = m[1] === 'T/M' ? 'T/M' : `${m[1]}.`;
  const body = m[2].replace(/(?<!\s)\s+(?:PHÓ\s)?(?:CHỦ TỊCH|BÍ THƯ|GIÁM ĐỐC|BỘ TRƯỞNG|THỦ TƯỚNG|TRƯỞNG BAN)$/u, (t) => (m[1] === 'KT' ? t : ''));
  return `${mark} ${properCase(body.trim())}`;
}

function personCase(name: string): string {
  if (name !== name.toLocaleUpperCase('vi')) return name;
  return name
    .split(' ')
    .map((w) => w.charAt(0) + w.slice(1).toLocaleLowerCase('vi'))
    .join(' ');
}
