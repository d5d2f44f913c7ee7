// Headings numbered out of turn at any level: a gap (I, II, IV: III is missing), a repeated
// number (2, 2), or a number going backwards (3, 2), among the headings of one parent. Articles
// ("Điều") run on through chapters and parts, as the law on legal texts numbers them; a decision's
// own articles are a run of their own, apart from those of the regulation it issues.
import type { Section } from '../../model.js';
import type { Heading } from '../../parse/section-tree.js';
import { romanValue } from '../../parse/heading-label.js';
import { spanOnLine } from '../locate.js';
import { noOptions, type Finding, type Rule, type Span } from '../types.js';
import type { PlanText } from '../../parse/plan-text.js';

// Vietnamese letter items run a, b, c, d, đ, e, g, h … (no f, j, w, z); many texts skip "đ".
const LETTERS = 'abcdđeghiklmnopqrstuvxy';

export const sectionNumbering: Rule = {
  meta: {
    id: 'section-numbering',
    description: 'Headings numbered with a gap, a repeat or backwards, at any level.',
    severity: 'error',
    options: noOptions(),
    docs: 'Sections are compared with the sections of the same kind under the same parent: Roman `I.`, Arabic `1.`, dotted `1.1.` (by its last number) and letters `a)` (a, b, c, d, đ, e, … with "đ" optional). A gap usually means a section was deleted or never written.',
    examples: {
      bad: [
        'KẾ HOẠCH\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nNội dung.\n\nII. NHIỆM VỤ\n\nNội dung.\n\nIV. KINH PHÍ THỰC HIỆN\n\nNội dung.',
        'KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\n1. Mục đích\n\nNội dung.\n\n1. Yêu cầu\n\nNội dung.',
      ],
      good: ['KẾ HOẠCH\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\nNội dung.\n\n2. Yêu cầu\n\nNội dung.\n\nII. NHIỆM VỤ\n\nNội dung.'],
    },
  },
  check({ extraction }) {
    const { plan } = extraction;
    // The roots the record leaves out are the decision's own articles (a Set: one lookup per root).
    const kept = new Set(plan.sections);
    const decisionOwn = new Set(plan.tree.roots.filter((s) => !kept.has(s)));
    // Keyed by the parent section itself, not its id: a number written twice ("IV.", "IV.") gives
    // two sections of one id, and their children are two runs.
    const runs = new Map<Section | typeof DECISION | null, Map<string, Heading[]>>();
    for (const heading of plan.tree.headings) {
      const parent = decisionOwn.has(heading.section) ? DECISION : parentOfRun(plan, heading);
      const byKind = runs.get(parent) ?? runs.set(parent, new Map()).get(parent)!;
      const siblings = byKind.get(heading.kind);
      if (siblings) siblings.push(heading);
      else byKind.set(heading.kind, [heading]);
    }
    const findings: Finding[] = [];
    for (const byKind of runs.values()) for (const siblings of byKind.values()) for (const finding of checkSiblings(plan, siblings)) findings.push(finding);
    return findings;
  },
};

const DECISION = Symbol('the decision\'s own articles');

/** The section whose children a heading is numbered among; for an article, past chapters and parts. */
function parentOfRun(plan: PlanText, heading: Heading): Section | null {
  // The chain of headings a heading's block falls under ends with the heading itself.
  const path = plan.tree.pathOfBlock[heading.blockIndex].slice(0, -1);
  const parent = heading.kind === 'article' ? [...path].reverse().find((h) => h.kind !== 'chapter' && h.kind !== 'part') : path.at(-1);
  return parent?.section ?? null;
}

function checkSiblings(plan: PlanText, siblings: Heading[]): Finding[] {
  const findings: Finding[] = [];
  siblings.forEach((heading, i) => {
    const value = valueOf(heading);
    if (value === null) return;
    const here = labelSpan(plan, heading);
    if (i === 0) {
      const from = plan.tree.pathOfBlock[heading.blockIndex].at(-2)?.section.line ?? 1;
      if (value !== 1 && !writtenBetween(plan, from, heading.section.line, labelOf(heading, 1))) findings.push({ ...here, message: `The first ${kindName(heading)} is numbered ${heading.section.label}; numbering starts at ${labelOf(heading, 1)}.` });
      return;
    }
    const previous = siblings[i - 1];
    const before = valueOf(previous);
    if (before === null) return;
    const related = { ...labelSpan(plan, previous), message: `${previous.section.label} is here` };
    // Letter items restart at "a" under an unnumbered sub-heading ("Năng lượng*").
    if (heading.kind === 'letter' && value === 1) return;
    if (value === before) findings.push({ ...here, message: `${capital(kindName(heading))} ${heading.section.label} is numbered twice.`, related });
    else if (value < before) findings.push({ ...here, message: `${capital(kindName(heading))} ${heading.section.label} comes after ${previous.section.label}: out of order.`, related });
    else if (value > before + 1 && !(heading.kind === 'letter' && skipsOnlyĐ(previous, heading)) && !writtenBetween(plan, previous.section.line, heading.section.line, labelOf(heading, before + 1))) {
      const missing = labelOf(heading, before + 1) + (value > before + 2 ? `–${labelOf(heading, value - 1)}` : '');
      findings.push({ ...here, message: `${capital(kindName(heading))} ${missing} is missing: ${previous.section.label} is followed by ${heading.section.label}.`, related });
    }
  });
  return findings;
}

/** The number a label stands for: "IV" → 4, "2.3" → 3, "đ" → 5. */
function valueOf(heading: Heading): number | null {
  const label = heading.section.label;
  if (heading.kind === 'letter') {
    const at = LETTERS.indexOf(label);
    return at < 0 ? null : at + 1;
  }
  const last = label.split('.').pop()!;
  if (/^\d{1,3}$/.test(last)) return Number(last);
  if (/^[IVXLC]{1,6}$/.test(last)) return romanValue(last);
  return null;
}

/**
 * The missing label does stand at the start of a line in between ("*2.3.\nCông an tỉnh*": a
 * heading broken over two lines that the section tree did not take): not a gap in the text.
 */
function writtenBetween(plan: PlanText, fromLine: number, toLine: number, label: string): boolean {
  const escaped = label.replace(/\./g, '\\.');
  const start = new RegExp(`^[\\s*#_]{0,8}${escaped}[.)\\-:]`, 'u');
  return plan.lines.slice(fromLine, toLine - 1).some((line) => start.test(line));
}

function skipsOnlyĐ(previous: Heading, heading: Heading): boolean {
  return previous.section.label === 'd' && heading.section.label === 'e';
}

function labelOf(heading: Heading, value: number): string {
  if (heading.kind === 'letter') return LETTERS[value - 1] ?? String(value);
  const prefix = heading.section.label.includes('.') ? heading.section.label.slice(0, heading.section.label.lastIndexOf('.') + 1) : '';
  return /^[IVXLC]/.test(heading.section.label) ? toRoman(value) : `${prefix}${value}`;
}

function toRoman(value: number): string {
  const table: Array<[number, string]> = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = value;
  for (const [n, s] of table) while (rest >= n) { out += s; rest -= n; }
  return out;
}

function kindName(heading: Heading): string {
  return heading.kind === 'letter' ? 'item' : heading.kind === 'article' ? 'article' : 'section';
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function labelSpan(plan: PlanText, heading: Heading): Span {
  return spanOnLine(plan, heading.section.line, heading.section.label);
}
