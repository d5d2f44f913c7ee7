// Start-up and seed extraction: `plans --help` against a bare `node -e 0` (the issue asks for
// at most 2×), and the wall time of `plans extract` over the seed plans. Medians of fresh processes.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const RUNS = 15;
function median(cmd, args) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const r = spawnSync(cmd, args, { stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const bare = median(process.execPath, ['-e', '0']);
const help = median(process.execPath, ['bin/plans.js', '--help']);
const seeds = median(process.execPath, ['bin/plans.js', 'extract', 'fixtures/seeds', '-f', 'json', '-o', '/dev/null']);
const corpus = median(process.execPath, ['bin/plans.js', 'extract', 'fixtures/', '-f', 'json', '-o', '/dev/null']);
console.log(`node -e 0                      ${bare.toFixed(1)} ms`);
console.log(`plans --help                   ${help.toFixed(1)} ms  (${(help / bare).toFixed(2)}× bare node; aim ≤ 2×)`);
console.log(`plans extract fixtures/seeds   ${seeds.toFixed(1)} ms  (5 files, 135 KB)`);
console.log(`plans extract fixtures/        ${corpus.toFixed(1)} ms  (44 files: seeds, corpus, formats/, markdown/, unseen/ and dev/)`);
