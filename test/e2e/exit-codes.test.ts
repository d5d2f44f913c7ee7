// Exit codes and streams of every command, as ESLint's (docs/exit-codes.md): 0 ok, 1 findings or
// failed files, 2 usage or nothing to do; a usage error is one line on stderr with a hint, and
// nothing on stdout. Run as a user runs the built CLI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = resolve('bin/plans.js');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

const folder = mkdtempSync(join(tmpdir(), 'plans-exit-'));
const EMPTY = join(folder, 'empty');
mkdirSync(EMPTY);
const README = join(folder, 'notes');
mkdirSync(README);
writeFileSync(join(README, 'README.md'), '# Notes\n\nPlans of November 2025, as web conversion left them.\n');
// Hà Nội's seed: warnings and info, no error.
const HA_NOI = 'fixtures/seeds/003_b0cbec9ec4bcda71.txt';

describe('usage errors: one line and a hint, exit 2, nothing on stdout', () => {
  it.each([
    [['check', '--bogus', HA_NOI], "plans: unknown option '--bogus'; see plans check --help\n"],
    [['check'], "plans: missing required argument 'paths'; see plans check --help\n"],
    [['bogus'], "plans: unknown command 'bogus'; see plans --help\n"],
    [['extract', HA_NOI, '-f', 'yaml'], "plans: option '-f, --format <format>' argument 'yaml' is invalid. Allowed choices are json, jsonl, table; see plans extract --help\n"],
    [['check', HA_NOI, '--as-of', '2025-13-45'], 'plans: --as-of must be a date written YYYY-MM-DD, not "2025-13-45"\n'],
    [['check', HA_NOI, '--as-of', '2025-02-30'], 'plans: --as-of must be a date written YYYY-MM-DD, not "2025-02-30"\n'],
    [['check', HA_NOI, '--max-warnings', 'many'], 'plans: --max-warnings must be a whole number (or -1 for no limit), not "many"\n'],
    [['check', HA_NOI, '-r', 'no-such-rule=off'], expect.stringMatching(/^plans: unknown rule "no-such-rule" \(known: .+\)\n$/)],
  ])('plans %j', (args, stderr) => {
    const result = run(args);
    expect([result.status, result.stdout, result.stderr]).toEqual([2, '', stderr]);
  });
});

describe('nothing to do: exit 2', () => {
  it.each([
    [['extract', EMPTY], `plans: no files matching ${JSON.stringify(EMPTY)} were found (read: .txt .md .html .htm .docx .pdf); check the paths\n`],
    [['compare', EMPTY], `plans: no files matching ${JSON.stringify(EMPTY)} were found (read: .txt .md .html .htm .docx .pdf, records .json .jsonl); check the paths\n`],
    [['check', EMPTY], `plans: no files matching ${JSON.stringify(EMPTY)} were found (read: .txt .md .html .htm .docx .pdf); check the paths, or pass --no-error-on-unmatched-pattern\n`],
    [['extract', 'nosuch.txt'], 'plans: no files matching "nosuch.txt" were found (read: .txt .md .html .htm .docx .pdf); check the paths\n'],
  ])('plans %j', (args, stderr) => {
    const result = run(args);
    expect([result.status, result.stdout, result.stderr]).toEqual([2, '', stderr]);
  });
});

describe('check: warnings against --max-warnings, levels as ESLint spells them', () => {
  const warnings = JSON.parse(run(['check', HA_NOI, '-f', 'json']).stdout).filter((d: { severity: string }) => d.severity === 'warning').length;

  it('exits 0 within the limit, 1 past it with one line, and -1 means no limit', () => {
    expect(warnings).toBe(1);
    expect(run(['check', HA_NOI, '--max-warnings', '1']).status).toBe(0);
    const over = run(['check', HA_NOI, '--max-warnings', '0']);
    expect([over.status, over.stderr]).toEqual([1, 'plans: 1 warning, more than --max-warnings 0\n']);
    expect(run(['check', HA_NOI, '--max-warnings', '-1']).status).toBe(0);
  });

  it.each([['repeated-word=warn'], ['repeated-word=1'], ['repeated-word=2'], ['repeated-word=0']])('accepts -r %s', (flag) => {
    expect(run(['check', HA_NOI, '-r', flag]).status).not.toBe(2);
  });

  it('reads 0, 1, 2 and "warn" in a configuration file too', () => {
    const config = join(folder, 'levels.json');
    writeFileSync(config, JSON.stringify({ rules: { 'tone-style-mixed': 0, 'section-missing': 'warn', 'known-typo': 2, 'repeated-word': [1] } }));
    expect(run(['check', HA_NOI, '-c', config]).status).toBe(0);
  });
});

describe('-q keeps only what failed', () => {
  it('extract -q says nothing of a file that holds no plan; without -q one line', () => {
    expect(run(['extract', README, HA_NOI, '-q', '-f', 'json']).stderr).toBe('');
    expect(run(['extract', README, HA_NOI, '-f', 'json']).stderr).toContain('README.md: no plan found in it');
  });
});
