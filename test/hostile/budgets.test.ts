// Budgets instead of hopes (issue 15): a file that takes too long is given up, in a worker of its
// own or in the pool, with one line while the other files' records are written; Ctrl-C on a run
// reading one large file ends it at once, not when the file is done.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const plans = (args: string[]) => spawnSync(process.execPath, ['bin/plans.js', ...args], { encoding: 'utf8', timeout: 120_000 });
/** A plan of `mb` megabytes (a seed repeated): seconds of work on any machine, never a hang. */
const bigPlan = (mb: number) => readFileSync('fixtures/seeds/003_b0cbec9ec4bcda71.txt', 'utf8').repeat(Math.ceil((mb * 1024 ** 2) / 34_902));

describe('the time budget of a file (--timeout)', () => {
  // The budgets are set far below what the large file costs on any machine: starting its worker
  // and loading the reader alone take longer than 10 ms; 30 MB take 5 s here against 1 s. The
  // small plain-text plans beside it take milliseconds each (a fraction of a second when one is
  // redone in a worker of its own).
  it.each([
    ['read in a worker of its own (a run of 4 files)', 3, 2, '0.01'],
    ['watched in the pool (a run of 31 files)', 30, 30, '1'],
  ])('gives up a file over it: %s', (_name, good, mb, timeout) => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-budget-'));
    const texts = ['fixtures/seeds', 'fixtures/corpus'].flatMap((d) => readdirSync(d).map((f) => join(d, f)));
    for (let i = 0; i < good; i++) copyFileSync(texts[i % texts.length], join(dir, `${String(i).padStart(2, '0')}-${texts[i % texts.length].split('/').pop()}`));
    writeFileSync(join(dir, '01a-big.txt'), bigPlan(mb));
    const out = join(mkdtempSync(join(tmpdir(), 'plans-budget-out-')), 'records.jsonl');
    const result = plans(['extract', dir, '-f', 'jsonl', '-o', out, '-q', '-j', '2', '--timeout', timeout, '--max-size', '100MB']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`plans: ${join(dir, '01a-big.txt')}: took over ${timeout} s to read: skipped (raise it with --timeout)\n`);
    const records = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l).source.path);
    expect(records).toEqual(readdirSync(dir).filter((f) => f !== '01a-big.txt').sort().map((f) => join(dir, f)));
  });

  it('refuses a timeout that is no number of seconds', () => {
    const result = plans(['extract', 'fixtures/seeds', '--timeout', 'soon']);
    expect([result.status, result.stderr]).toEqual([2, 'plans: --timeout soon: expected a number of seconds such as 120 or 0.5\n']);
  });
});

describe('Ctrl-C while one large file is read', () => {
  // Before, the file was read in the main thread and the signal waited for it (55 s for 40 MB).
  it('ends the run at once, by the signal, leaving no output and no temp file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-sigint-'));
    writeFileSync(join(dir, 'big.txt'), bigPlan(40));
    const outDir = mkdtempSync(join(tmpdir(), 'plans-sigint-out-'));
    const child = spawn(process.execPath, ['bin/plans.js', 'extract', join(dir, 'big.txt'), '-o', join(outDir, 'records.json'), '--max-size', '100MB'], { stdio: 'ignore' });
    const exited = new Promise<{ signal: NodeJS.Signals | null; afterMs: number }>((resolve) => {
      let sentAt = 0;
      setTimeout(() => {
        sentAt = Date.now();
        child.kill('SIGINT');
      }, 1500);
      child.on('exit', (_code, signal) => resolve({ signal, afterMs: Date.now() - sentAt }));
    });
    const { signal, afterMs } = await exited;
    expect(signal).toBe('SIGINT');
    // Milliseconds in fact; the bound only has to tell "at once" from "when the 40 MB are read".
    expect(afterMs).toBeLessThan(10_000);
    expect(readdirSync(outDir)).toEqual([]);
  }, 60_000);
});
