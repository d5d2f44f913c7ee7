// `plans compare` over 1,000 extracted records (the issue asks for under a second): the seed
// records, extracted once, varied in memory (source path, sha256, province, target values) and
// written to a temp .jsonl; then medians of fresh `plans compare` processes per view and format,
// and of the pure compare step alone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compare } from '../dist/compare/index.js';
import { DEFAULT_CATALOG } from '../dist/vocab/indicators.js';
import { PROVINCES_2025 } from '../dist/vocab/provinces.js';

const COUNT = 1000;
const RUNS = 7;
const seeds = JSON.parse(spawnSync(process.execPath, ['bin/plans.js', 'extract', 'fixtures/seeds', '-f', 'json', '-q'], { encoding: 'utf8' }).stdout);
const records = Array.from({ length: COUNT }, (_, i) => {
  const r = structuredClone(seeds[i % seeds.length]);
  r.source.path = `corpus/${String(i).padStart(4, '0')}.txt`;
  r.source.sha256 = i.toString(16).padStart(64, '0');
  r.issuer.province = PROVINCES_2025[i % PROVINCES_2025.length].name;
  for (const t of r.targets) t.value = Math.round(t.value * (0.8 + ((i * 7) % 40) / 100) * 10) / 10;
  return r;
});
const dir = mkdtempSync(join(tmpdir(), 'plans-bench-'));
const file = join(dir, 'records.jsonl');
writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');

function median(fn) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
const cli = (...args) => () => {
  const r = spawnSync(process.execPath, ['bin/plans.js', 'compare', file, '-q', '-o', '/dev/null', ...args], { env: { ...process.env, COLUMNS: '120' } });
  if (r.status !== 0) throw new Error(`compare ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
};

// This machine's load moves every process figure: a bare `node -e 0` shows by how much.
console.log(`node -e 0 (for scale)        ${median(() => spawnSync(process.execPath, ['-e', '0'])).toFixed(1)} ms`);
const size = (Buffer.byteLength(records.map((r) => JSON.stringify(r)).join('\n')) / 1e6).toFixed(1);
console.log(`${COUNT} records, ${size} MB of .jsonl`);
for (const view of ['targets', 'leads', 'deadlines', 'references']) {
  console.log(`compare (pure) --view ${view.padEnd(10)} ${median(() => compare(records, { view, catalog: DEFAULT_CATALOG })).toFixed(1)} ms`);
}
for (const [label, args] of [
  ['json', ['-f', 'json']],
  ['csv', ['-f', 'csv']],
  ['markdown', ['-f', 'markdown']],
  ['table', ['-f', 'table']],
  ['table --transpose', ['-f', 'table', '--transpose']],
  ['leads table', ['--view', 'leads', '-f', 'table']],
  ['references json', ['--view', 'references', '-f', 'json']],
]) {
  console.log(`plans compare 1000.jsonl ${label.padEnd(18)} ${median(cli(...args)).toFixed(1)} ms  (aim < 1000 ms)`);
}
rmSync(dir, { recursive: true, force: true });
