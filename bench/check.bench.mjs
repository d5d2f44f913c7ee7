// `plans check`: wall time over the seeds and the whole fixtures folder (fresh processes, medians),
// the share of the rules in-process (extraction alone vs extraction + rules), and the time of the
// rules on adversarial text of growing size (it should grow linearly: 4× the text, ~4× the time).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractText } from '../dist/extract/index.js';
import { checkExtraction } from '../dist/check/engine.js';

const RUNS = 9;
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function wall(args) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, ['bin/plans.js', ...args], { stdio: 'ignore' });
    if (r.status === 2 || r.status === null) throw new Error(`plans ${args.join(' ')} exited ${r.status}`);
    times.push(performance.now() - start);
  }
  return median(times);
}

console.log(`plans check fixtures/seeds            ${wall(['check', 'fixtures/seeds', '-f', 'json']).toFixed(1)} ms  (5 files)`);
console.log(`plans check fixtures/                 ${wall(['check', 'fixtures/', '-f', 'json']).toFixed(1)} ms  (10 files)`);
console.log(`plans check fixtures/ -f sarif        ${wall(['check', 'fixtures/', '-f', 'sarif']).toFixed(1)} ms`);

const settings = { stage: 'draft', today: '2026-01-01', rules: {} };
const source = { path: 'bench.txt', sha256: '0'.repeat(64), format: 'text' };
const files = ['fixtures/seeds', 'fixtures/corpus'].flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => join(d, f)));
const texts = files.map((f) => readFileSync(f, 'utf8'));
function inProcess(withRules) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    for (const text of texts) {
      const extraction = extractText(text, source);
      if (withRules) checkExtraction(extraction, settings);
    }
    times.push(performance.now() - start);
  }
  return median(times);
}
inProcess(true); // warm-up: JIT and module caches, so the two figures compare like with like
const extractOnly = inProcess(false);
const withRules = inProcess(true);
console.log(`in process, ${files.length} files: extract ${extractOnly.toFixed(1)} ms, extract + rules ${withRules.toFixed(1)} ms (rules ${(withRules - extractOnly).toFixed(1)} ms)`);

// Adversarial text: long runs of what the rules' patterns look for, never closing.
const unit = 'Phân đầu với với ((( [ “ 31/6 ngày 30 tháng 02 27/NQ- TW 37-CT/TW của Sở Kế hoạch và Đầu tư hoá hóa ';
for (const repeats of [500, 2000]) {
  const text = `KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\n${unit.repeat(repeats)}\n`;
  const times = [];
  for (let i = 0; i < 3; i++) {
    const extraction = extractText(text, source);
    const start = performance.now();
    checkExtraction(extraction, { ...settings, today: '2026-01-01' });
    times.push(performance.now() - start);
  }
  console.log(`rules on one ${(text.length / 1024).toFixed(0)} KB adversarial paragraph: ${median(times).toFixed(1)} ms`);
}
