// Random damage to a plan text, as conversions and portals do it: lines cut, duplicated and
// shuffled, table pipes, bold marks and NUL bytes dropped in, lines blown up to tens of kilobytes.
import { fc } from '@fast-check/vitest';

/** What gets dropped into a line: table and markdown furniture, control and invisible characters. */
export const INJECTED = ['|', '**', '***', '\u0000', '| --- | --- |', '\t', '\ufeff', '\u200b', '¹', '[^1]', '<br>', '\\', '–', '# ', '_', '\r'];

/** The longest line an edit makes: 64 K characters. */
const MAX_LONG_LINE = 64 * 1024;

export type Edit =
  | { kind: 'cut'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number; to: number }
  | { kind: 'swap'; at: number; to: number }
  | { kind: 'inject'; at: number; column: number; token: string }
  | { kind: 'long-line'; at: number; times: number };

export const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 60 }), to: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('inject' as const), at: fc.nat(), column: fc.nat(), token: fc.constantFrom(...INJECTED) }),
  // A line repeated up to 400 times, at most 64 K characters: 20–60 KB for a typical plan line.
  fc.record({ kind: fc.constant('long-line' as const), at: fc.nat(), times: fc.integer({ min: 50, max: 400 }) }),
);

export function applyEdits(text: string, edits: Edit[]): string {
  let lines = text.split('\n');
  for (const edit of edits) lines = applyEdit(lines, edit);
  return lines.join('\n');
}

function applyEdit(lines: string[], edit: Edit): string[] {
  if (lines.length === 0) return lines;
  const at = edit.at % lines.length;
  switch (edit.kind) {
    case 'cut':
      return [...lines.slice(0, at), ...lines.slice(at + edit.length)];
    case 'duplicate': {
      const to = edit.to % lines.length;
      return [...lines.slice(0, to), ...lines.slice(at, at + edit.length), ...lines.slice(to)];
    }
    case 'swap': {
      const out = [...lines];
      const to = edit.to % lines.length;
      [out[at], out[to]] = [out[to], out[at]];
      return out;
    }
    case 'inject': {
      const line = lines[at];
      const column = edit.column % (line.length + 1);
      return [...lines.slice(0, at), line.slice(0, column) + edit.token + line.slice(column), ...lines.slice(at + 1)];
    }
    case 'long-line': {
      // Capped: blowing up an already long line again would multiply into tens of megabytes.
      const long = Array(edit.times).fill(lines[at] || 'Phấn đấu đạt 80%').join(' ').slice(0, MAX_LONG_LINE);
      return [...lines.slice(0, at), long, ...lines.slice(at + 1)];
    }
  }
}
