// Throughput at scale (issue 5): build a synthetic corpus (bench/corpus.mjs), then from one run
// print MB/s and files/s of `plans extract --format jsonl` against the floor (read + decode + NFC
// alone), their ratio, peak RSS, and the time on a tenth of the corpus to show it grows linearly
// (CPU time per file, which other jobs on the machine disturb far less than wall time).
// PLANS_BENCH_FILES sets the corpus size (default 10,000); the corpus lives in the system temp
// folder, outside the repository, and is rebuilt on every run.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateCorpus } from './corpus.mjs';

const loadBefore = loadavg()[0];
const FILES = Number(process.env.PLANS_BENCH_FILES ?? 10_000);
const SMALL = Math.max(1, Math.round(FILES / 10));
const dir = join(tmpdir(), 'plans-bench-corpus');
const statsFile = join(tmpdir(), `plans-bench-stats-${process.pid}`);
const MB = 1e6;

rmSync(dir, { recursive: true, force: true }); // the last run's corpus; its removal is not timed
let started = performance.now();
const totalBytes = generateCorpus(dir, FILES, SMALL, ['fixtures/seeds', 'fixtures/corpus']);
const generateMs = performance.now() - started;

function floor(path) {
  const r = spawnSync(process.execPath, ['bench/read-floor.mjs', path], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`read-floor exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** One `plans extract -f jsonl` run, stdout to /dev/null: wall time, CPU time and peak RSS. */
function extract(path) {
  const sink = openSync('/dev/null', 'w');
  started = performance.now();
  const r = spawnSync(process.execPath, ['--import', './bench/process-stats.mjs', 'bin/plans.js', 'extract', path, '-f', 'jsonl', '-q'], {
    stdio: ['ignore', sink, 'pipe'],
    env: { ...process.env, PLANS_BENCH_STATS_FILE: statsFile },
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  closeSync(sink);
  if (r.status !== 0) throw new Error(`plans extract exited ${r.status}: ${r.stderr}`);
  const { maxRssKb, cpuMs } = JSON.parse(readFileSync(statsFile, 'utf8'));
  rmSync(statsFile, { force: true });
  return { ms, cpuMs, peakRssMb: (maxRssKb * 1024) / MB };
}

const floorRun = floor(dir);
const small = extract(join(dir, 'a'));
const large = extract(dir);
const smallBytes = floor(join(dir, 'a')).bytes;

const rate = (bytes, files, ms) => `${((bytes / MB) / (ms / 1000)).toFixed(2).padStart(7)} MB/s ${(files / (ms / 1000)).toFixed(1).padStart(8)} files/s`;
const extractMbs = totalBytes / MB / (large.ms / 1000);
const floorMbs = floorRun.bytes / MB / (floorRun.ms / 1000);
const cpuPerFileSmall = small.cpuMs / SMALL;
const cpuPerFileLarge = large.cpuMs / FILES;
const linearity = cpuPerFileLarge / cpuPerFileSmall;

// Other work on the machine slows every figure: the load average says how quiet it was.
console.log(`machine: ${cpus()[0]?.model ?? 'unknown cpu'}, ${availableParallelism()} cores, Node ${process.versions.node}; load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after`);
console.log(`corpus: ${FILES} files, ${(totalBytes / MB).toFixed(1)} MB (mean ${(totalBytes / FILES / 1000).toFixed(1)} KB) in ${dir}, generated in ${(generateMs / 1000).toFixed(1)} s`);
console.log(`floor (read + decode + NFC, 1 thread)   ${rate(floorRun.bytes, floorRun.files, floorRun.ms)}   ${(floorRun.ms / 1000).toFixed(1)} s`);
const run = (files, bytes, r) =>
  `plans extract -f jsonl (${files} files)  ${rate(bytes, files, r.ms)}   ${(r.ms / 1000).toFixed(1)} s wall, ${(r.cpuMs / 1000).toFixed(1)} s CPU (${((bytes / MB) / (r.cpuMs / 1000)).toFixed(2)} MB per CPU-second)   peak RSS ${r.peakRssMb.toFixed(0)} MB`;
console.log(run(FILES, totalBytes, large));
console.log(run(SMALL, smallBytes, small));
console.log(`extract / floor: the floor is ${(floorMbs / extractMbs).toFixed(0)}× faster (extraction is ${((100 * extractMbs) / floorMbs).toFixed(2)}% of floor speed)`);
console.log(`linearity: ${cpuPerFileLarge.toFixed(2)} CPU ms per file at ${FILES} files vs ${cpuPerFileSmall.toFixed(2)} at ${SMALL} (ratio ${linearity.toFixed(2)}; 1.00 = linear)`);
console.log(`aims: ≥ 10 MB/s ${extractMbs >= 10 ? 'met' : 'NOT met'}; peak RSS < 300 MB ${large.peakRssMb < 300 ? 'met' : 'NOT met'}; linear ${linearity <= 1.15 ? 'met' : 'NOT met'} (CPU per file on the whole corpus at most 15% above that on a tenth)`);
