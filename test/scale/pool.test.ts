import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchSize, POOL_MIN_FILES, usesPool } from '../../src/cli/extract-pool.js';

const run = (args: string[]) => spawnSync(process.execPath, ['bin/plans.js', ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });

/** Three copies of every fixture, in three folders: enough files for the pool to start. */
function manyPlans(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plans-pool-'));
  for (const copy of ['a', 'b', 'c']) {
    mkdirSync(join(dir, copy));
    for (const folder of ['fixtures/seeds', 'fixtures/corpus']) {
      for (const f of readdirSync(folder)) copyFileSync(join(folder, f), join(dir, copy, f));
    }
  }
  return dir;
}

describe('when the pool is used', () => {
  it.each([
    [1, 8, false],
    [POOL_MIN_FILES - 1, 2, false],
    [POOL_MIN_FILES, 2, true],
    [10_000, 1, false],
    [10_000, 2, true],
  ])('%i files with %i jobs → pool %s', (files, jobs, expected) => {
    expect(usesPool(files, jobs)).toBe(expected);
  });

  it.each([
    [24, 2, 3],
    [100, 2, 13],
    [10_000, 2, 50],
    [10_000, 16, 50],
    [3, 64, 1],
  ])('%i files on %i threads → %i files per batch', (files, jobs, expected) => {
    expect(batchSize(files, jobs)).toBe(expected);
  });
});

describe('plans extract on a worker pool (end to end)', () => {
  const dir = manyPlans();

  it('gives the same records, in input order, as extraction in one thread', () => {
    const pooled = run(['extract', dir, '-f', 'jsonl', '--jobs', '2']);
    const single = run(['extract', dir, '-f', 'jsonl', '--jobs', '1']);
    expect(pooled.status).toBe(0);
    expect(pooled.stdout).toBe(single.stdout);
    const paths = pooled.stdout.trim().split('\n').map((line) => JSON.parse(line).source.path);
    expect(paths).toHaveLength(30);
    expect(paths).toEqual([...paths].sort((a, b) => a.localeCompare(b)));
  });

  it('writes the same JSON array whether workers render it or this thread does (with --db)', () => {
    const pooled = run(['extract', dir, '-f', 'json', '--jobs', '2']);
    const single = run(['extract', dir, '-f', 'json', '--jobs', '1']);
    const withDb = run(['extract', dir, '-f', 'json', '--jobs', '2', '--db', join(mkdtempSync(join(tmpdir(), 'plans-pool-db-')), 'plans.sqlite')]);
    expect(pooled.status).toBe(0);
    expect(pooled.stdout).toBe(single.stdout);
    expect(withDb.status).toBe(0);
    expect(withDb.stdout).toBe(single.stdout);
    expect(JSON.parse(pooled.stdout)).toHaveLength(30);
  });

  it('reports a bad file among many and goes on', () => {
    const result = run(['extract', dir, 'fixtures/gold/000_042200a2880d1ba5.json', 'missing.txt', '-f', 'jsonl']);
    expect(result.status).toBe(1);
    expect(result.stdout.trim().split('\n')).toHaveLength(31);
    expect(result.stderr).toMatch(/missing\.txt: no such file/);
  });

  it('prints no progress bar when stderr is not a terminal, only the summary', () => {
    const result = run(['extract', dir, '-f', 'jsonl']);
    expect(result.stderr).toBe('plans: 30 of 30 files extracted\n');
    expect(run(['extract', dir, '-f', 'jsonl', '-q']).stderr).toBe('');
  });

  it.each([['0'], ['two'], ['-1'], ['1.5']])('refuses --jobs %s with exit 2', (jobs) => {
    const result = run(['extract', 'fixtures/seeds', '--jobs', jobs]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--jobs/);
  });
});
