import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAR_COLOUR, PAGE_ROWS, WIDE_PLANS } from '../../src/report/compare-html.js';
import { countColour, readPng } from './png.js';

// The page as a user opens it: plans compare -f html, rendered by headless Chromium (Debian's
// `chromium` package; the rendering test is skipped, and says so, where it is not installed).
const run = (args: string[]) => spawnSync(process.execPath, ['bin/plans.js', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const chromium = ['chromium', 'chromium-browser'].find((bin) => spawnSync(bin, ['--version'], { encoding: 'utf8' }).status === 0);

describe('plans compare -f html', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plans-html-'));
  const page = join(dir, 'seeds.html');

  it('writes one self-contained page: the table, a chart per shared row, each value with its sentence and file:line', () => {
    const result = run(['compare', 'fixtures/seeds', '-f', 'html', '-o', page]);
    expect(result.status).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//u); // nothing fetched from the network
    expect(html.match(/<rect /gu)).toHaveLength(3 + 3 + 2); // certified 2030, trained 2030, vet-entry 2030
    expect(html).toContain('Tỷ lệ lao động qua đào tạo đạt 65%, trong đó tỷ lệ lao động qua đào tạo được cấp bằng, chứng chỉ đạt 30%. — fixtures/seeds/002_5d4ee1467f99bd22.txt:15"');
    expect(html).toMatch(/fixtures\/seeds\/002_5d4ee1467f99bd22\.txt:\d+"/u);
  });

  it.skipIf(!chromium)('renders in headless Chromium with the chart and the values on the page', () => {
    run(['compare', 'fixtures/seeds', '-f', 'html', '-o', page]);
    const url = `file://${resolve(page)}`;
    const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars'];
    const dom = spawnSync(chromium!, [...flags, '--dump-dom', url], { encoding: 'utf8', timeout: 60_000 });
    expect(dom.stdout).toContain('60% ▲');
    expect(dom.stdout.match(/<rect /gu)?.length).toBe(8);
    const shot = join(dir, 'seeds.png');
    spawnSync(chromium!, [...flags, '--window-size=1200,2600', `--screenshot=${shot}`, url], { encoding: 'utf8', timeout: 60_000 });
    const pixels = readPng(readFileSync(shot));
    expect([pixels.width, pixels.height]).toEqual([1200, 2600]);
    // The bars are drawn: their colour covers a good many pixels of the screenshot.
    expect(countColour(pixels, BAR_COLOUR)).toBeGreaterThan(2000);
  });

  // Hundreds of plans: the seeds' records, each copied as the plan of another district, 60 plans in all.
  describe('with many plans', () => {
    const records = join(dir, 'many.jsonl');
    const manyPage = join(dir, 'many.html');
    const seeds = run(['extract', 'fixtures/seeds', '-f', 'jsonl', '-q']).stdout.trim().split('\n');
    const copies = Array.from({ length: 60 }, (_, i) => {
      const record = JSON.parse(seeds[i % seeds.length]);
      record.source = { ...record.source, path: `district-${i}.txt`, sha256: i.toString(16).padStart(64, '0') };
      record.document = { ...record.document, number: `${i + 1}/KH-UBND` };
      return JSON.stringify(record);
    });
    writeFileSync(records, `${copies.join('\n')}\n`);

    it('lists one value per line instead of a column per plan, and folds the list of plans', () => {
      expect(run(['compare', records, '-f', 'html', '-o', manyPage]).status).toBe(0);
      const html = readFileSync(manyPage, 'utf8');
      expect(60).toBeGreaterThan(WIDE_PLANS);
      expect(html).toContain('<details><summary>60 plans</summary>');
      expect(html).toContain('<th>indicator</th><th>year</th><th>plan</th><th>value</th><th>spread</th>');
      // The value keeps its sentence and file:line on hover, in the long form too.
      expect(html).toMatch(/<td title="[^"]*— district-2\.txt:\d+">/u);
    });

    it.skipIf(!chromium)('shows a page of rows at a time, and the rows that match a filter given in the address', () => {
      run(['compare', records, '-f', 'html', '-o', manyPage]);
      const flags = ['--headless', '--no-sandbox', '--disable-gpu'];
      const dump = (hash: string) => spawnSync(chromium!, [...flags, '--dump-dom', `file://${resolve(manyPage)}${hash}`], { encoding: 'utf8', timeout: 60_000 }).stdout;
      const shownRows = (dom: string) => dom.split('<table class="filterable">')[1].split('</table>')[0].match(/<tr(?! style="display: none;")[ >]/gu)!.length - 1;
      const whole = dump('');
      const total = Number(/rows 1–100 of (\d+)/u.exec(whole)?.[1]);
      expect(total).toBeGreaterThan(PAGE_ROWS);
      expect(shownRows(whole)).toBe(PAGE_ROWS);
      expect(whole).toMatch(/<button disabled="">previous<\/button><button>next<\/button>/u);
      // One plan (district 11, "12/KH-UBND", no other number ends so) and one year: its values the JSON holds.
      const json = JSON.parse(run(['compare', records, '-f', 'json']).stdout) as { columns: Array<{ id: string; source: string }>; rows: Array<{ year: number; cells: Record<string, unknown> }> };
      const id = json.columns.find((c) => c.source === 'district-11.txt')!.id;
      const expected = json.rows.filter((r) => r.year === 2030 && r.cells[id]).length;
      expect(expected).toBeGreaterThan(0);
      const filtered = dump('#filter=' + encodeURIComponent('12/KH-UBND 2030'));
      expect(/rows 1–(\d+) of (\d+) matching/u.exec(filtered)?.slice(1)).toEqual([String(expected), String(expected)]);
      expect(shownRows(filtered)).toBe(expected);
    });
  });
});
