// From what a rule found to columns in the user's file. Blocks are cleaned of markdown marks and
// hard wraps are joined, so an offset inside a block is not a column: the matched text is looked
// up again in the raw source line it came from.
import type { PlanText } from '../parse/plan-text.js';
import { blockLine, type Block } from '../text/blocks.js';
import { fold } from '../vocab/fold.js';
import type { Span } from './types.js';

/**
 * The span of `needle` on source line `line` (its `nth` occurrence there, 0-based), matched case-
 * and tone-placement-insensitively; when the needle is not on that line (it was wrapped), the span
 * of its first word, and failing that the whole line.
 */
export function spanOnLine(plan: PlanText, line: number, needle: string, nth = 0): Span {
  const raw = plan.lines[line - 1] ?? '';
  const haystack = fold(raw);
  for (const candidate of [needle, needle.split(/\s+/)[0]]) {
    const wanted = fold(candidate);
    if (!wanted) continue;
    let at = -1;
    for (let i = 0, from = 0; i <= nth; i++, from = at + 1) {
      const next = haystack.indexOf(wanted, from);
      if (next < 0) break;
      at = next;
    }
    if (at >= 0) return { line, column: at + 1, endLine: line, endColumn: at + 1 + candidate.length };
  }
  return wholeLine(plan, line);
}

/** The span of the text at `offset` (length `length`) of a block, on the source line it came from. */
export function spanInBlock(plan: PlanText, block: Block, offset: number, length: number): Span {
  const line = blockLine(block, offset);
  const needle = block.text.slice(offset, offset + length);
  const pieceStart = block.starts[block.lines.indexOf(line)] ?? 0;
  // The same words may stand earlier on the same line: count them to pick the right one.
  const before = fold(block.text.slice(pieceStart, offset));
  const wanted = fold(needle);
  let nth = 0;
  for (let at = before.indexOf(wanted); at >= 0; at = before.indexOf(wanted, at + 1)) nth++;
  return spanOnLine(plan, line, needle, nth);
}

/** A whole source line, leading blanks left out. */
export function wholeLine(plan: PlanText, line: number): Span {
  const raw = plan.lines[line - 1] ?? '';
  const start = raw.length - raw.trimStart().length;
  return { line, column: start + 1, endLine: line, endColumn: Math.max(start + 2, raw.trimEnd().length + 1) };
}

/** The last line that holds any text (where a missing end-of-document part would go). */
export function lastTextLine(plan: PlanText): number {
  for (let i = plan.lines.length - 1; i >= 0; i--) if (plan.lines[i].trim()) return i + 1;
  return 1;
}
