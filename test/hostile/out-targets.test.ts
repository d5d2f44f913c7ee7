// --out naming something other than a file: a FIFO or device is written into, never replaced by a
// renamed temp file (as root, `-o /dev/null` used to turn /dev/null into a regular file); a folder
// is a usage error before any work. And nothing the user had is lost: an input, a link, a mode, a
// file on a full disk, a temp file of a run killed outright; standard output in a real pipe.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
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

  const plans = (args: string[]) => spawnSync(process.execPath, ['bin/plans.js', ...args], { encoding: 'utf8', timeout: 60_000 });

  it('refuses to write over one of its inputs, and leaves it as it was', () => {
    const folder = mkdtempSync(join(dir, 'inputs-'));
    const input = join(folder, 'plan.txt');
    copyFileSync('fixtures/seeds/002_5d4ee1467f99bd22.txt', input);
    const before = readFileSync(input, 'utf8');
    for (const args of [['extract', folder, '-o', input], ['extract', input, '-o', join(folder, '.', 'plan.txt')]]) {
      const result = plans(args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^plans: --out \S+plan\.txt: is one of the inputs; writing it would replace what is being read\n$/);
    }
    const records = join(folder, 'records.jsonl');
    writeFileSync(records, plans(['extract', input, '-f', 'jsonl']).stdout);
    expect(plans(['compare', records, '-o', records]).status).toBe(2);
    expect(readFileSync(input, 'utf8')).toBe(before);
    expect(readFileSync(records, 'utf8')).toMatch(/^\{"schemaVersion"/);
  });

  it('writes through a symbolic link into its target, keeping the link and the mode', () => {
    const folder = mkdtempSync(join(dir, 'link-'));
    const target = join(folder, 'records.json');
    writeFileSync(target, '[]\n');
    chmodSync(target, 0o600);
    symlinkSync('records.json', join(folder, 'latest.json'));
    expect(plans(['extract', 'fixtures/seeds', '-o', join(folder, 'latest.json'), '-q']).status).toBe(0);
    expect(lstatSync(join(folder, 'latest.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(folder, 'latest.json'))).toBe('records.json');
    expect(JSON.parse(readFileSync(target, 'utf8'))).toHaveLength(5);
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('removes the temp file a run killed outright left, and only when its process is gone', () => {
    const folder = mkdtempSync(join(dir, 'stale-'));
    const stale = join(folder, '.records.json.999999999.tmp'); // no such process
    const live = join(folder, `.records.json.${process.pid}.tmp`); // this test's own process
    writeFileSync(stale, '[{"half": ');
    writeFileSync(live, '[');
    expect(plans(['extract', 'fixtures/seeds', '-o', join(folder, 'records.json'), '-q']).status).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });

  it.skipIf(!existsSync('/dev/full'))('says in one line that the disk is full, for --out and for standard output', () => {
    const out = plans(['extract', 'fixtures/seeds', '-o', '/dev/full']);
    expect([out.status, out.stderr]).toEqual([2, 'plans: --out /dev/full: no space left on the disk\n']);
    const shell = spawnSync('sh', ['-c', `"${process.execPath}" bin/plans.js extract fixtures/seeds > /dev/full`], { encoding: 'utf8', timeout: 60_000 });
    expect([shell.status, shell.stderr]).toEqual([2, 'plans: standard output: no space left on the disk\n']);
  });

  // A disk that fills while the temp file is written: the shell's file-size limit fails the write
  // the same way (EFBIG instead of ENOSPC) without a small file system to mount.
  it('leaves the old output and no temp file when the temp file cannot grow', () => {
    const folder = mkdtempSync(join(dir, 'limit-'));
    const out = join(folder, 'records.json');
    writeFileSync(out, '["earlier"]');
    const shell = spawnSync('sh', ['-c', `ulimit -f 20; "${process.execPath}" bin/plans.js extract fixtures/seeds -q -o "${out}"`], { encoding: 'utf8', timeout: 60_000 });
    expect([shell.status, shell.stderr]).toEqual([2, `plans: --out ${out}: larger than the system lets a file be; nothing written, the file is as it was\n`]);
    expect(readFileSync(out, 'utf8')).toBe('["earlier"]');
    expect(readdirSync(folder)).toEqual(['records.json']);
  });

  it('names a folder that does not exist in one line, exit code 2', () => {
    const result = plans(['extract', 'fixtures/seeds', '-o', join(dir, 'no-such-folder', 'x.json')]);
    expect([result.status, result.stderr]).toEqual([2, `plans: --out ${join(dir, 'no-such-folder', 'x.json')}: cannot write in ${join(dir, 'no-such-folder')} (no such folder)\n`]);
  });

  it.each([['extract', 'fixtures/seeds', '-f', 'jsonl'], ['compare', 'fixtures/seeds', '-f', 'csv'], ['check', 'fixtures/seeds', '-f', 'json']])(
    'stops quietly when the reader of a pipe has seen enough: plans %s … | head -1',
    (...args) => {
      const shell = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" bin/plans.js ${args.join(' ')} | head -c 1 > /dev/null`], { encoding: 'utf8', timeout: 60_000 });
      expect(shell.stderr).not.toMatch(/EPIPE|Error|at /);
    },
  );
});

