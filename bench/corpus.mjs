// A synthetic corpus for `npm run bench -- corpus`: N plan texts made by varying the bundled
// fixtures (files seldom repeat: 2 of the first 1,000 happen to be the same bytes, which `--db`
// stores once, keyed by their hash). Each file takes one fixture and changes
//   - its province (every province name of the fixture becomes another of the 34),
//   - its numbers (percentages and counts before a noun get new values),
//   - the order and choice of its middle sections (header, first and last section are kept, so
//     every file still has a header, an opening and "Tổ chức thực hiện" + signature),
//   - its wrapping (one file in three is hard-wrapped at 60–100 columns, as web conversions are).
// Sizes: a file keeps middle sections until it reaches a size drawn from 15–35 KB (mean ≈ 25 KB),
// so 10,000 files make ≈ 250 MB as the issue asks. Seeded, so every run builds the same corpus.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROVINCES_2025 } from '../dist/vocab/provinces.js';

const PROVINCES = PROVINCES_2025.map((p) => p.name);
// Any province name, longest first so "Hồ Chí Minh" wins over a shorter overlap. Example: "Sơn La".
// (The inner pattern escapes regex characters in a name: "TP." → "TP\.".)
const PROVINCE_PATTERN = new RegExp(
  [...PROVINCES].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'g',
);
// A percentage or a decimal before "%": "80%", "58,9 %".
const PERCENT = /\b\d{1,3}(?:,\d{1,2})?(?= ?%)/g;
// A count before a lower-case noun: "20.000 lao động", "02 trường". Years (4 digits, no dot) stay.
const COUNT = /\b(?:\d{1,3}\.\d{3}|\d{1,3})(?= \p{Ll})/gu;
// A top-level Roman heading line, plain, bold or markdown: "II. MỤC TIÊU", "**IV- TỔ CHỨC", "## **II. NHIỆM VỤ".
const ROMAN_HEADING = /^(?:#{1,6} )?\*{0,3}[IVX]{1,4}[.-]\s/;

/** mulberry32: a small seeded generator, so the corpus is the same on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fixture split at its top-level headings: head, sections in between, last section (+ tail). */
function splitFixture(text) {
  const lines = text.split('\n');
  const starts = [];
  lines.forEach((line, i) => ROMAN_HEADING.test(line) && starts.push(i));
  if (starts.length < 3) return { head: text, middle: [], last: '' };
  const part = (from, to) => lines.slice(from, to).join('\n');
  return {
    head: part(0, starts[0]),
    middle: starts.slice(0, -1).map((s, i) => part(s, starts[i + 1])),
    last: part(starts.at(-1), lines.length),
  };
}

function hardWrap(text, width) {
  const out = [];
  for (const line of text.split('\n')) {
    let rest = line;
    while (rest.length > width) {
      const cut = rest.lastIndexOf(' ', width);
      if (cut <= 0) break;
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut + 1);
    }
    out.push(rest);
  }
  return out.join('\n');
}

function variant(fixture, index) {
  const next = random(index * 7919 + 1);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const province = pick(PROVINCES);
  const vary = (text) =>
    text
      .replace(PROVINCE_PATTERN, province)
      .replace(PERCENT, () => String(Math.floor(next() * 100)) + (next() < 0.3 ? `,${Math.floor(next() * 10)}` : ''))
      .replace(COUNT, () => String(1 + Math.floor(next() * 500)));
  const middle = [...fixture.middle];
  for (let i = middle.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [middle[i], middle[j]] = [middle[j], middle[i]];
  }
  const wanted = 15_000 + next() * 20_000;
  const parts = [fixture.head];
  let size = fixture.head.length + fixture.last.length;
  for (const section of middle) {
    if (size >= wanted && parts.length > 1) break;
    parts.push(section);
    size += section.length;
  }
  parts.push(fixture.last);
  const text = vary(parts.join('\n'));
  return next() < 1 / 3 ? hardWrap(text, 60 + Math.floor(next() * 41)) : text;
}

/**
 * Writes `files` plan texts under `dir` (emptied first): the first `firstGroup` in dir/a, the rest in
 * dir/b, so that dir/a alone is the small corpus and dir the large one. Returns their total bytes.
 */
export function generateCorpus(dir, files, firstGroup, fixtureDirs) {
  const fixtures = fixtureDirs
    .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => join(d, f)))
    .map((path) => splitFixture(readFileSync(path, 'utf8')));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'a'), { recursive: true });
  mkdirSync(join(dir, 'b'), { recursive: true });
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const body = Buffer.from(variant(fixtures[i % fixtures.length], i), 'utf8');
    writeFileSync(join(dir, i < firstGroup ? 'a' : 'b', `${String(i).padStart(5, '0')}.txt`), body);
    bytes += body.length;
  }
  return bytes;
}
