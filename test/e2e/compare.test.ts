import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The built binary, as a user runs it: no colour, a fixed width, so renderings are reproducible.
const run = (args: string[]) =>
  spawnSync(process.execPath, ['bin/plans.js', ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', COLUMNS: '120' } });

interface Cell { value: number; valueMax: number | null; comparator: string; unit: string; line: number; text: string }
interface Json {
  columns: Array<{ id: string; province: string; type: string; number: string | null; source: string; targets: number }>;
  rows: Array<{ indicatorId: string; year: number; cells: Record<string, Cell> }>;
  other: Array<{ column: string; target: { indicator: string } }>;
}

const seeds = JSON.parse(run(['compare', 'fixtures/seeds', '--format', 'json']).stdout) as Json;
const columnOf = (province: string) => seeds.columns.find((c) => c.province === province)!.id;
/** "75%", "≥ 20%": the cell of a province, read back from the JSON. */
const cell = (id: string, year: number, province: string) => {
  const c = seeds.rows.find((r) => r.indicatorId === id && r.year === year)?.cells[columnOf(province)];
  if (!c) return null;
  const sign = { eq: '', gte: '≥ ', gt: '> ', lte: '≤ ', lt: '< ', approx: '~ ', range: '' }[c.comparator];
  return `${sign}${c.value}${c.unit}`;
};

describe('plans compare (end to end)', () => {
  it.each([
    ['trained-labour-rate', 2025, 'Sơn La', '65%'],
    ['trained-labour-rate', 2030, 'Sơn La', '75%'],
    ['trained-labour-rate', 2030, 'Hà Nội', '80%'],
    ['trained-labour-rate', 2030, 'Bắc Ninh', '90%'],
    ['certified-labour-rate', 2030, 'Sơn La', '40%'],
    ['certified-labour-rate', 2030, 'Hà Nội', '60%'],
    ['certified-labour-rate', 2030, 'Bắc Ninh', '42%'],
    ['certified-labour-rate', 2045, 'Bắc Ninh', '> 50%'],
    ['vet-entry-share', 2030, 'Lai Châu', '≥ 20%'],
    ['vet-entry-share', 2030, 'Bắc Ninh', '40%'],
    ['agri-labour-share', 2025, 'Sơn La', '≤ 58.9%'],
    ['agri-labour-share', 2030, 'Sơn La', '≤ 50.7%'],
  ])('%s %i %s is %s', (id, year, province, expected) => {
    expect(cell(id, year, province)).toBe(expected);
  });

  it('keeps a column for Thái Nguyên, which sets no targets', () => {
    const thaiNguyen = seeds.columns.find((c) => c.province === 'Thái Nguyên')!;
    expect(thaiNguyen.targets).toBe(0);
    expect(seeds.rows.some((r) => r.cells[thaiNguyen.id])).toBe(false);
    expect(run(['compare', 'fixtures/seeds', '-f', 'table']).stdout).toContain('Thái Nguyên (no');
  });

  it('lists targets outside the catalogue under other, with their wording', () => {
    expect(seeds.other.map((o) => o.target.indicator)).toContain('các nghề đào tạo trình độ trung cấp, cao đẳng phối hợp với ít nhất 01 doanh nghiệp phù hợp với nghề đào tạo');
  });

  it('names the leads of Sơn La, Hà Nội and Lai Châu with --view leads', () => {
    const leads = JSON.parse(run(['compare', 'fixtures/seeds', '--view', 'leads', '-f', 'json']).stdout);
    const leadOf = (province: string) => {
      const id = leads.columns.find((c: { province: string }) => c.province === province).id;
      return leads.rows.filter((r: { cells: Record<string, Array<{ role: string }>> }) => r.cells[id]?.some((e) => e.role === 'lead')).map((r: { agency: string }) => r.agency);
    };
    expect(leadOf('Sơn La')).toContain('Sở Lao động - Thương binh và Xã hội');
    expect(leadOf('Hà Nội')).toContain('Sở Giáo dục và Đào tạo');
    expect(leadOf('Lai Châu')).toContain('Phòng Lao động - Thương binh và Xã hội');
  });

  it('compares records extracted once (.jsonl) the same as the texts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-compare-'));
    const file = join(dir, 'seeds.jsonl');
    writeFileSync(file, run(['extract', 'fixtures/seeds', '-f', 'jsonl']).stdout);
    const fromRecords = JSON.parse(run(['compare', file, '-f', 'json']).stdout);
    expect(fromRecords).toEqual(seeds);
  });

  it('lines up records extracted before a --catalog was written with its entries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-compare-'));
    const records = join(dir, 'seeds.jsonl');
    const catalog = join(dir, 'catalog.json');
    writeFileSync(records, run(['extract', 'fixtures/seeds', '-f', 'jsonl']).stdout);
    // Bắc Ninh's "03 - 04 ngành, nghề … tiếp cận trình độ các nước ASEAN-4, G20" has no built-in entry.
    writeFileSync(catalog, JSON.stringify({ indicators: [{ id: 'asean-level-occupations', name: 'Số ngành, nghề tiếp cận ASEAN-4, G20', unit: 'count', all: [['ngành']] }] }));
    const c = JSON.parse(run(['compare', records, '--catalog', catalog, '--indicator', 'asean-level-occupations', '-f', 'json']).stdout) as Json;
    expect(c.rows.map((r) => [r.indicatorId, r.year, r.cells[columnOf('Bắc Ninh')].valueMax])).toEqual([['asean-level-occupations', 2030, 4]]);
  });

  it('keeps the plans of --province and shows plans as rows with --transpose', () => {
    const result = run(['compare', 'fixtures/seeds', '--province', 'son la,Bắc Ninh', '--indicator', 'trained-labour-rate', '--transpose', '-f', 'markdown']);
    expect(result.stdout).toContain('| plan | trained-labour-rate 2025 | trained-labour-rate 2030 |');
    expect(result.stdout).toContain('| Sơn La | 65% | 75% ▼ |');
    expect(result.stdout).toContain('| Bắc Ninh |  | 90% ▲ |');
    expect(result.stdout).not.toContain('Hà Nội');
  });

  it('compares a plan given twice (as record and as text) only once, and says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-compare-'));
    const records = join(dir, 'seeds.jsonl');
    writeFileSync(records, run(['extract', 'fixtures/seeds', '-f', 'jsonl']).stdout);
    const result = run(['compare', records, 'fixtures/seeds/002_5d4ee1467f99bd22.txt', '-f', 'json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).columns).toHaveLength(5);
    expect(result.stderr).toMatch(/002_5d4ee1467f99bd22\.txt is the same plan as fixtures\/seeds\/002_5d4ee1467f99bd22\.txt/);
  });

  it.each([
    ['table', 'compare.table.txt'],
    ['markdown', 'compare.md'],
    ['csv', 'compare.csv'],
  ])('renders the seeds as %s', async (format, snapshot) => {
    const result = run(['compare', 'fixtures/seeds', '-f', format]);
    expect(result.status).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(`__snapshots__/${snapshot}`);
  });

  // Two provinces' drug-prevention plans: the rows aligned by wording, written as a catalogue and
  // passed back, become catalogue rows holding the same targets.
  it('writes the aligned rows as a catalogue with --suggest-catalog, which --catalog reads back', () => {
    const plans = ['fixtures/dev/cantho-kh153-2025-ctmtqg-matuy.md', 'fixtures/corpus/06_dongnai-kh182-2025-ctmtqg-phongchong-matuy.txt'];
    const file = join(mkdtempSync(join(tmpdir(), 'plans-suggest-')), 'catalog.json');
    const first = run(['compare', ...plans, '-f', 'json', '--suggest-catalog', file]);
    expect(first.status).toBe(0);
    const suggested = JSON.parse(readFileSync(file, 'utf8'));
    expect(first.stderr).toContain(`${file}: ${suggested.indicators.length} suggested catalogue entries`);
    expect(suggested.indicators.length).toBeGreaterThanOrEqual(12);
    expect(suggested.indicators.find((e: { name: string }) => e.name.startsWith('diện tích'))).toMatchObject({
      unit: '%',
      all: [['diện tích trồng trái phép cây có chứa chất ma túy được phát hiện và triệt phá']],
    });
    const cellsOf = (c: { rows: Array<{ cells: Record<string, { line: number }> }> }) => c.rows.map((r) => Object.values(r.cells).map((cell) => cell.line).join(' ')).sort();
    const aligned = JSON.parse(first.stdout);
    const catalogued = JSON.parse(run(['compare', ...plans, '-f', 'json', '--catalog', file]).stdout);
    expect(catalogued.rows.some((r: { aligned?: boolean }) => r.aligned)).toBe(false);
    expect(catalogued.rows.filter((r: { indicatorId: string }) => r.indicatorId.startsWith('suggested-')).length).toBeGreaterThanOrEqual(12);
    expect(cellsOf(catalogued)).toEqual(cellsOf(aligned));
  });

  // Bắc Ninh's digital-economy plan against the Government's action programme it carries out.
  it('compares every plan to the one named by --parent: adopts, raises, lowers', () => {
    const parent = 'fixtures/corpus/15_chinhphu-nq03-2025-chuongtrinh-hanhdong-nq57.txt';
    const result = run(['compare', 'fixtures/corpus/04_bacninh-kh144-2025-kinhteso-xahoiso-2026-2030.txt', '--parent', parent, '-f', 'json']);
    expect(result.status).toBe(0);
    const c = JSON.parse(result.stdout);
    const [government, bacNinh] = c.columns;
    expect([government.source, bacNinh.parent]).toEqual([parent, government.id]);
    const signatures = c.rows.find((r: { cells: Record<string, { wording: string }> }) => r.cells[bacNinh.id]?.wording.includes('chữ ký số'));
    expect(signatures.cells[bacNinh.id]).toMatchObject({ value: 80, adoption: 'raises', parent: { value: 70, comparator: 'gte' } });
    expect(run(['compare', 'fixtures/seeds', '--parent', 'no-such-plan.txt']).status).toBe(2);
  });

  it("lists with --view coverage the parent's targets a child does not take up", () => {
    const parent = 'fixtures/corpus/15_chinhphu-nq03-2025-chuongtrinh-hanhdong-nq57.txt';
    const result = run(['compare', 'fixtures/corpus/04_bacninh-kh144-2025-kinhteso-xahoiso-2026-2030.txt', '--parent', parent, '--view', 'coverage', '-f', 'json']);
    expect(result.status).toBe(0);
    const c = JSON.parse(result.stdout);
    const wordings = c.rows.map((e: { indicator: string }) => e.indicator);
    expect(wordings).toContain('Xếp hạng năng lực cạnh tranh số'); // a rank Bắc Ninh sets none for
    expect(wordings).not.toContain('Tỉ lệ giao dịch không dùng tiền mặt'); // taken up (80%)
    expect(c.rows.every((e: { child: string; parent: string }) => e.child === c.columns[1].id && e.parent === c.columns[0].id)).toBe(true);
    expect(run(['compare', 'fixtures/seeds', '--view', 'coverage', '-f', 'markdown']).stdout).toContain('no plan in the set is another’s parent');
  });

  it('writes targets as a tidy CSV with a byte-order mark for Excel, numbers a spreadsheet can sum', () => {
    const csv = run(['compare', 'fixtures/seeds', '-f', 'csv']).stdout;
    expect(csv.startsWith('\uFEFFprovince,plan,file,indicatorId,indicator,aligned,year,comparator,value,valueMax,unit,line,alsoAt,wording\r\n')).toBe(true);
    expect(csv).toContain('\r\nSơn La,KH,fixtures/seeds/002_5d4ee1467f99bd22.txt,agri-labour-share,Tỷ lệ lao động nông nghiệp trong tổng lao động xã hội,,2025,lte,58.9,,%,');
  });

  it.each([
    [';', 'Sơn La;KH;fixtures/seeds/002_5d4ee1467f99bd22.txt;certified-labour-rate;Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ;;2025;eq;30;;%;15'],
    ['tab', 'Sơn La\tKH\tfixtures/seeds/002_5d4ee1467f99bd22.txt\tcertified-labour-rate\tTỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ\t\t2025\teq\t30\t\t%\t15'],
  ])('separates CSV fields with --delimiter %s', (delimiter, line) => {
    const result = run(['compare', 'fixtures/seeds', '-f', 'csv', '--delimiter', delimiter]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(line);
  });

  it('renders every view as a table without colour and within the width', () => {
    for (const view of ['leads', 'deadlines', 'references']) {
      const result = run(['compare', 'fixtures/seeds', '--view', view, '-f', 'table']);
      expect(result.status).toBe(0);
      expect(result.stdout).not.toMatch(/\u001b\[/);
      expect(Math.max(...result.stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(120);
    }
  });

  it.each([
    [['compare', 'fixtures/seeds', '-f', 'csv', '--delimiter', ';;']],
    [['compare', 'fixtures/seeds', '--view', 'calendar']],
    [['compare', 'fixtures/seeds', '--indicator', 'no-such-indicator']],
    [['compare', 'fixtures/seeds', '--year', 'soon']],
    [['compare', 'fixtures/seeds', '--province', 'Atlantis']],
    [['compare', 'fixtures/seeds', '--view', 'leads', '--year', '2030']],
  ])('exits 2 on a usage error: %j', (args) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^(?:plans: |error: )/m);
  });

  it('names a file that is not a plan record, compares the rest and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-compare-'));
    writeFileSync(join(dir, 'gold.json'), '{"file": "x.txt"}');
    const result = run(['compare', join(dir, 'gold.json'), 'fixtures/seeds/002_5d4ee1467f99bd22.txt', '-f', 'json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/gold\.json: file: not a plan record/);
    expect(JSON.parse(result.stdout).columns).toHaveLength(1);
  });

  it('gives no column to files that hold no plan, and says so in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-compare-'));
    writeFileSync(join(dir, 'README.md'), '# Kế hoạch của các tỉnh\n\nThư mục này chứa các văn bản tải về ngày 03/12/2025.\n');
    writeFileSync(join(dir, 'tin-tuc.md'), 'Sáng nay, Sở Giáo dục và Đào tạo tổ chức hội nghị tổng kết năm học.\n');
    const result = run(['compare', dir, 'fixtures/seeds/002_5d4ee1467f99bd22.txt', '-f', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^plans: \S*README\.md and 1 other file hold no plan \(no document type, issuer or numbered section\); left out of the comparison$/m);
    expect(JSON.parse(result.stdout).columns.map((c: { source: string }) => c.source)).toEqual(['fixtures/seeds/002_5d4ee1467f99bd22.txt']);
    expect(run(['compare', dir, 'fixtures/seeds/002_5d4ee1467f99bd22.txt', '-f', 'json', '-q']).stderr).toBe('');
  });

  // A record edited by hand or by another tool: checked against schema/plan-record.schema.json.
  it('skips a record that breaks the schema with its line and reason, and compares the other records of the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-compare-'));
    const [good, other] = run(['extract', 'fixtures/seeds', '-f', 'jsonl', '-q']).stdout.trim().split('\n');
    const broken = (edit: (r: Record<string, unknown>) => void) => {
      const record = JSON.parse(good);
      edit(record);
      return JSON.stringify(record);
    };
    const lines = [
      broken((r) => (r.targets = [null])),
      other,
      broken((r) => ((r.document as Record<string, unknown>).number = 5)),
      '{"not": "closed"',
      broken((r) => delete r.schemaVersion),
    ];
    writeFileSync(join(dir, 'records.jsonl'), `${lines.join('\n')}\n`);
    const result = run(['compare', join(dir, 'records.jsonl'), '--view', 'leads', '-f', 'json']);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/internal error|TypeError/);
    expect(result.stderr.split('\n').filter((l) => l.includes('records.jsonl')).map((l) => l.replace(/^.*records\.jsonl: /, ''))).toEqual([
      'line 1: not a plan record (/targets/0 must be object); skipped',
      'line 3: not a plan record (/document/number must be string); skipped',
      expect.stringMatching(/^line 4: not JSON \(.+\); skipped$/),
      'line 5: not a plan record (no schemaVersion); skipped',
    ]);
    expect(JSON.parse(result.stdout).columns).toHaveLength(1);
  });

  it.each([
    ['a missing file', (dir: string) => join(dir, 'nosuch.json'), /: no such file$/],
    ['a folder', (dir: string) => dir, /: is a folder$/],
    ['a file that is not JSON', (dir: string) => write(dir, 'not json\n{'), /: not JSON \(.+\)$/],
    ['an entry without its phrases', (dir: string) => write(dir, '{"indicators": [{"id": "x"}]}'), /: indicator 1: needs id, name, unit/],
  ])('refuses an unreadable catalogue in one line, exit 2: %s', (_name, file, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-catalog-'));
    const result = run(['compare', 'fixtures/seeds', '--catalog', file(dir)]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(message);
  });
});

function write(dir: string, text: string): string {
  const path = join(dir, 'catalog.json');
  writeFileSync(path, text);
  return path;
}

