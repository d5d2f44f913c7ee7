// An interrupted run leaves no half-written --out file and no temp file, and an existing output
// stays as it was: Ctrl-C (SIGINT), kill (SIGTERM) or a closed terminal (SIGHUP) arriving while
// records are being written.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dir: string;
let inputs: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plans-interrupt-'));
  inputs = join(dir, 'plans');
  mkdirSync(inputs);
  // 40 files of about 1 MB: the run takes tens of seconds, long enough to be caught mid-write.
  const oneMb = readFileSync('fixtures/seeds/003_b0cbec9ec4bcda71.txt', 'utf8').repeat(30);
  for (let i = 0; i < 40; i++) writeFileSync(join(inputs, `plan-${String(i).padStart(2, '0')}.txt`), oneMb);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Resolves once `path` exists and holds at least one byte; gives up after `ms`. */
async function waitForBytes(path: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!(existsSync(path) && statSync(path).size > 0)) {
    if (Date.now() > until) throw new Error(`${path} never got written`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('an interrupted run', () => {
  it.each([
    ['SIGINT', false],
    ['SIGTERM', false],
    ['SIGHUP', false], // the terminal closed
    ['SIGINT', true],
  ] as const)('on %s (existing output: %s) leaves no partial output and no temp file', async (signal, existing) => {
    const outDir = mkdtempSync(join(dir, 'out-'));
    const out = join(outDir, 'records.jsonl');
    if (existing) writeFileSync(out, 'records from an earlier run\n');
    const child = spawn(process.execPath, ['bin/plans.js', 'extract', inputs, '-f', 'jsonl', '-o', out], { stdio: 'ignore' });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, sig) => resolve({ code, signal: sig })),
    );
    await waitForBytes(join(outDir, `.records.jsonl.${child.pid}.tmp`), 60_000);
    child.kill(signal);
    const ended = await exited;

    // The process ends by the signal itself, as it would have without our handler.
    expect(ended).toEqual({ code: null, signal });
    expect(readdirSync(outDir)).toEqual(existing ? ['records.jsonl'] : []);
    if (existing) expect(readFileSync(out, 'utf8')).toBe('records from an earlier run\n');
  });
});
