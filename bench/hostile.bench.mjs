// Hostile input: time against size for the shapes that once ran in quadratic time, and for many
// plans in one file. Linear means the 4× column stays near 4; quadratic would show 16.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { extractText } from '../dist/extract/index.js';

const source = { path: 'bench.txt', sha256: '0'.repeat(64), format: 'text' };
const repeatTo = (unit, kb) => unit.repeat(Math.ceil((kb * 1024) / unit.length));
const seed = readFileSync('fixtures/seeds/003_b0cbec9ec4bcda71.txt', 'utf8');

const shapes = [
  ['spaces and form feeds, one line', (kb) => `${repeatTo(' \f', kb)}x`],
  ['pipe row of spaces', (kb) => `|${repeatTo(' ', kb)}x|\n`],
  ['recipient + " ," run', (kb) => `Nơi nhận:\n- Bộ Nội vụ${repeatTo(' ,', kb)}x\n`],
  ['target after " là" run', (kb) => `II. MỤC TIÊU\n\nPhấn đấu${repeatTo(' là', kb)} 80%.\n`],
  ['wrapped duties, a date a line', (kb) => `IV. TỔ CHỨC THỰC HIỆN\n${repeatTo('Sở Nội vụ chủ trì, phối hợp Sở Tài chính báo cáo trước ngày 15/12 hằng năm\n', kb)}`],
  ['many plans in one file', (kb) => repeatTo(seed, kb)],
];

function time(text) {
  const start = performance.now();
  extractText(text, source);
  return performance.now() - start;
}

time(seed); // warm the JIT
for (const [name, make] of shapes) {
  const small = name === 'many plans in one file' ? 4096 : 100;
  const a = time(make(small));
  const b = time(make(small * 4));
  console.log(`${name.padEnd(32)} ${String(small).padStart(5)} KB ${a.toFixed(0).padStart(6)} ms   ${String(small * 4).padStart(5)} KB ${b.toFixed(0).padStart(6)} ms   4× size → ${(b / a).toFixed(1)}× time`);
}
