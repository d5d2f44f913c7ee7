// From what a rule found to columns in the user's file. Blocks are cleaned of markdown marks and
// hard wraps are joined, so an offset inside a block is not a column: the matched text is looked
// up again in the raw source line it came from.
//
// Folded lines and the places of each looked-up text are remembered per parsed plan, so that a
// paragraph with thousands of findings costs one scan per distinct text, not one per finding
// (linear, not quadratic, on adversarial input).
import type { PlanText } from '../parse/plan-text.js';
import { blockPiece, type Block } from '../text/blocks.js';
import { fold } from '../vocab/fold.js';
import type { Span } from './types.js';

interface PlanCache {
  foldedLines: Map<number, string>;
  /** "line\0needle" or "block#piece\0needle" → every offset where the folded needle stands. */
  places: Map<string, number[]>;
  blockIds: Map<Block, number>;
}

const caches = new WeakMap<PlanText, PlanCache>();

function cacheOf(plan: PlanText): PlanCache {
  let cache = caches.get(plan);
  if (!cache) caches.set(plan, (cache = { foldedLines: new Map(), places: new Map(), blockIds: new Map() }));
  return cache;
}

function placesIn(cache: PlanCache, key: string, haystack: () => string, wanted: string): number[] {
  const memo = cache.places.get(`${key}\u0000${wanted}`);
  if (memo) return memo;
  const text = haystack();
  const found: number[] = [];
  for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) found.push(at);
  cache.places.set(`${key}\u0000${wanted}`, found);
  return found;
}

/**
 * The span of `needle` on source line `line` (its `nth` occurrence there, 0-based), matched case-
 * and tone-placement-insensitively; when the needle is not on that line (it was wrapped), the span
 * of its first word, and failing that the whole line.
 */
export function spanOnLine(plan: PlanText, line: number, needle: string, nth = 0): Span {
  const cache = cacheOf(plan);
  const folded = () => {
    let text = cache.foldedLines.get(line);
    if (text === undefined) cache.foldedLines.set(line, (text = fold(plan.lines[line - 1] ?? '')));
    return text;
  };
  for (const candidate of [needle, needle.split(/\s+/)[0]]) {
    const wanted = fold(candidate);
    if (!wanted) continue;
    const found = placesIn(cache, `L${line}`, folded, wanted);
    const at = found[Math.min(nth, found.length - 1)];
    if (at !== undefined) return { line, column: at + 1, endLine: line, endColumn: at + 1 + candidate.length };
  }
  return wholeLine(plan, line);
}

/** The span of the text at `offset` (length `length`) of a block, on the source line it came from. */
export function spanInBlock(plan: PlanText, block: Block, offset: number, length: number): Span {
  const piece = blockPiece(block, offset);
  const line = block.lines[piece];
  const needle = block.text.slice(offset, offset + length);
  const pieceStart = block.starts[piece] ?? 0;
  const pieceEnd = block.starts[piece + 1] ?? block.text.length;
  // The same words may stand earlier on the same line: count them to pick the right one.
  const cache = cacheOf(plan);
  let id = cache.blockIds.get(block);
  if (id === undefined) cache.blockIds.set(block, (id = cache.blockIds.size));
  const inPiece = placesIn(cache, `B${id}#${piece}`, () => fold(block.text.slice(pieceStart, pieceEnd)), fold(needle));
  return spanOnLine(plan, line, needle, countBelow(inPiece, offset - pieceStart));
}

/** How many of the ascending `offsets` are below `limit` (binary search). */
function countBelow(offsets: number[], limit: number): number {
  let [low, high] = [0, offsets.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsets[mid] < limit) low = mid + 1;
    else high = mid;
  }
  return low;
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
