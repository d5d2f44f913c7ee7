// Targets: numbers the plan commits to reach ("Tỷ lệ lao động qua đào tạo đạt 75%", "khoảng
// 610.000 người", "trên 20 ngành, nghề trọng điểm"), with comparator, unit, year and indicator.
// Not targets: facts about the present, numbers inside names, dates, symbols, durations, periods.
import type { Comparator, Target } from '../model.js';
import type { PlanText } from '../parse/plan-text.js';
import type { Heading } from '../parse/section-tree.js';
import { blockLine, type Block } from '../text/blocks.js';
import { excerpt } from '../text/excerpt.js';
import { fold } from '../vocab/fold.js';
import { matchIndicator, type IndicatorCatalog } from '../vocab/indicators.js';
import { MULTIPLIERS, parseVietnameseNumber } from '../vocab/numbers.js';
import {
  AWARD_NOUNS, COMMITMENT_CUES, COMPARATOR_WORDS, INDEX_NOUNS, CONDITION_OPENERS, CONDITION_PREPOSITIONS, DANGLING_WORDS, FACT_CUES, FACT_SECTION_WORDS,
  LINKING_WORDS, MEASURE_NOUNS, NAMING_WORDS, NOT_COUNT_NOUNS, SCORING_VERBS, TARGET_SECTION_WORDS,
} from '../vocab/target-words.js';
import { perPopulationAt, unitAt } from '../vocab/units.js';
import { extractTableTargets } from './table-targets.js';
import { findYears, planYear, yearFor, type YearMention } from './target-years.js';

/**
 * A number as Vietnamese writes it, or a range "03 - 04" / "3–4" / "1% - 3%" / "từ 2.000 đến 3.000".
 * Not glued to letters ("G20"). Runs on folded (lower-case) text.
 */
const NUMBER = /(?<![\p{L}\d.,/+-])(\d{1,3}(?:\.\d{3})+(?:,\d{1,3})?|\d{1,7}(?:,\d{1,3})?)(?:(?:%?\s{0,2}[-–]\s{0,2}|\s(?:đến|tới)\s)(\d{1,3}(?:\.\d{3})+(?:,\d{1,3})?|\d{1,7}(?:,\d{1,3})?))?(?![\d/]|\.\d|,\d|\p{L})/gu;
const NOT_COUNTS = new Set(NOT_COUNT_NOUNS);
const any = (words: string[]) => words.map((w) => w.replace(/[|\\^$.*+?()[\]{}]/gu, '\\$&')).join('|');
/** Words right before a number that make it part of a name or a position, not a quantity. */
const NAMING_BEFORE = new RegExp(`(?:${any(NAMING_WORDS)})\\s{0,2}$`, 'u');
/** A preposition right before a count makes it a condition inside a description ("với ít nhất 01 doanh nghiệp"). */
const PREPOSITION_BEFORE = new RegExp(`(?:^|\\s)(?:${any(CONDITION_PREPOSITIONS)})\\s{1,2}$`, 'u');
const CONDITION_OPENER = new RegExp(`^(?:[-+]\\s)?(?:${any(CONDITION_OPENERS)})\\s[^:;]{0,80}$`, 'u');
const FACT_CUE = new RegExp(any(FACT_CUES), 'u');
const COMMITMENT = new RegExp(any(COMMITMENT_CUES), 'u');
/** Sections about the present; "đánh giá" only opening a title ("Đánh giá kết quả …", not "Tiêu chí đánh giá"). */
const FACT_SECTION = new RegExp(`(?:${any(FACT_SECTION_WORDS)}|(?:^|\\|\\s)đánh giá)`, 'u');
const TARGET_SECTION = new RegExp(any(TARGET_SECTION_WORDS), 'u');
/** "… xuống 18 ca", "… lên 80%": the end of a change from a baseline. */
const CHANGE_TO = /^\s{0,2}(?:xuống|lên)(?:\s(?:còn|mức))?\s{1,2}\d/u;
const INDEX_BEFORE = new RegExp(`(?:${any(INDEX_NOUNS)})\\s`, 'u');
const AWARD_NOUN = new RegExp(`^(?:${any(AWARD_NOUNS)})(?!\\p{L})`, 'u');
/** "cộng 02 điểm", "trừ điểm": a scoring rule. */
const SCORING = new RegExp(`(?:${any(SCORING_VERBS)})\\s{1,2}(?:\\d{1,3}\\s{1,2})?điểm`, 'u');
const COMPARATORS: Array<[RegExp, Comparator]> = COMPARATOR_WORDS.map(([c, words]) => [new RegExp(`(?:${any(words)})\\s{0,2}$`, 'u'), c]);

/**
 * Targets of the plan. `title` is the document's title: a target whose own text, headings and
 * lead-in name no year takes the year the title sets for the whole plan ("Kế hoạch tuyển sinh năm
 * 2026", "… giai đoạn 2026 - 2030"), unless it recurs every year.
 */
export function extractTargets(plan: PlanText, catalog: IndicatorCatalog, title: string | null = null): Target[] {
  const fromTables = extractTableTargets(plan, catalog);
  const targets: Target[] = [...fromTables.targets];
  const foldedTitle = new Map(plan.tree.headings.map((h) => [h, fold(h.section.title)]));
  let leadIn: LeadIn | null = null;
  plan.blocks.forEach((block, index) => {
    const heading = plan.tree.headingAt.get(index) ?? null;
    // The items of a list: "- …", "• …", "(1) …", "1) …", "a) …".
    const items = leadIn && !heading && /^(?:[-+–•]|\(\d{1,2}\)|\d{1,2}\)|[a-zđ]\))\s/u.test(block.text) ? leadIn : null;
    leadIn = heading ? null : (leadInOf(block.folded) ?? items);
    if (index < plan.bodyStart || block.kind === 'footnote' || fromTables.handledBlocks.has(index)) return;
    if (!/\d/.test(block.text)) return;
    // In an appendix the caption is the context ("CÁC CHỈ TIÊU … ĐẾN NĂM 2030"), not the body's last section.
    const appendix = plan.appendixOfBlock[index];
    const path = appendix === null ? plan.tree.pathOfBlock[index] : [];
    const titles = appendix ?? path.map((h) => foldedTitle.get(h)).join(' | ');
    if (FACT_SECTION.test(titles) && !/mục tiêu/u.test(titles)) return;
    const inTargetSection = TARGET_SECTION.test(titles) || Boolean(items?.committed);
    const contextYears = [...(appendix === null ? path.flatMap((h) => findYears(foldedTitle.get(h)!)) : [planYear(appendix)].filter((y) => y !== null)), ...(items?.years ?? [])];
    for (const target of targetsInBlock(block, heading, contextYears, inTargetSection, catalog, plan.tree.sectionOfBlock[index])) targets.push(target);
  });
  const titleYear = title === null ? null : planYear(fold(title));
  const dated = titleYear ? targets.map((t) => (t.year === null && t.recurrence !== 'annual' ? { ...t, year: titleYear.year, period: titleYear.period } : t)) : targets;
  return dated.sort((a, b) => a.line - b.line);
}

/** A line that introduces a list ("Phấn đấu đến năm 2030, đạt các chỉ tiêu sau:") lends it its year. */
interface LeadIn {
  years: YearMention[];
  committed: boolean;
}

function leadInOf(folded: string): LeadIn | null {
  if (!/:\s*$/u.test(folded)) return null;
  return { years: findYears(folded), committed: /phấn đấu|phân đầu|mục tiêu|chỉ tiêu|đến năm/u.test(folded) };
}

function targetsInBlock(
  block: Block,
  heading: Heading | null,
  headingYears: YearMention[],
  inTargetSection: boolean,
  catalog: IndicatorCatalog,
  section: string | null,
): Target[] {
  const text = block.text;
  const folded = block.folded;
  // A run-in heading ("6.3. Trên 80% các đơn vị …") may state a target itself: skip only its label.
  const start = heading ? heading.labelEnd : 0;
  const years = findYears(folded);
  const out: Target[] = [];
  const sentences = sentenceSpans(text);
  let sentenceIndex = 0;
  const cueCache = new Map<number, SentenceCues>();
  let clauseFloor = start;
  for (const m of folded.matchAll(NUMBER)) {
    const at = m.index!;
    // Before the text to read, or inside the last target's unit ("1.000" of "bác sĩ trên 1.000 dân").
    if (at < start || at < clauseFloor) continue;
    const end = at + m[0].length;
    while (sentenceIndex + 1 < sentences.length && sentences[sentenceIndex].end <= at) sentenceIndex++;
    const sentence = sentences[sentenceIndex];
    const before = folded.slice(Math.max(clauseFloor, sentence.start, at - 60), at);
    const gap = /^\s{0,2}/u.exec(text.slice(end))![0].length;
    const isPercent = text[end + gap] === '%';
    let value = parseVietnameseNumber(m[1]);
    if (value === null) continue;
    let unitStart = end + gap;
    let unit = isPercent ? '%' : unitAt(text.slice(unitStart));
    // "… chỉ số HDI đạt trên 0,85;": a value with no noun after it, of an index named before it.
    if (!unit && INDEX_BEFORE.test(before)) unit = INDEX_NOUNS[0];
    if (!isPercent) {
      // A capitalised word starts something else ("8" / "Tỷ lệ hộ dân …" in a table), unless a bound
      // makes it a counted noun ("ít nhất 02 Khu công nghiệp").
      if (/^\p{Lu}/u.test(unit) && (blockLine(block, unitStart) !== blockLine(block, at) || comparatorOf(before) === 'eq')) continue;
      // "1 Gb/s", "60 km/h": a rate inside a description (but "2,1 con/phụ nữ" is a target).
      if (RATE_PER.test(text.slice(unitStart + unit.length, unitStart + unit.length + 12))) continue;
      const mult = /^(?:tỷ|tỉ) (?:lệ|trọng)/u.test(text.slice(unitStart, unitStart + 8)) ? undefined : MULTIPLIERS[fold(unit)];
      if (mult) {
        value *= mult;
        unitStart += unit.length + 1;
        unit = unitAt(text.slice(unitStart));
      }
      // "tăng gấp 1,7 lần": a multiple is a target, a count of times is not.
      const multiple = fold(unit) === 'lần' && /gấp\s{0,2}$/u.test(before);
      if (!unit || (NOT_COUNTS.has(fold(unit)) && !multiple)) continue;
    }
    let unitEnd = unitStart + unit.length;
    // "12 người trên một vạn dân": a count per head of population, its unit "người/vạn dân".
    const per = isPercent ? null : perPopulationAt(text.slice(unitEnd));
    if (per) {
      unit = `${unit}/${per.per}`;
      unitEnd += per.length;
    }
    if (isYear(m[1]) || NAMING_BEFORE.test(withoutListedNumbers(before))) continue;
    // "giảm từ 23 ca xuống 18 ca": where the change starts is no target, where it ends is.
    if (/(?:^|\s)từ\s{0,2}$/u.test(before) && CHANGE_TO.test(folded.slice(unitEnd, unitEnd + 30))) continue;
    // "Không quá 05 cá nhân", "10% tập thể": a quota of awards.
    if (AWARD_NOUN.test(isPercent ? folded.slice(unitEnd, unitEnd + 20).trimStart() : fold(unit) + folded.slice(unitEnd, unitEnd + 20))) continue;
    // What the sentence says is read once per sentence, not once per number in it: a long
    // sentence full of numbers made that quadratic.
    const cues = sentenceCues(folded, sentence, sentenceIndex, cueCache);
    if (cues.scoring) continue;
    // A bound set on the number ("ít nhất 85% người hưởng trợ cấp … hoặc người đã có tài khoản …") commits
    // whatever the sentence says of the present.
    const bound = /(?:ít nhất|tối thiểu|không dưới)\s{0,2}$/u.test(before);
    if (cues.fact && !bound && !cues.strongCommitment) continue;
    const comparator: Comparator = m[2] ? 'range' : comparatorOf(before);
    // "khoảng trên 500 ha", "ít nhất 30%": a bound set on a number is itself a commitment.
    if (!cues.commitment && !inTargetSection && comparator === 'eq') continue;
    if (!isPercent && PREPOSITION_BEFORE.test(stripComparator(before))) continue;
    const clause = clauseStart(folded, at, sentence.start);
    if (isCondition(folded.slice(clause, at), before)) continue;
    const valueMax = m[2] ? parseVietnameseNumber(m[2]) : null;
    const year = yearFor(years, at, sentence, headingYears);
    const wordingStart = Math.max(clause, clauseFloor);
    const measured = measuredThing(text, wordingStart, at, isPercent || per ? unitEnd : unitStart, clauseEnd(folded, unitEnd, sentence.end));
    const entry = matchIndicator(catalog, measured.context, unit);
    out.push({
      indicator: measured.wording || entry?.name || unit,
      indicatorId: entry?.id ?? null,
      value,
      valueMax,
      unit,
      comparator,
      year: year?.year ?? null,
      period: year?.period ?? null,
      recurrence:
        /(?:hàng năm|hằng năm|mỗi năm)/u.test(folded.slice(Math.max(wordingStart, clauseFloor), at)) || /^\s{0,2}\/\s{0,2}năm/u.test(folded.slice(unitEnd))
          ? 'annual'
          : null,
      section,
      line: blockLine(block, at),
      text: excerpt(text, sentence.start, sentence.end, at),
    });
    clauseFloor = unitEnd;
  }
  return out;
}

interface SentenceCues {
  scoring: boolean;
  fact: boolean;
  commitment: boolean;
  /** "phấn đấu", "bảo đảm", "đến năm 2030": a commitment that outweighs words of the present. */
  strongCommitment: boolean;
}

function sentenceCues(folded: string, sentence: { start: number; end: number }, index: number, cache: Map<number, SentenceCues>): SentenceCues {
  let cues = cache.get(index);
  if (!cues) {
    const text = folded.slice(sentence.start, sentence.end);
    cues = {
      scoring: SCORING.test(text),
      fact: FACT_CUE.test(text),
      commitment: COMMITMENT.test(text),
      strongCommitment: /phấn đấu|phân đầu|đảm bảo|bảo đảm|đến năm 20[3-9]\d/u.test(text),
    };
    cache.set(index, cues);
  }
  return cues;
}

/** What follows a number's unit in a rate of time or speed: "Gb/s", "km/h", "lượt/ngày". */
const RATE_PER = /^\s?\/\s?(?:s|h|giây|phút|giờ|ngày|tuần|tháng|năm)(?!\p{L})/u;

/**
 * A number that states a condition, not a commitment: in an opening "Đối với thôn có dưới 100 cử
 * tri:" or "Nếu có từ 02 địa phương trở lên …" phrase, or what the subjects of an earlier number receive ("70% phụ nữ mang thai được tầm
 * soát ít nhất 4 loại bệnh"). `clause` runs from the clause start to the number, folded.
 */
function isCondition(clause: string, before: string): boolean {
  if (CONDITION_OPENER.test(clause)) return true;
  return /\d/.test(clause) && /được\s\p{L}+(?:\s\p{L}+)?\s(?:ít nhất|tối thiểu|tối đa|từ|trên|dưới)?\s{0,2}$/u.test(before);
}

/** "Mẫu biểu số 02, 03": the numbers listed before this one, so that "số" still names it. */
function withoutListedNumbers(before: string): string {
  let rest = before;
  for (let m = LISTED_NUMBER.exec(rest); m; m = LISTED_NUMBER.exec(rest)) rest = rest.slice(0, m.index);
  return rest;
}
const LISTED_NUMBER = /(?<=\s)\d{1,3}\s{0,2}(?:,|và)\s{0,2}$/u;

/** A bare year ("2030") is a time, never a quantity, wherever it stands. */
function isYear(token: string): boolean {
  return /^(?:19|20|21)\d\d$/.test(token);
}

function stripComparator(before: string): string {
  return before.replace(/(?:không dưới|tối thiểu|ít nhất|trên|hơn|khoảng|gần|dưới|tối đa|không quá)\s{0,2}$/u, '');
}

/** The comparator right before the number, looking past a linking verb ("tối thiểu đạt 25%"). */
function comparatorOf(before: string): Comparator {
  for (const text of [before, before.replace(/\s(?:đạt|là|ở mức|lên|mức|có)\s{0,2}$/u, ' ')]) {
    for (const [re, c] of COMPARATORS) if (re.test(text)) return c;
  }
  return 'eq';
}

/** Sentences of a block as [start, end) spans: a break is ". " before a capital or a dash item. */
export function sentenceSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  // Decimal points and thousands dots ("58.9", "610.000") never end a sentence.
  for (const m of text.matchAll(/(?<!\d)[.!?](?=\s+(?:\p{Lu}|[-–])|\s*$)|(?<=\d)[.!?](?=\s+\p{Lu})/gu)) {
    spans.push({ start, end: m.index! + 1 });
    start = m.index! + 1;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** Where the clause measuring this number starts: after ";", ":", "trong đó", or the sentence start. */
function clauseStart(folded: string, at: number, sentenceStart: number): number {
  let start = sentenceStart;
  for (const m of folded.slice(sentenceStart, at).matchAll(/;\s*|:\s*|trong đó,?\s*/gu)) start = sentenceStart + m.index! + m[0].length;
  return start;
}

/**
 * Where the words about this number stop: ";", "trong đó", "(", the next number, the sentence end.
 * A number bound by "ít nhất" / "tối thiểu" inside the phrase is its condition and goes on: "70% phụ
 * nữ mang thai được tầm soát ít nhất 4 loại bệnh tật bẩm sinh".
 */
function clauseEnd(folded: string, from: number, sentenceEnd: number): number {
  const rest = folded.slice(from, sentenceEnd);
  for (const m of rest.matchAll(/;|trong đó|\(|\d+/gu)) {
    if (/\d/u.test(m[0]) && /(?:ít nhất|tối thiểu)\s{1,2}$/u.test(rest.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    return from + m.index!;
  }
  return sentenceEnd;
}

/**
 * Nouns that name what a number measures: "Tỷ lệ lao động qua đào tạo đạt 75%"; not "mức" of "ở
 * mức", which links the measured thing to its number ("Đóng góp của TFP vào tăng trưởng kinh tế ở
 * mức trên 55%").
 */
const MEASURE_NOUN = new RegExp(`(?<!(?:^|\\s)ở\\s)(?:${any(MEASURE_NOUNS)})\\s`, 'iu');
const LINKING = any(LINKING_WORDS);
/**
 * Verbs and comparators between the measured thing and its number: " đạt", " tăng lên", " là trên".
 * The lookbehind (the same words) lets a match start only where a run of them starts, so a long
 * run of " là là là …" is scanned once, not once from every word in it.
 */
const LINKING_TAIL = new RegExp(`(?<!\\s(?:${LINKING}))(?:\\s(?:${LINKING}))+\\s*$`, 'iu');

/**
 * The measured thing as worded, and the words to match against the indicator catalogue: the
 * phrase from a measure noun before the number ("tỷ lệ lao động qua đào tạo"), else the noun phrase
 * after it ("40% học sinh … vào hệ thống giáo dục nghề nghiệp"), else what precedes it.
 */
function measuredThing(text: string, clauseFrom: number, at: number, phraseFrom: number, clauseTo: number): { wording: string; context: string } {
  const before = text.slice(clauseFrom, at);
  // "16%/năm đối với số đăng ký sáng chế": the rate's period and "for" come before what grows.
  const after = text.slice(phraseFrom, Math.max(phraseFrom, clauseTo)).replace(PER_YEAR_FOR, '');
  // The first measure noun of the clause: "tỷ lệ lao động … trong tổng số lao động" and "chỉ số giáo
  // dục đóng góp vào chỉ số HDI" measure what the first one names.
  const measureAt = before.search(MEASURE_NOUN);
  const lead = ` ${before.slice(Math.max(0, measureAt))}`.replace(BASELINE_TAIL, '');
  const linked = LINKING_TAIL.test(lead);
  const named = tidy(lead.replace(LINKING_TAIL, '').replace(/^[\s-]*(?:phấn đấu|phân đầu)\s*/iu, ''));
  // Commas stay: "người hưởng trợ cấp xã hội, hưu trí xã hội mở mới tài khoản …" is one thing measured.
  const run = /^[^;.()|]{0,160}/u.exec(after)?.[0] ?? '';
  // A phrase longer than that ends at a word's end, not inside one.
  const phrase = withoutDanglingTail(tidy(/\p{L}/u.test(after[run.length] ?? '') ? run.replace(/\s\S*$/u, '') : run));
  return { wording: wordingOf(named, phrase, measureAt >= 0, linked), context: `${measureAt >= 0 ? before.slice(measureAt) : before} ${after}` };
}

/**
 * The measured thing as an analyst would write it: the measure noun's phrase; a share of a base
 * with its subject ("Kinh tế số chiếm 45% GRDP tỉnh" → "Kinh tế số trong GRDP tỉnh"); for a
 * counted noun alone, the subject a linking verb joins to it ("Kim ngạch xuất khẩu đạt 8,95 tỷ USD"),
 * the people a duty serves ("Giải quyết việc làm cho 59.000 người") or what the plan does to it
 * ("lắp đặt mới 58 trạm" → "trạm lắp đặt mới"); else the phrase after the number.
 */
function wordingOf(named: string, phrase: string, hasMeasureNoun: boolean, linked: boolean): string {
  if (hasMeasureNoun && named) return named;
  const subject = tidy(named.replace(YEAR_PHRASE, ' '));
  if (PERCENT_BASE.test(phrase) && subject) return `${subject} trong ${phrase}`;
  // "Năng suất lao động năm 2030 tăng gấp 1,7 lần so với năm 2020": what grows, not the multiple.
  if (/^lần(?!\p{L})/u.test(phrase) && subject) return subject;
  if (phrase.split(' ').length >= 2) return phrase;
  if (!subject) return named || phrase;
  if (/\scho$/u.test(subject)) return `${subject} ${phrase}`;
  if (linked || ` ${fold(subject)} `.includes(` ${fold(phrase)} `) || !/^\p{L}{2}/u.test(phrase)) return subject;
  return subject.split(' ').length <= 5 ? `${phrase} ${subject}` : subject;
}
const PER_YEAR_FOR = /^\s{0,2}\/\s{0,2}năm(?:\s{1,2}đối với)?\s{0,2}/iu;
/** "… giảm từ 23 ca xuống" before "18 ca": the change from a baseline, not the thing measured. */
const BASELINE_TAIL = /\s(?:(?:giảm|tăng)\s)?từ\s[\d.,]{1,12}(?:\s\p{L}{1,12}){0,2}\s(?:xuống|lên)(?:\s(?:còn|mức))?\s{0,2}$/iu;
/** "đến năm 2026", "năm 2030,": a time, not part of what is measured. */
const YEAR_PHRASE = /(?:(?:đến|trong|vào|từ)\s)?năm\s\d{4},?/giu;
/** The base a share is taken of: "45% GRDP tỉnh", "2% GDP" (the GUIDE: the base goes into the measured thing). */
const PERCENT_BASE = /^(?:GRDP|GDP)(?!\p{L})/u;

/** Words left at the end of a phrase the next number cut short: "… trạm y tế trên toàn tỉnh và" (80% …). */
const DANGLING = new Set(DANGLING_WORDS);

function withoutDanglingTail(phrase: string): string {
  const words = phrase.split(' ');
  while (words.length && DANGLING.has(fold(words[words.length - 1]).replace(/,$/u, ''))) words.pop();
  return words.join(' ').replace(/,$/u, '');
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/^[\s,;:-]+|(?<![\s,;:-])[\s,;:-]+$/g, '').trim();
}

