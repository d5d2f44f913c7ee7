import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The built binary, as a user runs it (npm ci builds it through `prepare`).
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['bin/plans.js', ...args], { encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });

describe('plans extract (end to end)', () => {
  it('extracts every fixture as a JSON array and exits 0', () => {
    const result = run(['extract', 'fixtures/', '--format', 'json']);
    expect(result.status).toBe(0);
    const records = JSON.parse(result.stdout);
    // 5 seeds, 5 corpus plans, 8 copies in formats/ (.docx, .pdf, .html, three legacy encodings),
    // 1 markdown copy with links and HTML, 12 plans annotated after the fact (unseen/), 13 plans of
    // the dev set (dev/).
    expect(records).toHaveLength(44);
    expect(new Set(records.map((r: { source: { format: string } }) => r.source.format))).toEqual(new Set(['text', 'markdown', 'docx', 'pdf', 'html']));
    const hanoi = records.find((r: { source: { path: string } }) => r.source.path.endsWith('003_b0cbec9ec4bcda71.txt'));
    expect(hanoi.document.number).toBe('177/KH-UBND');
    expect(hanoi.source.path).toBe('fixtures/seeds/003_b0cbec9ec4bcda71.txt');
  });

  it('warns about a file that holds no plan, and still exits 0', () => {
    const notes = join(mkdtempSync(join(tmpdir(), 'plans-notes-')), 'notes.md');
    writeFileSync(notes, '# Notes\n\nThese are my notes about the folder.\n');
    const result = run(['extract', notes, 'fixtures/seeds/002_5d4ee1467f99bd22.txt', '-f', 'jsonl']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
    expect(result.stderr.split('\n')).toContain(`plans: ${notes}: no plan found in it (no document type, issuer or numbered section); its record is empty`);
  });

  // A plan with no "TỔ CHỨC THỰC HIỆN", a task table with empty cells and a role field naming no
  // agency: the record is written, no agency is invented, and the reader is told why none is there.
  it('warns about a plan that assigns nothing, and invents no agency from empty cells or fields', () => {
    const plan = join(mkdtempSync(join(tmpdir(), 'plans-noduties-')), 'plan.txt');
    writeFileSync(plan, [
      'ỦY BAN NHÂN DÂN', 'TỈNH SƠN LA', '', 'KẾ HOẠCH', 'Tuyên truyền về chuyển đổi số', '', 'I. MỤC ĐÍCH, YÊU CẦU', '', 'Nâng cao nhận thức.', '',
      'II. NỘI DUNG', '', '1. Tuyên truyền trên báo chí.', '', '| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |', '|---|---|---|---|---|',
      '| 1 |  |  |  |  |', '| 2 | Hội nghị |  |  | |', '', '- Cơ quan chủ trì: Chưa xác định.', '',
    ].join('\n'));
    const result = run(['extract', plan, '-f', 'json']);
    expect(result.status).toBe(0);
    const [record] = JSON.parse(result.stdout);
    expect([record.document.type, record.assignments, record.deadlines]).toEqual(['KH', [], []]);
    expect(result.stderr).toContain(`plans: ${plan}: no agency is given a duty in it`);
  });

  it('streams one record per line with --format jsonl', () => {
    const result = run(['extract', 'fixtures/seeds', '--format', 'jsonl']);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(JSON.parse(lines[0]).schemaVersion).toBe(1);
  });

  it('prints a table with one row per file', () => {
    const result = run(['extract', 'fixtures/seeds', '--format', 'table']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('177/KH-UBND');
    expect(result.stdout).not.toMatch(/\u001b\[/); // NO_COLOR
  });

  it('reads standard input with -', () => {
    const result = run(['extract', '-', '-f', 'json'], readFileSync('fixtures/seeds/002_5d4ee1467f99bd22.txt', 'utf8'));
    expect(JSON.parse(result.stdout)[0].issuer.province).toBe('Sơn La');
  });

  it('names a bad file on stderr, goes on with the others and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-'));
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02]));
    const result = run(['extract', dir, 'fixtures/seeds/002_5d4ee1467f99bd22.txt', 'missing.txt', '-f', 'json']);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toHaveLength(1);
    expect(result.stderr).toMatch(/binary\.txt: binary file/);
    expect(result.stderr).toMatch(/missing\.txt: no such file/);
  });

  it('writes --out atomically and leaves no temp file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-'));
    const out = join(dir, 'records.json');
    const result = run(['extract', 'fixtures/seeds', '-o', out, '-f', 'json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(5);
    expect(existsSync(join(dir, `.records.json.${result.pid}.tmp`))).toBe(false);
  });

  it('adds indicators from --catalog without touching code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-'));
    const catalog = join(dir, 'catalog.json');
    writeFileSync(catalog, JSON.stringify({ indicators: [{ id: 'digital-economy-share', name: 'Tỷ trọng kinh tế số', unit: '%', all: [['kinh tế số'], ['grdp']] }] }));
    const result = run(['extract', 'fixtures/corpus/10_dongthap-kh552-2025-lotrinh-doimoi-congnghe-2035.txt', '--catalog', catalog, '-f', 'json']);
    const [record] = JSON.parse(result.stdout);
    expect(record.targets.filter((t: { indicatorId: string }) => t.indicatorId === 'digital-economy-share').map((t: { value: number }) => t.value)).toContain(40);
    writeFileSync(catalog, '{"indicators": [{"id": 1}]}');
    const bad = run(['extract', 'fixtures/seeds', '--catalog', catalog]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--catalog .*indicator 1/);
  });

  it('exits 2 on a usage error', () => {
    expect(run(['extract', 'fixtures', '--format', 'xml']).status).toBe(2);
    expect(run(['nonsense']).status).toBe(2);
  });
});

// A saved portal page with what the hand-written reader got wrong: a ">" in a quoted attribute
// leaked into the text, and "&dstrok;" stayed as written (issue 13).
describe('plans extract on a saved HTML page (end to end)', () => {
  it('reads quoted attributes as markup and decodes every named reference', () => {
    const folder = mkdtempSync(join(tmpdir(), 'plans-html-'));
    const page = [
      '<!DOCTYPE html><html><head><title>Cổng thông tin &Dstrok;à Nẵng</title></head><body>',
      '<p>ỦY BAN NHÂN DÂN THÀNH PHỐ &Dstrok;À NẴNG</p><p>Số: 12/KH-UBND</p><p>&Dstrok;à Nẵng, ngày 10 tháng 8 năm 2025</p>',
      '<p><a title="Kế hoạch > chi tiết" href="/kh?id=12&amp;x=1">KẾ HOẠCH</a></p>',
      '<p>I. MỤC TIÊU</p><p>&Dstrok;ến năm 2030, tỷ lệ lao động qua &dstrok;ào tạo đạt 75%.</p></body></html>',
    ].join('\n');
    writeFileSync(join(folder, 'ke-hoach.html'), page);
    const [record] = JSON.parse(run(['extract', join(folder, 'ke-hoach.html'), '-f', 'json']).stdout);
    expect(record.document).toMatchObject({ type: 'KH', number: '12/KH-UBND', date: '2025-08-10', place: 'Đà Nẵng' });
    expect(record.targets.map((t: { value: number; year: number; text: string }) => [t.value, t.year, t.text.includes('đào tạo')])).toEqual([[75, 2030, true]]);
    expect(JSON.stringify(record)).not.toMatch(/chi tiết"|&dstrok;|&Dstrok;/);
  });
});
