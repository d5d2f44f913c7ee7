// Throughput at scale (issue 5): build a synthetic corpus (bench/corpus.mjs), then from one run
// print MB/s and files/s of `plans extract --format jsonl` against the floor (read + decode + NFC
// alone), their ratio, peak RSS, and the time on a tenth of the corpus to show it grows linearly.
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
const rssFile = join(tmpdir(), `plans-bench-rss-${process.pid}`);
const MB = 1e6;

let started = performance.now();
const totalBytes = generateCorpus(dir, FILES, SMALL, ['fixtures/seeds', 'fixtures/corpus']);
const generateMs = performance.now() - started;

function floor(path) {
  const r = spawnSync(process.execPath, ['bench/read-floor.mjs', path], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`read-floor exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** One `plans extract -f jsonl` run, stdout to /dev/null; wall time, peak RSS and output size. */
function extract(path) {
  const sink = openSync('/dev/null', 'w');
  started = performance.now();
  const r = spawnSync(process.execPath, ['--import', './bench/peak-rss.mjs', 'bin/plans.js', 'extract', path, '-f', 'jsonl', '-q'], {
    stdio: ['ignore', sink, 'pipe'],
    env: { ...process.env, PLANS_BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  closeSync(sink);
  if (r.status !== 0) throw new Error(`plans extract exited ${r.status}: ${r.stderr}`);
  const peakRssMb = (Number(readFileSync(rssFile, 'utf8')) * 1024) / MB;
  rmSync(rssFile, { force: true });
  return { ms, peakRssMb };
}

const floorRun = floor(dir);
const small = extract(join(dir, 'a'));
const large = extract(dir);
const smallBytes = floor(join(dir, 'a')).bytes;

const rate = (bytes, files, ms) => `${((bytes / MB) / (ms / 1000)).toFixed(2).padStart(7)} MB/s ${(files / (ms / 1000)).toFixed(1).padStart(8)} files/s`;
const extractMbs = totalBytes / MB / (large.ms / 1000);
const floorMbs = floorRun.bytes / MB / (floorRun.ms / 1000);
const perFileSmall = small.ms / SMALL;
const perFileLarge = large.ms / FILES;

// Other work on the machine slows every figure: the load average says how quiet it was.
console.log(`machine: ${cpus()[0]?.model ?? 'unknown cpu'}, ${availableParallelism()} cores, Node ${process.versions.node}; load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after`);
console.log(`corpus: ${FILES} files, ${(totalBytes / MB).toFixed(1)} MB (mean ${(totalBytes / FILES / 1000).toFixed(1)} KB) in ${dir}, generated in ${(generateMs / 1000).toFixed(1)} s`);
console.log(`floor (read + decode + NFC, 1 thread)   ${rate(floorRun.bytes, floorRun.files, floorRun.ms)}   ${(floorRun.ms / 1000).toFixed(1)} s`);
console.log(`plans extract -f jsonl (${FILES} files)  ${rate(totalBytes, FILES, large.ms)}   ${(large.ms / 1000).toFixed(1)} s   peak RSS ${large.peakRssMb.toFixed(0)} MB`);
console.log(`plans extract -f jsonl (${SMALL} files)  ${rate(smallBytes, SMALL, small.ms)}   ${(small.ms / 1000).toFixed(1)} s   peak RSS ${small.peakRssMb.toFixed(0)} MB`);
console.log(`extract / floor: the floor is ${(floorMbs / extractMbs).toFixed(0)}× faster (extraction is ${((100 * extractMbs) / floorMbs).toFixed(2)}% of floor speed)`);
console.log(`linearity: ${perFileLarge.toFixed(2)} ms per file at ${FILES} files vs ${perFileSmall.toFixed(2)} at ${SMALL} (ratio ${(perFileLarge / perFileSmall).toFixed(2)}; 1.00 = linear)`);
console.log(`aims: ≥ 10 MB/s ${extractMbs >= 10 ? 'met' : 'NOT met'}; peak RSS < 300 MB ${large.peakRssMb < 300 ? 'met' : 'NOT met'}; linear ${perFileLarge / perFileSmall <= 1.15 ? 'met' : 'NOT met'} (within 15%)`);
