// The generative test of issue 15: documents built from real plan lines and adversarial runs
// (documents.ts) go through every stage a file goes through (reading as text, markdown or HTML,
// extraction, the record's schema, every check rule, every compare view), and
//  - at a few KB, 10,000 of them (PLANS_FUZZ_RUNS) must neither throw nor produce an invalid record;
//  - at 16 KB and 128 KB, each shape must not cost more than three times what linear growth allows
//    (CPU time of the larger over the smaller, measured in this one process: a ratio, so a busy
//    machine slows both sides alike; a quadratic stage gives 64, a linear one 8).
// The seed is fixed in CI; PLANS_FUZZ_SEED=random (or a number) and PLANS_FUZZ_RUNS=100000 run more.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/check/engine.js';
import { compare, COMPARE_VIEWS } from '../../src/compare/index.js';
import { extractText } from '../../src/extract/index.js';
import { DecodeError } from '../../src/input/decode.js';
import { loadText } from '../../src/input/load.js';
import type { SourceFormat } from '../../src/model.js';
import { DEFAULT_CATALOG } from '../../src/vocab/indicators.js';
import { build, buildStretched, recipeArbitrary, type Recipe } from './documents.js';
import { schemaErrors } from './record-schema.js';

const seedSetting = process.env.PLANS_FUZZ_SEED;
const SEED = seedSetting === 'random' ? Date.now() % 2 ** 31 : Number(seedSetting ?? 20261206);
const RUNS = Number(process.env.PLANS_FUZZ_RUNS ?? 10_000);
const SCALING_RUNS = Number(process.env.PLANS_FUZZ_SCALING_RUNS ?? 16);
if (seedSetting === 'random') console.log(`generative test seed: ${SEED}`);

const FORMATS = ['text', 'markdown', 'html'] as const;
const NAMES: Record<(typeof FORMATS)[number], string> = { text: 'plan.txt', markdown: 'plan.md', html: 'plan.html' };

/** HTML of the text: its lines as paragraphs, as a portal would serve them. */
const asHtml = (text: string) => `<html><body>${text.split('\n').map((l) => `<p>${l}</p>`).join('')}</body></html>`;

type Format = (typeof FORMATS)[number];
/** The stages a file goes through, each a step that takes what the one before gave. */
const STAGES = ['read', 'extract', 'check', 'compare'] as const;
type Stage = (typeof STAGES)[number];

/**
 * Every stage a file goes through: reading, extraction (and the record's schema), every check rule,
 * every compare view. Throws what any stage throws, but a reasoned refusal of the file. `timed`, when
 * given, receives each stage's CPU milliseconds.
 */
async function throughEverything(text: string, format: Format, timed?: (stage: Stage, ms: number) => void): Promise<void> {
  const clock = (stage: Stage, from: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(from);
    timed?.(stage, (used.user + used.system) / 1000);
    return process.cpuUsage();
  };
  let at = process.cpuUsage();
  const bytes = Buffer.from(format === 'html' ? asHtml(text) : text);
  let loaded;
  try {
    loaded = await loadText(NAMES[format], bytes);
  } catch (error) {
    if (error instanceof DecodeError) return; // "empty file", "binary file": one line for the user
    throw error;
  }
  at = clock('read', at);
  const extraction = extractText(loaded.text, { path: NAMES[format], sha256: '0'.repeat(64), format: loaded.format as SourceFormat });
  at = clock('extract', at);
  expect(schemaErrors(extraction.record)).toEqual([]);
  at = process.cpuUsage();
  // Every rule, even over a text `plans check` would pass by as no issued text.
  runRules(extraction, { stage: 'final', today: '2026-12-06', rules: {} });
  at = clock('check', at);
  for (const view of COMPARE_VIEWS) compare([extraction.record, extraction.record], { view, catalog: DEFAULT_CATALOG });
  clock('compare', at);
}

/** Below this, CPU time is timer and GC noise: a smaller side counts as this much. */
const NOISE_MS = 10;

/** Each stage's CPU milliseconds for the text, the cheapest of `runs` runs. */
async function stageCosts(text: string, format: Format, runs: number): Promise<Record<Stage, number>> {
  const best = Object.fromEntries(STAGES.map((s) => [s, Infinity])) as Record<Stage, number>;
  for (let i = 0; i < runs; i++) {
    const run: Partial<Record<Stage, number>> = {};
    await throughEverything(text, format, (stage, ms) => (run[stage] = ms));
    for (const stage of STAGES) best[stage] = Math.min(best[stage], run[stage] ?? 0);
  }
  return best;
}

/**
 * The stages whose cost grew `limit` times or more from the small text to the large one. Each side
 * is the cheapest of its runs (three small, two large), so a run a busy machine slowed does not count.
 */
async function superLinearStages(small: string, large: string, format: Format, limit: number): Promise<string[]> {
  const [a, b] = [await stageCosts(small, format, 3), await stageCosts(large, format, 2)];
  return STAGES.filter((s) => b[s] / Math.max(NOISE_MS, a[s]) >= limit).map((s) => `${s}: ${a[s].toFixed(1)} → ${b[s].toFixed(1)} ms`);
}

const SMALL = 16 * 1024;
const LARGE = 8 * SMALL;
/** Linear growth multiplies the cost by LARGE / SMALL; three times that is allowed, a quadratic stage gives 64. */
const LIMIT = 3 * (LARGE / SMALL);

describe(`generated documents (seed ${SEED})`, () => {
  test.prop([recipeArbitrary, fc.constantFrom(...FORMATS), fc.integer({ min: 200, max: 1500 })], { numRuns: RUNS, seed: SEED })(
    `${RUNS} small documents: no stage throws, every record is valid`,
    async (recipe, format, size) => {
      await throughEverything(build(recipe, size), format);
    },
    600_000,
  );

  test.prop([recipeArbitrary, fc.constantFrom(...FORMATS), fc.boolean()], { numRuns: SCALING_RUNS, seed: SEED })(
    `${SCALING_RUNS} shapes at 16 KB and 128 KB: the cost grows at most three times faster than the size`,
    async (recipe: Recipe, format, stretched) => {
      const make = stretched ? buildStretched : build;
      const [small, large] = [make(recipe, SMALL), make(recipe, LARGE)];
      const shape = `${format}, ${stretched ? 'stretched' : 'repeated'}: ${JSON.stringify(recipe).slice(0, 300)}`;
      expect(await superLinearStages(small, large, format, LIMIT), shape).toEqual([]);
    },
    600_000,
  );

  // The shapes the hostile review found super-linear, each a regression guard on its own.
  // Read at 32 KB and 512 KB: copying a list per heading stayed hidden up to 128 KB (check 42 →
  // 302 ms) and showed at 512 KB (16 s). A shape with a line every few characters, or one the
  // markdown parser reads, is read at 16 and 128 KB like the generated ones: at 512 KB it would cost
  // seconds even when linear.
  const WIDE = [2 * SMALL, 32 * SMALL] as const;
  const NARROW = [SMALL, LARGE] as const;
  it.each([
    ['">" on one line (markdown nesting)', 'markdown', (n: number) => '>'.repeat(n), WIDE],
    ['"*a" in one paragraph (markdown emphasis)', 'markdown', (n: number) => '*a'.repeat(n / 2), WIDE],
    ['list items each indented more (markdown lists)', 'markdown', (n: number) => Array.from({ length: n / 40 }, (_, i) => `${' '.repeat(i % 40)}- a`).join('\n'), NARROW],
    ['"I. MỤC TIÊU" headings (check: section numbering)', 'text', (n: number) => 'I. MỤC TIÊU\n'.repeat(n / 12), WIDE],
    ['"a) Nội dung" headings (check: section numbering)', 'text', (n: number) => 'a) Nội dung\n'.repeat(n / 12), WIDE],
    ['"TỔ CHỨC THỰC HIỆN" headings (assignments)', 'text', (n: number) => 'TỔ CHỨC THỰC HIỆN\n'.repeat(n / 18), WIDE],
    ['one target sentence of "80%, " (targets)', 'text', (n: number) => `Phấn đấu đến năm 2030: ${'80%, '.repeat(n / 5)}lao động qua đào tạo.`, WIDE],
    ['"<" (the HTML reader)', 'html', (n: number) => '<'.repeat(n), WIDE],
    // Found by the generative test (seed 1231526835): a finding per stray bracket, 64,000 of them.
    ['a line of "](" (check: brackets)', 'markdown', (n: number) => `KẾ HOẠCH\n${']('.repeat(n / 2)}\n`, WIDE],
    // Found by the generative test (seed 1231526835): a stray ")" on each of a paragraph's lines; each
    // finding looked its line up among the paragraph's lines one by one.
    ['a ")" on every line of one paragraph (check: where a finding stands)', 'markdown', (n: number) => 'là )\n'.repeat(n / 5), NARROW],
    // Found by the generative test (seed 1233852144): "[" on every line of a paragraph, then "](" many
    // times: the markdown parser paired each "]" with the open "[" one by one.
    ['"[" on every line, then "](" (markdown links)', 'markdown', (n: number) => `${'[a) Nội dung\n'.repeat(n / 39)}${'1'.repeat(n / 3)}${'](1'.repeat(n / 9)}`, NARROW],
    // Found by the generative test (seed 1242498896): a quote's paragraph going on without ">" (the
    // markdown parser re-checks the quote for every lazy line).
    ['one ">" line, then lines without it (markdown quotes)', 'markdown', (n: number) => `> 1 KẾ HOẠCH\n${' KẾ HOẠCH\n'.repeat(n / 10)}`, NARROW],
  ] as const)('%s grows linearly', async (_name, format, make, [small, large]) => {
    expect(await superLinearStages(make(small), make(large), format, 3 * (large / small))).toEqual([]);
  }, 120_000);
});
