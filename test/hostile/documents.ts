// Documents for the generative tests: a recipe of real plan lines and adversarial runs, built to
// any size by repeating it, so one shape can be read at 16 KB and at 128 KB and the two timed
// against each other. The lines are those of the seed plans and two plans of 2025 (headings,
// targets, duties, tables, recipients, signatures); the runs are the characters and words the
// readers look for, repeated, as a hostile file would.
import { readFileSync } from 'node:fs';
import { fc } from '@fast-check/vitest';

const SOURCES = [
  'fixtures/seeds/002_5d4ee1467f99bd22.txt',
  'fixtures/seeds/004_175d1388e304d654.txt',
  'fixtures/dev/cantho-kh153-2025-ctmtqg-matuy.md',
  'fixtures/corpus/15_chinhphu-nq03-2025-chuongtrinh-hanhdong-nq57.txt',
];
/** Every non-blank line of the source plans, tables and all. */
export const PLAN_LINES = [...new Set(SOURCES.flatMap((path) => readFileSync(path, 'utf8').split('\n')).filter((line) => line.trim()))];

/** Units that once made some reader super-linear, and their kin. */
export const HOSTILE_UNITS = [
  '1', '0', '.', ',', ' ', '  ', '\f', '\ufeff', '\t', '-', '–', '/', ':', ';', '(', ')', '|', '**', '*', '_', '#', '>', '<', '[', '](', '`',
  '\n', '\n\n', 'ngày', 'số', 'Số:', 'tháng', 'năm', 'quý', 'I.', 'a)', 'và', 'đạt', 'là', 'trên', 'chủ trì', 'Sở', 'tỉnh', 'TM.',
  '80%, ', '- ', '> ', '  - ', 'I. MỤC TIÊU\n', 'a) Nội dung\n', 'TỔ CHỨC THỰC HIỆN\n', '<a', '&amp;', 'trong đó ', 'ộ', 'Ư', 'đ', 'ế',
];

export type Piece = { line: number } | { unit: string; times: number };
export type Recipe = Piece[];

export const recipeArbitrary: fc.Arbitrary<Recipe> = fc.array(
  fc.oneof(
    fc.integer({ min: 0, max: PLAN_LINES.length - 1 }).map((line): Piece => ({ line })),
    fc.record({ unit: fc.array(fc.constantFrom(...HOSTILE_UNITS), { minLength: 1, maxLength: 4 }).map((u) => u.join('')), times: fc.integer({ min: 1, max: 400 }) }),
  ),
  { minLength: 1, maxLength: 12 },
);

/** The recipe repeated until it fills `size` characters (cut there). */
export function build(recipe: Recipe, size: number): string {
  const once = recipe.map((p) => ('line' in p ? `${PLAN_LINES[p.line]}\n` : p.unit.repeat(p.times))).join('');
  if (!once) return '';
  return once.repeat(Math.ceil(size / once.length)).slice(0, size);
}

/** The same recipe with its runs lengthened in place instead: one long line, one long paragraph. */
export function buildStretched(recipe: Recipe, size: number): string {
  const fixed = recipe.reduce((n, p) => n + ('line' in p ? PLAN_LINES[p.line].length + 1 : 0), 0);
  const units = recipe.filter((p): p is { unit: string; times: number } => 'unit' in p);
  if (!units.length) return build(recipe, size);
  const perRun = Math.max(1, Math.floor((size - fixed) / units.length));
  return recipe.map((p) => ('line' in p ? `${PLAN_LINES[p.line]}\n` : p.unit.repeat(Math.ceil(perRun / p.unit.length)))).join('').slice(0, size);
}
