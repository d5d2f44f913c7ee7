// Comments a drafter writes in a plan to silence a rule, as ESLint's eslint-disable comments. An
// HTML comment, so that a markdown plan shows nothing of it; a text plan holds it as written:
//   <!-- plans-disable known-typo -->               the rule, from this line to the end of the file
//   <!-- plans-disable -->                          every rule, from here on
//   <!-- plans-disable-next-line known-typo -->     the next line that holds text
//   … text … <!-- plans-disable-line known-typo -->  its own line
// Several rules are separated by commas; anything after " -- " is a reason for the reader.
import type { Diagnostic } from './types.js';

const DIRECTIVE = /<!--\s{0,8}plans-disable(-next-line|-line)?(?=\s|-->)([^>]{0,400})-->/gu;

/**
 * What the directives of a file silence: each rule (or ALL) from a line to the end, and single
 * lines. Kept as maps so that a file of many directives and many findings costs no more than both.
 */
export interface Silences {
  /** Rule id (or ALL) → the first line it is silenced from. */
  from: Map<string, number>;
  /** Line → the rule ids (or ALL) silenced on it. */
  lines: Map<number, Set<string>>;
}

const ALL = '*';

/** The directives of a file's lines. */
export function readDirectives(lines: string[]): Silences {
  const silences: Silences = { from: new Map(), lines: new Map() };
  lines.forEach((text, index) => {
    if (!text.includes('plans-disable')) return;
    for (const m of text.matchAll(DIRECTIVE)) {
      const named = m[2].split(' -- ')[0].split(',').map((r) => r.trim()).filter(Boolean);
      const rules = named.length ? named : [ALL];
      if (m[1] === undefined) {
        for (const rule of rules) if (!silences.from.has(rule)) silences.from.set(rule, index + 1);
        continue;
      }
      const line = m[1] === '-line' ? index + 1 : nextTextLine(lines, index + 1);
      const onLine = silences.lines.get(line) ?? silences.lines.set(line, new Set()).get(line)!;
      for (const rule of rules) onLine.add(rule);
    }
  });
  return silences;
}

/** The diagnostics no directive silences. */
export function unsilenced(diagnostics: Diagnostic[], silences: Silences): Diagnostic[] {
  if (silences.from.size === 0 && silences.lines.size === 0) return diagnostics;
  const silenced = (d: Diagnostic) => {
    const onLine = silences.lines.get(d.line);
    if (onLine && (onLine.has(ALL) || onLine.has(d.ruleId))) return true;
    return [ALL, d.ruleId].some((rule) => d.line >= (silences.from.get(rule) ?? Infinity));
  };
  return diagnostics.filter((d) => !silenced(d));
}

/** The 1-based number of the first line from `index` (0-based) on that holds text. */
function nextTextLine(lines: string[], index: number): number {
  let i = index;
  while (i < lines.length && lines[i].trim() === '') i++;
  return i + 1;
}
