// Agency phrases: where the name of an agency that opens a duty ends ("Đảng ủy các cơ quan Đảng
// tỉnh | lãnh đạo …"), and how a list of them splits ("Báo Sơn La, Đài Phát thanh - Truyền hình
// tỉnh và các cơ quan báo chí" → three). The words are data (vocab/agency-words.ts); the scanning
// is a bounded loop.
import { expandAbbreviations } from '../vocab/agencies.js';
import { catalogueMatch } from '../vocab/agency-catalogue.js';
import { AGENCY_HEADS, DUTY_VERBS, GENERIC_BODIES, GROUP_NOUNS, NOT_AGENCY_STARTS, ROLE_APPOSITIONS, RUN_IN_DUTIES } from '../vocab/agency-words.js';
import { fold } from '../vocab/fold.js';

/**
 * A duty verb used as a noun inside a name: "Các cấp ủy, tổ chức đảng", "các Viện nghiên cứu",
 * "Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội", "Các chủ đầu tư dự án" (folded: the words
 * before, and from the verb on).
 */
function isNounUse(before: string, rest: string): boolean {
  return (
    // "tổ chức đảng" as a noun only in a list of bodies: "Sở Nội vụ tổ chức hội nghị" is a duty.
    (/(?:,|và)\s$/u.test(before) && /^tổ chức (?:đảng|chính trị|cơ sở|thành viên|hội|đoàn thể)(?!\p{L})/u.test(rest)) ||
    (/(?:^|\s)(?:viện|trung tâm)\s$/u.test(before) && rest.startsWith('nghiên cứu')) ||
    /phụ trách(?: lĩnh vực| công tác| mảng)?\s$/u.test(before) ||
    (/(?:chủ|nhà)\s$/u.test(before) && rest.startsWith('đầu tư')) ||
    // "Các chủ đầu tư xây dựng và kinh doanh hạ tầng khu công nghiệp": what they invest in.
    (/(?:chủ|nhà) đầu tư\s$/u.test(before) && /^(?:xây dựng|kinh doanh|phát triển)(?!\p{L})/u.test(rest)) ||
    // "Các chủ rừng là tổ chức": what the subject is, not what it does.
    /(?:^|\s)là\s$/u.test(before)
  );
}
const MAX_NAME_WORDS = 22;
/** A subject may list several agencies ("Các thành viên …, Chủ nhiệm …, Trưởng Đoàn …"): each within MAX_NAME_WORDS. */
const MAX_LIST_WORDS = 64;
const APPOSITION = new RegExp(`\\s[-–]\\s(?=(?:${ROLE_APPOSITIONS.join('|')})\\s)`, 'iu');
/** Words that begin like a head but are verbs or things: "Ban hành …", "Báo cáo …", "Hội nghị …". */
const NOT_NAMES = new RegExp(`^(?:${NOT_AGENCY_STARTS.join('|')})(?!\\p{L})`, 'u');

/** Heads, group nouns and duty verbs as the text must begin: one lookup, then a few comparisons. */
const HEADS_BY_FIRST_WORD = byFirstWord(AGENCY_HEADS.map((h) => `${h} `));
const VERBS_BY_FIRST_WORD = byFirstWord(DUTY_VERBS);
const GROUPS = GROUP_NOUNS.map((n) => `các ${n}`);

/** Phrases by their first word, in list order: a word is looked up, not matched against every phrase. */
function byFirstWord(phrases: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const phrase of phrases) {
    const first = phrase.split(' ')[0];
    const list = map.get(first);
    if (list) list.push(phrase);
    else map.set(first, [phrase]);
  }
  return map;
}

export function startsWithAgency(text: string): boolean {
  // Every name starts with a capital, a group with "các": other text needs no folding.
  if (!/^(?:\p{Lu}|các\s)/u.test(text)) return false;
  const f = fold(text.slice(0, 80)); // heads are short: fold only the start of a long block
  if (catalogueMatch(f)) return true;
  // "Các trường hợp …" are cases, not schools.
  if (f.startsWith('các ')) return !NOT_NAMES.test(f.slice(4)) && GROUPS.some((g) => f.startsWith(g) && /^(?:[\s,;]|$)/u.test(f.slice(g.length)));
  if (!/^\p{Lu}/u.test(text) || NOT_NAMES.test(f)) return false;
  const first = f.slice(0, Math.max(0, f.indexOf(' ')));
  // "Sở, ban, ngành liên quan": the departments as a group.
  return Boolean(HEADS_BY_FIRST_WORD.get(first)?.some((h) => f.startsWith(h))) || /^sở,\s(?:ban|ngành)/u.test(f);
}

/**
 * The agency subject at the start of `text` and where its duty begins, or null when the text
 * does not open with an agency. "Các cơ quan chuyên trách tham mưu, giúp việc của Tỉnh ủy theo
 * chức năng …" keeps "tham mưu, giúp việc" inside the name: that pair names a kind of body.
 */
export function agencySubject(text: string): { name: string; dutyStart: number } | null {
  if (!startsWithAgency(text)) return null;
  // A list of names is at most MAX_LIST_WORDS words: fold only as much of a long block as that can take.
  const f = fold(text.slice(0, MAX_LIST_WORDS * 12));
  const words = [...f.matchAll(/\S+/gu)];
  // A known body is never cut: "Trung tâm Xúc tiến đầu tư", "Các tổ chức tín dụng".
  const known = catalogueMatch(f);
  for (let w = 1; w < Math.min(words.length, MAX_LIST_WORDS); w++) {
    if (words[w].index! < known) continue;
    const candidates = VERBS_BY_FIRST_WORD.get(/^\p{L}*/u.exec(words[w][0])![0]);
    if (!candidates) continue;
    const at = words[w].index!;
    const rest = f.slice(at);
    // Names capitalise their words ("Ban Tổ chức", "Sở Kế hoạch và Đầu tư"); a duty starts in lower
    // case, or with a capital where a heading ran into its text ("… có liên quan Phối hợp chặt chẽ").
    const verb = candidates.find((v) => rest.startsWith(v) && !/\p{L}/u.test(rest[v.length] ?? ' '));
    if (!verb || (!/\p{Ll}/u.test(text[at]) && !RUN_IN_DUTIES.includes(verb))) continue;
    if (verb === 'tham mưu' && rest.startsWith('tham mưu, giúp việc')) continue;
    if (isNounUse(f.slice(Math.max(0, at - 30), at), rest)) continue;
    // "và các tổ chức chính trị - xã hội": after "các" a verb-like word is a noun.
    if (/(?:các|những)\s$/u.test(f.slice(0, at))) continue;
    const name = text.slice(0, at).replace(/(?<![\s,:;-])[\s,:;-]+$/u, '');
    if (isGeneric(name)) return null;
    // Past one name's length only a list of names: every piece short enough to be one.
    if (w >= MAX_NAME_WORDS && !splitAgencies(name).every((n) => n.split(/\s+/u).length < MAX_NAME_WORDS)) return null;
    return { name, dutyStart: at };
  }
  return null;
}

/** "Báo Sơn La, Đài … tỉnh và các cơ quan báo chí" → each agency; "Đề nghị"/"Giao" dropped. */
export function splitAgencies(name: string): string[] {
  const parts: string[] = [];
  let current = '';
  // What a bracket holds explains the name ("Các doanh nghiệp viễn thông (VNPT, Viettel, …)"): it is
  // no part of it, nor a list of further agencies. A colon closes the names: the duty follows it.
  // "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo": what follows the dash is the body's role.
  const beforeColon = name.split(':')[0].split(APPOSITION)[0];
  const bare = beforeColon.includes('(') ? outsideBrackets(beforeColon).trim() : beforeColon.trim();
  const tokens = bare.split(/(,\s*|(?<!\s)\s+và\s+|;\s*)/u);
  for (let i = 0; i < tokens.length; i += 2) {
    const piece = tokens[i];
    const sep = tokens[i - 1] ?? '';
    // A capitalised head ("…, Đài Phát thanh") or a group ("… và các cơ quan báo chí") starts a new
    // agency; a lower-case one ("…, hội quần chúng") is part of the list's last name.
    // "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội" is one body by convention; after a comma
    // the organisations are listed as a body of their own ("Ủy ban MTTQ tỉnh, các tổ chức chính trị-xã hội").
    // After a semicolon, any capitalised piece starts one ("…Du lịch; Báo và Phát thanh, …").
    const startsNew =
      (sep.startsWith(';') && /^\p{Lu}/u.test(piece)) ||
      ((/^\p{Lu}/u.test(piece) || /^các\s/u.test(piece)) && startsWithAgency(piece.replace(/^các/u, 'Các')) && !(/^các tổ chức chính trị/iu.test(piece) && /và/u.test(sep)));
    if (current && startsNew) {
      parts.push(current);
      current = piece;
    } else current = current ? `${current}${sep}${piece}` : piece;
  }
  if (current) parts.push(current);
  return parts.flatMap(splitRunTogether).map((p) => tidyAgency(p)).filter((p) => p.length > 2 && !isGeneric(p));
}

const GENERIC = new Set(GENERIC_BODIES);
/** "Cơ quan", "Đơn vị": a kind of body, named by a header or a label, not a body. */
function isGeneric(name: string): boolean {
  // The longest kind of body listed is a few words: a longer name is never one.
  return name.length <= 16 && GENERIC.has(fold(name).replace(/\*+/gu, '').trim());
}

/** "X (a, b) và Y (c" → "X và Y": the text outside brackets, an unclosed one running to the end. */
function outsideBrackets(text: string): string {
  let out = '';
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')' && depth) depth--;
    else if (!depth) out += c;
  }
  return out.replace(/\s+/gu, ' ');
}

/**
 * Two ministries or departments whose separator a table lost: "Bộ Thông tin và Truyền thông Bộ Khoa
 * học và Công nghệ" → both. Only a Bộ after a Bộ, a Sở after a Sở: "Thanh tra Bộ Tài chính" and
 * "Ban Tuyên giáo và Dân vận Tỉnh ủy" are one name.
 */
function splitRunTogether(name: string): string[] {
  if (!/\s(?:Bộ|Sở)\s/u.test(name)) return [name];
  const f = fold(name);
  const head = /^(?:bộ|sở)\s/u.exec(f)?.[0];
  const known = head ? catalogueMatch(f) : 0;
  if (!known || f[known] !== ' ' || !f.startsWith(head!, known + 1) || !catalogueMatch(f.slice(known + 1))) return [name];
  return [name.slice(0, known), ...splitRunTogether(name.slice(known + 1))];
}

export function tidyAgency(name: string): string {
  return expandAbbreviations(
    name
      .replace(/^[-+\s]+/u, '')
      .replace(/^(?:đề nghị|giao|yêu cầu)\s+/iu, '')
      // "Đồng chí Phó Chủ tịch …", "các đ/c Chuyên viên …": the office, not the honorific.
      .replace(/^(?:các\s+)?(?:đồng chí|đ\/c)\s+/iu, '')
      .replace(/(?<!\s)\s*\((?:[^()]{0,60})\)\s*$/u, '')
      .replace(/(?<![\s,:;.-])[\s,:;.-]+$/u, ''),
  ).replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('vi'));
}
