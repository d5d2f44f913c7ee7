// Readers: the wall time of `plans extract` on one file of each format and encoding (fresh
// processes, so each pays for loading its reader: mammoth for .docx, pdf.js for .pdf, iconv-lite
// for legacy text), against the same plan as UTF-8 .txt. Medians of fresh processes. Then how the
// in-process readers scale on adversarial input: 4× the input should take about 4× the time.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { htmlToText } from '../dist/input/html.js';
import { repairPdfText } from '../dist/input/pdf-repair.js';
import { decodeBytes } from '../dist/input/decode.js';
import { loadText } from '../dist/input/load.js';
import { readFileSync } from 'node:fs';

const RUNS = 9;
function median(args) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, ['bin/plans.js', ...args], { stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`plans ${args.join(' ')} exited ${r.status}`);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const files = [
  ['fixtures/seeds/002_5d4ee1467f99bd22.txt', 'UTF-8 .txt'],
  ['fixtures/formats/002_son-la.windows1258.txt', 'Windows-1258 .txt'],
  ['fixtures/formats/002_son-la.tcvn3.txt', 'TCVN3 .txt'],
  ['fixtures/formats/002_son-la.vni.txt', 'VNI .txt'],
  ['fixtures/formats/003_ha-noi.html', '.html'],
  ['fixtures/formats/002_son-la.docx', '.docx'],
  ['fixtures/formats/002_son-la.pdf', '.pdf (2 pages)'],
];
for (const [file, label] of files) {
  console.log(`plans extract ${label.padEnd(20)} ${median(['extract', file, '-f', 'json', '-o', '/dev/null']).toFixed(1)} ms`);
}
console.log(`plans extract fixtures/formats (8 files)  ${median(['extract', 'fixtures/formats', '-f', 'json', '-o', '/dev/null']).toFixed(1)} ms`);

// In one process: the first load of each file (which pays for requiring its reader's library)
// and the median of warm loads, bytes → text only.
for (const [file, label] of files) {
  const bytes = readFileSync(file);
  const start = performance.now();
  await loadText(file, bytes);
  const first = performance.now() - start;
  const warm = [];
  for (let i = 0; i < 9; i++) {
    const t = performance.now();
    await loadText(file, bytes);
    warm.push(performance.now() - t);
  }
  warm.sort((a, b) => a - b);
  console.log(`loadText ${label.padEnd(20)} first ${first.toFixed(1)} ms, then ${warm[4].toFixed(1)} ms (${(bytes.length / 1024).toFixed(0)} KB)`);
}

function bestOf(fn, input) {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    fn(input);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
const adversarial = [
  ['htmlToText, unclosed tags', htmlToText, '<p'.repeat(50_000)],
  ['htmlToText, unclosed comments', htmlToText, '<!--'.repeat(50_000)],
  ['htmlToText, ampersands', htmlToText, '&#'.repeat(50_000)],
  ['repairPdfText, lone letters', repairPdfText, 'Ư u '.repeat(50_000)],
  ['decodeBytes, high bytes (3 legacy decodings + scoring)', decodeBytes, Buffer.alloc(200_000, 0xe1)],
];
for (const [label, fn, unit] of adversarial) {
  const big = typeof unit === 'string' ? unit.repeat(4) : Buffer.concat([unit, unit, unit, unit]);
  const once = bestOf((x) => { try { fn(x); } catch { /* refusals are timed too */ } }, unit);
  const four = bestOf((x) => { try { fn(x); } catch { /* refusals are timed too */ } }, big);
  console.log(`${label.padEnd(56)} ${once.toFixed(1)} ms → 4×: ${four.toFixed(1)} ms (${(four / once).toFixed(1)}×)`);
}
