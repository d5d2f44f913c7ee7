import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (args: string[], input?: Buffer) =>
  spawnSync(process.execPath, ['bin/plans.js', ...args], { encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });

type Source = { path: string; format: string; encoding?: string };

describe('plans extract over .docx, .pdf, .html and legacy encodings (end to end)', () => {
  it('reads every file of fixtures/formats and says which reader and encoding ran', () => {
    const result = run(['extract', 'fixtures/formats', '-f', 'json']);
    expect(result.status).toBe(0);
    const sources = (JSON.parse(result.stdout) as { source: Source }[]).map((r) => r.source);
    expect(sources.map((s) => [s.path.replace('fixtures/formats/', ''), s.format, s.encoding ?? null])).toEqual([
      ['002_son-la.docx', 'docx', null],
      ['002_son-la.pdf', 'pdf', null],
      ['002_son-la.tcvn3.txt', 'text', 'tcvn3'],
      ['002_son-la.vni.txt', 'text', 'vni'],
      ['002_son-la.windows1258.txt', 'text', 'windows-1258'],
      ['003_ha-noi.docx', 'docx', null],
      ['003_ha-noi.html', 'html', 'utf-8'],
      ['003_ha-noi.pdf', 'pdf', null],
    ]);
    expect(result.stderr).toBe('plans: 8 of 8 files extracted\n');
  });

  it('reads a PDF from standard input by its signature', () => {
    const result = run(['extract', '-', '-f', 'json'], readFileSync('fixtures/formats/003_ha-noi.pdf'));
    expect(result.status).toBe(0);
    const [record] = JSON.parse(result.stdout);
    expect(record.source.format).toBe('pdf');
    expect(record.document.number).toBe('177/KH-UBND');
  });

  it('--encoding overrides detection', () => {
    const tcvn3 = 'fixtures/formats/002_son-la.tcvn3.txt';
    const right = JSON.parse(run(['extract', tcvn3, '--encoding', 'tcvn3', '-f', 'json']).stdout)[0];
    expect(right.issuer.province).toBe('Sơn La');
    const wrong = JSON.parse(run(['extract', tcvn3, '--encoding', 'windows1258', '-f', 'json']).stdout)[0];
    expect(wrong.source.encoding).toBe('windows-1258');
    expect(wrong.issuer.province).toBeNull();
  });

  it('warns about bad bytes in a UTF-8 plan and still extracts it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-'));
    const seed = readFileSync('fixtures/seeds/003_b0cbec9ec4bcda71.txt');
    writeFileSync(join(dir, 'stray.txt'), Buffer.concat([seed.subarray(0, 500), Buffer.from([0xa0]), seed.subarray(500)]));
    const result = run(['extract', join(dir, 'stray.txt'), '-f', 'json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)[0].document.number).toBe('177/KH-UBND');
    expect(result.stderr).toMatch(/stray\.txt: 1 byte sequence\(s\) not valid UTF-8/);
  });

  it('exits 2 on an encoding it does not know', () => {
    const result = run(['extract', 'fixtures/formats', '--encoding', 'koi8r']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--encoding koi8r/);
  });

  it('names a scanned PDF and a non-Vietnamese legacy file, goes on and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-'));
    const scan = '%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n';
    writeFileSync(join(dir, 'scan.pdf'), scan, 'latin1');
    writeFileSync(join(dir, 'english.txt'), 'The café serves naïve crème brûlée every year.', 'latin1');
    const result = run(['extract', dir, 'fixtures/formats/002_son-la.vni.txt', '-f', 'json']);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toHaveLength(1);
    expect(result.stderr).toMatch(/scan\.pdf: no text layer.*OCR it first/);
    expect(result.stderr).toMatch(/english\.txt: not valid UTF-8, nor Vietnamese/);
  });
});
