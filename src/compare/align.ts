// Targets no catalogue entry names, lined up across plans by what they measure: two targets share a
// row when their measured things, worded each plan's own way, share most of their content syllables
// (Dice ≥ SAME_MEASURE over folded syllables, abbreviations written out, function words, the measure
// noun and the place dropped), count the same kind of thing (a share with a share, a count of one
// noun with a count of that noun), name the same parts of a whole (src/vocab/measure-contrasts.ts:
// sea and land routes, poor and near-poor households) and the same numbers ("dưới 5 tuổi"), and do
// not point opposite ways (a rise and a fall). A group is
// grown by complete link, so every two of its targets meet that bar, not only neighbours: chains
// of near-misses do not fuse different measures.
import type { Target } from '../model.js';
import { fold } from '../vocab/fold.js';
import { MEASURE_CONTRASTS } from '../vocab/measure-contrasts.js';
import { MEASURE_ABBREVIATIONS, MEASURE_STOP_SYLLABLES, PART_MARKERS } from '../vocab/measure-words.js';
import { PROVINCE_NAMES } from '../vocab/provinces.js';
import { direction } from './target-value.js';

/** Dice similarity of two measured things above which they are one measure; chosen on the dev pair. */
export const SAME_MEASURE = 0.75;
/** Syllables shared with more targets than this are too common to propose candidates by. */
const COMMON = 400;

export interface Placed {
  column: string;
  target: Target;
}

const STOP = new Set(MEASURE_STOP_SYLLABLES);
const ABBREVIATION = new Map(MEASURE_ABBREVIATIONS);
const PLACES = PROVINCE_NAMES.map((p) => fold(p)).sort((a, b) => b.length - a.length);

/** The content syllables of a measured thing: "Kinh tế số chiếm 45% GRDP tỉnh" → {kinh, tế, số?, grdp} (folded). */
export function measureSyllables(wording: string): Set<string> {
  let text = fold(wording);
  for (const place of PLACES) if (text.includes(place)) text = text.split(place).join(' ');
  const out = new Set<string>();
  for (const word of text.split(/[^\p{L}\d]+/u)) {
    if (!word) continue;
    for (const syllable of (ABBREVIATION.get(word) ?? word).split(' ')) if (!STOP.has(syllable)) out.add(syllable);
  }
  return out;
}

const CONTRAST_PHRASES = MEASURE_CONTRASTS.flatMap((group) =>
  Object.entries(group.kinds).flatMap(([kind, phrases]) => phrases.map((phrase) => ({ phrase: ` ${fold(phrase)} `, kind: `${group.name}:${kind}` }))),
).sort((a, b) => b.phrase.length - a.phrase.length);
/** A year is when, not what: "hộ nghèo theo chuẩn giai đoạn 2026-2030" measures what "hộ nghèo" does. */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * What a wording singles out of its whole: the kinds of measure-contrasts it names and the numbers
 * in it other than years, as one key. "tuyến đường biển, đường hàng không" → "route:air route:sea".
 */
export function measureKinds(wording: string): string {
  const folded = fold(wording);
  let text = ` ${folded.replace(/[^\p{L}\d]+/gu, ' ').trim()} `;
  const kinds = new Set<string>();
  for (const { phrase, kind } of CONTRAST_PHRASES) {
    if (!text.includes(phrase)) continue;
    kinds.add(kind);
    text = text.split(phrase).join('  ');
  }
  for (const number of folded.match(/\d+(?:[.,]\d+)*/g) ?? []) {
    const digits = number.replace(/^0+(?=\d)/, '');
    if (!YEAR.test(digits)) kinds.add(digits);
  }
  return [...kinds].sort().join(' ');
}

const PART = new RegExp(PART_MARKERS.map((m) => `(?<!\\p{L})${m}(?!\\p{L})`).join('|'), 'gu');

/**
 * What a target measures, in words: its own wording, and for a part of a whole ("Kinh phí chi cho
 * R&D đạt 2% GDP, trong đó kinh phí từ xã hội chiếm hơn 60%") the clause of the whole before the
 * marker as well, its numbers dropped.
 */
export function wordingInContext(target: Target): string {
  const text = fold(target.text);
  const at = text.indexOf(fold(target.indicator));
  if (at <= 0) return target.indicator;
  // The marker in the part's own clause ("…; bố trí ít nhất 3% tổng chi" is no part of what a
  // "trong đó" of the clause before measures), and the whole in the clause before the marker.
  const clauseOf = (i: number) => Math.max(text.lastIndexOf('.', i), text.lastIndexOf(';', i), text.lastIndexOf(':', i)) + 1;
  let marker = -1;
  for (const m of text.slice(clauseOf(at), at).matchAll(PART)) marker = clauseOf(at) + m.index;
  if (marker < 0) return target.indicator;
  const whole = target.text.slice(clauseOf(marker), marker).replace(/\d+(?:[.,]\d+)*/g, ' ');
  return `${whole} ${target.indicator}`;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** A share with a share, a count of a noun with a count of that noun, and never a rise with a fall. */
function comparableUnits(a: Target, b: Target): boolean {
  if ((a.unit === '%') !== (b.unit === '%')) return false;
  if (a.unit !== '%' && unitNoun(a.unit) !== unitNoun(b.unit)) return false;
  return direction(a.comparator) * direction(b.comparator) >= 0;
}

/**
 * The noun a count counts, before any list: a table's unit column says "tổ chức, doanh nghiệp" where
 * the sentence "ít nhất 3 tổ chức, doanh nghiệp công nghệ hàng đầu" gives "tổ chức".
 */
function unitNoun(unit: string): string {
  return fold(unit).split(',')[0].trim();
}

/**
 * Two targets of one plan for one year with different values measure two things, however alike
 * their wording ("Kinh phí chi cho R&D" 2% of GDP, "Tỷ trọng kinh phí từ xã hội trên kinh phí chi
 * cho R&D" 60%): one row holds one of them. A repeat of the same value is one target.
 */
function rival(a: Placed, b: Placed): boolean {
  const [x, y] = [a.target, b.target];
  return a.column === b.column && x.year === y.year && (x.value !== y.value || x.valueMax !== y.valueMax || x.comparator !== y.comparator);
}

/** Groups of targets that measure one thing; a target that meets no other stands alone. */
export function alignTargets(items: Placed[]): Placed[][] {
  const wordings = items.map((p) => wordingInContext(p.target));
  const syllables = wordings.map(measureSyllables);
  const kinds = wordings.map(measureKinds);
  const comparable = (i: number, j: number) => kinds[i] === kinds[j] && comparableUnits(items[i].target, items[j].target);
  // Candidates share a syllable that is not everywhere: an index instead of every pair.
  const bySyllable = new Map<string, number[]>();
  syllables.forEach((set, i) => {
    for (const s of set) {
      const list = bySyllable.get(s);
      if (list) list.push(i);
      else bySyllable.set(s, [i]);
    }
  });
  const candidates = new Map<string, number>();
  for (const list of bySyllable.values()) {
    if (list.length > COMMON) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = [list[x], list[y]];
        const key = `${i} ${j}`;
        if (candidates.has(key) || !comparable(i, j)) continue;
        const similarity = dice(syllables[i], syllables[j]);
        if (similarity >= SAME_MEASURE) candidates.set(key, similarity);
      }
    }
  }
  // Strongest pairs first; two groups merge only when every cross pair is a candidate (complete link).
  const group = items.map((_, i) => [i]);
  const groupOf = items.map((_, i) => i);
  const pairs = [...candidates].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const [key] of pairs) {
    const [i, j] = key.split(' ').map(Number);
    const [gi, gj] = [groupOf[i], groupOf[j]];
    if (gi === gj) continue;
    const linked = group[gi].every((a) => group[gj].every((b) => candidates.has(a < b ? `${a} ${b}` : `${b} ${a}`) && !rival(items[a], items[b])));
    if (!linked) continue;
    for (const k of group[gj]) groupOf[k] = gi;
    for (const k of group[gj]) group[gi].push(k);
    group[gj] = [];
  }
  return group.filter((g) => g.length).map((g) => g.sort((a, b) => a - b).map((i) => items[i]));
}
