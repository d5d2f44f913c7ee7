// Bad files, end to end: each gets one clear line on stderr naming it and the reason, the good
// files beside it still come out, and the run ends with exit code 1 (never a hang or a crash).
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Root reads any file whatever its mode, so when the tests run as root (as in our containers) the
 * binary runs as `nobody`, for whom a mode-000 file is honestly unreadable (EACCES). Everything
 * else in the temp folder is world-readable.
 */
const asUnprivileged: SpawnSyncOptions = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

// A guard against a hang (a FIFO read blocks for ever), far above the second or two a run takes.
const HANG_GUARD_MS = 60_000;

function run(args: string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(process.execPath, ['bin/plans.js', 'extract', ...args], {
    encoding: 'utf8',
    timeout: HANG_GUARD_MS,
    maxBuffer: 1024 ** 3,
    env: { ...process.env, NO_COLOR: '1' },
    ...options,
  });
  expect(result.error).toBeUndefined();
  const stdout = String(result.stdout);
  return { status: result.status, stdout, stderrLines: String(result.stderr).split('\n').filter(Boolean) };
}

function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plans-hostile-'));
  chmodSync(dir, 0o755);
  return dir;
}

const SEED = 'fixtures/seeds/002_5d4ee1467f99bd22.txt';

describe('a folder of bad files beside good ones', () => {
  let dir: string;
  let result: ReturnType<typeof run>;

  beforeAll(() => {
    dir = tempFolder();
    copyFileSync(SEED, join(dir, 'Kế hoạch số 12 năm 2025.txt'));
    mkdirSync(join(dir, 'thư mục con'));
    copyFileSync('fixtures/seeds/003_b0cbec9ec4bcda71.txt', join(dir, 'thư mục con', 'kế hoạch 2.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    writeFileSync(join(dir, 'nul-in-text.txt'), `${readFileSync(SEED, 'utf8').slice(0, 2000)}\u0000${readFileSync(SEED, 'utf8').slice(2000)}`);
    // Not UTF-8, and no legacy Vietnamese encoding reads it as Vietnamese either.
    writeFileSync(join(dir, 'invalid-utf8.txt'), Buffer.from([0x41, 0xc3, 0x28, 0x42, 0x80, 0x81, 0x7e, 0x9f, 0x41]));
    writeFileSync(join(dir, 'unreadable.txt'), 'Kế hoạch');
    chmodSync(join(dir, 'unreadable.txt'), 0o000);
    mkdirSync(join(dir, 'loop'));
    symlinkSync('..', join(dir, 'loop', 'up')); // folder loop: dir/loop/up/loop/up/…
    symlinkSync('self-loop.txt', join(dir, 'self-loop.txt'));
    expect(spawnSync('mkfifo', [join(dir, 'pipe.txt')]).status).toBe(0);
    result = run([dir, join(dir, 'self-loop.txt'), join(dir, 'pipe.txt'), join(dir, 'missing.txt'), '-f', 'json'], asUnprivileged);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('extracts the good files, paths with Vietnamese letters and spaces included, and exits 1', () => {
    expect(result.status).toBe(1);
    const paths = JSON.parse(result.stdout).map((r: { source: { path: string } }) => r.source.path);
    expect(paths).toEqual([`${dir}/Kế hoạch số 12 năm 2025.txt`, `${dir}/thư mục con/kế hoạch 2.txt`]);
  });

  it.each([
    ['empty.txt', 'empty file: no text to read'],
    ['binary.txt', 'binary file (NUL bytes); expected a plan text'],
    ['nul-in-text.txt', 'binary file (NUL bytes); expected a plan text'],
    ['invalid-utf8.txt', 'not valid UTF-8, nor Vietnamese in Windows-1258, TCVN3 or VNI (name the encoding with --encoding)'],
    ['unreadable.txt', 'permission denied'],
    ['self-loop.txt', 'symbolic link loop'],
    ['pipe.txt', 'not a regular file (FIFO, socket or device): skipped'],
    ['missing.txt', 'no such file or folder'],
  ])('%s: one line naming it', (name, reason) => {
    expect(result.stderrLines.filter((l) => l.includes(name))).toEqual([`plans: ${dir}/${name}: ${reason}`]);
  });

  it('says nothing else but the summary: the folder loop and the FIFO met in the walk are skipped', () => {
    expect(result.stderrLines).toHaveLength(8 + 1);
    expect(result.stderrLines.at(-1)).toBe('plans: 2 of 9 files extracted');
  });
});

describe('the size limit', () => {
  let dir: string;
  const MB = 1024 ** 2;

  /** A plan text of at least `mb` MB: one seed repeated, as a careless export of many plans would be. */
  function bigFile(name: string, mb: number): string {
    const seed = readFileSync(SEED);
    const path = join(dir, name);
    writeFileSync(path, Buffer.concat(Array(Math.ceil((mb * MB) / seed.length)).fill(seed)));
    return path;
  }

  beforeAll(() => {
    dir = tempFolder();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a 100 MB file by default with one line giving its size, and reads the others', () => {
    const big = bigFile('big.txt', 100);
    const { status, stdout, stderrLines } = run([big, SEED, '-f', 'json']);
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toHaveLength(1);
    expect(stderrLines).toEqual([`plans: ${big}: 100.0 MB is over the 50.0 MB size limit (raise it with --max-size)`, 'plans: 1 of 2 files extracted']);
  });

  // 60 MB rather than 100: the point is that a file over the default limit goes through without
  // running out of memory, and 100 MB takes a minute or more on a loaded 2-core machine.
  it('reads a 60 MB file when --max-size allows it', { timeout: 600_000 }, () => {
    const big = bigFile('big-60.txt', 60);
    const out = join(dir, 'big-60.jsonl');
    const { status, stderrLines } = run([big, '--max-size', '64MB', '-f', 'jsonl', '-o', out], { timeout: 590_000 });
    expect(stderrLines).toEqual([]);
    expect(status).toBe(0);
    const record = JSON.parse(readFileSync(out, 'utf8'));
    expect(record.source.path).toBe(big);
    expect(record.issuer.province).toBe('Sơn La');
  });

  it('refuses standard input past the limit', () => {
    const { status, stderrLines } = run(['-', '--max-size', '1k'], { input: readFileSync(SEED) });
    expect(status).toBe(1);
    expect(stderrLines).toEqual(['plans: -: standard input is over the 1.0 KB size limit (raise it with --max-size)']);
  });

  it.each([['lots'], ['0'], ['-1MB']])('exits 2 on --max-size %s', (value) => {
    const { status, stderrLines } = run([SEED, '--max-size', value]);
    expect(status).toBe(2);
    expect(stderrLines.at(-1)).toMatch(/--max-size/);
  });
});

describe('a text whose record outgrows one string', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempFolder();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // 250 KB of hard-wrapped duties, a deadline on every line and no full stop: one sentence holding
  // 3,000 deadlines, each quoting the whole sentence, so the record's JSON (~1 GB) is past the
  // longest string V8 can build. It used to end the run with "internal error: RangeError" and no
  // output at all. Items now quote a bounded window of their sentence (src/text/excerpt.ts), so the
  // file simply comes out; a record still too large for one string would fail that file alone.
  it('comes out, or fails that file alone with one line, and writes the others', { timeout: 300_000 }, () => {
    const line = 'Sở Nội vụ chủ trì, phối hợp Sở Tài chính báo cáo trước ngày 15/12 hằng năm\n';
    const wall = join(dir, 'wall.txt');
    writeFileSync(wall, `IV. TỔ CHỨC THỰC HIỆN\n${line.repeat(Math.ceil((250 * 1024) / line.length))}`);
    const { status, stdout, stderrLines } = run([wall, SEED, '-f', 'json'], { timeout: 290_000 });
    const paths = JSON.parse(stdout).map((r: { source: { path: string } }) => r.source.path);
    if (status === 1) {
      expect(paths).toEqual([SEED]);
      expect(stderrLines).toEqual([`plans: ${wall}: record too large to write (over the longest string Node.js can hold)`, 'plans: 1 of 2 files extracted']);
    } else {
      expect(status).toBe(0);
      expect(paths).toEqual([wall, SEED]);
    }
  });
});

describe('file names that are hard to pass on', () => {
  it('reads a name with a backslash, and names one that is not UTF-8 with what to do, in every command', () => {
    const dir = tempFolder();
    copyFileSync(SEED, join(dir, 'kế hoạch\\2025.txt')); // "\\" is a letter of a file name outside Windows
    const latin1 = Buffer.concat([Buffer.from(`${dir}/k`), Buffer.from([0xe9]), Buffer.from('.txt')]);
    writeFileSync(latin1, readFileSync(SEED));
    symlinkSync('loop.txt', join(dir, 'loop.txt'));
    const extracted = run([dir, '-f', 'jsonl']);
    expect(extracted.status).toBe(1);
    expect(extracted.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path)).toEqual([join(dir, 'kế hoạch\\2025.txt')]);
    expect(extracted.stderrLines).toEqual([`plans: ${dir}/k\uFFFD.txt: its name holds bytes that are not UTF-8, so it cannot be opened by name: rename the file`, 'plans: 1 of 2 files extracted']);
    // check names a link loop as extract does, not with Node's ELOOP text.
    const checked = spawnSync(process.execPath, ['bin/plans.js', 'check', join(dir, 'loop.txt'), '-f', 'json'], { encoding: 'utf8' });
    expect(checked.stderr).toBe(`plans: ${join(dir, 'loop.txt')}: symbolic link loop\n`);
  });
});

