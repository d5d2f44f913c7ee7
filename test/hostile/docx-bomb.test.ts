// The hostile review's worst case, end to end: a 0.9 MB .docx whose word/document.xml inflates to
// 315 MB, beside 30 good plans, read by the worker pool. It took the run down (out of memory at
// 4.5 GB, every record lost); now it is one line, and the 30 records are written.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxWithBody, spacesBomb } from './zip-bombs.js';

/** GNU time reports the peak resident memory of the run, workers included (one process). */
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

describe('a .docx bomb beside 30 good plans', () => {
  it('gets one line; the 30 records are written, no temp file is left, memory stays low', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-bomb-'));
    const plans = ['fixtures/dev', 'fixtures/corpus', 'fixtures/unseen'].flatMap((d) => readdirSync(d).map((f) => join(d, f))).slice(0, 30);
    plans.forEach((p, i) => copyFileSync(p, join(dir, `${String(i).padStart(2, '0')}-${p.split('/').pop()}`)));
    const bomb = docxWithBody(spacesBomb('word/document.xml', 315));
    expect(bomb.length).toBeLessThan(1024 ** 2);
    writeFileSync(join(dir, 'bomb.docx'), bomb);
    const out = join(mkdtempSync(join(tmpdir(), 'plans-bomb-out-')), 'records.jsonl');
    const args = ['bin/plans.js', 'extract', dir, '-f', 'jsonl', '-o', out, '-q', '-j', '2'];
    const result = gnuTime
      ? spawnSync(gnuTime, ['-f', 'peak-rss-kb %M', process.execPath, ...args], { encoding: 'utf8', timeout: 120_000 })
      : spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000 });
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter((l) => l && !l.startsWith('peak-rss-kb') && !l.startsWith('Command exited'));
    expect(lines).toEqual([`plans: ${join(dir, 'bomb.docx')}: a .docx that inflates to over the 50.0 MB size limit (at word/document.xml): not read (raise it with --max-size)`]);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(30);
    expect(readdirSync(join(out, '..'))).toEqual(['records.jsonl']);
    if (gnuTime) {
      const peakKb = Number(/peak-rss-kb (\d+)/.exec(result.stderr)?.[1]);
      expect(peakKb).toBeGreaterThan(0);
      expect(peakKb / 1024).toBeLessThan(400);
    }
  }, 150_000);
});
