// --out naming something other than a file: a FIFO or device is written into, never replaced by a
// renamed temp file (as root, `-o /dev/null` used to turn /dev/null into a regular file); a folder
// is a usage error before any work.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dir: string;
let reader: ChildProcess | undefined;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plans-out-'));
});
afterAll(() => {
  reader?.kill(); // left waiting on the FIFO only when the test failed
  rmSync(dir, { recursive: true, force: true });
});

describe('--out', () => {
  it('writes into a FIFO and leaves it a FIFO', async () => {
    const fifo = join(dir, 'records.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout!.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    const readerDone = new Promise((resolve) => reader!.on('close', resolve));
    const result = spawnSync(process.execPath, ['bin/plans.js', 'extract', 'fixtures/seeds', '-f', 'jsonl', '-o', fifo], { encoding: 'utf8', timeout: 60_000 });
    await readerDone;
    expect(result.status).toBe(0);
    expect(received.trim().split('\n')).toHaveLength(5);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses a folder with one line and exit code 2', () => {
    const result = spawnSync(process.execPath, ['bin/plans.js', 'extract', 'fixtures/seeds', '-o', dir], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`plans: --out ${dir}: is a folder; give a file name\n`);
    expect(readdirSync(tmpdir()).filter((f) => f.endsWith(`.${result.pid}.tmp`))).toEqual([]);
  });
});
