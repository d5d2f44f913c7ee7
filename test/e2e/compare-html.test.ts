import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAR_COLOUR } from '../../src/report/compare-html.js';
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
});
