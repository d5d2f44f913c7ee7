import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/extract/index.js';
import { compare, type Comparison } from '../../src/compare/index.js';
import type { PlanRecord } from '../../src/model.js';
import { DEFAULT_CATALOG } from '../../src/vocab/indicators.js';
import { renderCompareTable } from '../../src/report/compare-table.js';
import { rematchIndicators } from '../../src/compare/rematch.js';
import { renderCompareMarkdown } from '../../src/report/compare-markdown.js';
import { renderCompareCsv } from '../../src/report/compare-csv.js';

// The seed plans, extracted for real.
const seed = (name: string): PlanRecord => {
  const path = `fixtures/seeds/${name}.txt`;
  return extractFile({ path, bytes: readFileSync(path) }).record;
};
const SON_LA = seed('002_5d4ee1467f99bd22');
const HA_NOI = seed('003_b0cbec9ec4bcda71');
const BAC_NINH = seed('004_175d1388e304d654');

type Targets = Extract<Comparison, { view: 'targets' }>;
const targets = (records: PlanRecord[], extra: Partial<Parameters<typeof compare>[1]> = {}) =>
  compare(records, { view: 'targets', catalog: DEFAULT_CATALOG, ...extra }) as Targets;
const row = (c: Targets, id: string, year: number) => c.rows.find((r) => r.indicatorId === id && r.year === year);

/** A plan of a district of Sơn La that implements Sơn La's plan: Sơn La's record, renumbered. */
function childOf(parent: PlanRecord, number: string): { parent: PlanRecord; child: PlanRecord } {
  const numbered: PlanRecord = { ...parent, document: { ...parent.document, number } };
  const child: PlanRecord = structuredClone(parent);
  child.source = { ...child.source, path: 'district/son-la-child.txt', sha256: 'f'.repeat(64) };
  child.issuer = { ...child.issuer, province: 'Sơn La', level: 'district-era' };
  child.references = [{ symbol: number.replace('/', ' / '), type: 'KH', typeName: 'Kế hoạch', date: null, issuer: null, relation: 'implements', mentions: 1, line: 3 }];
  const trained = child.targets.find((t) => t.indicatorId === 'trained-labour-rate' && t.year === 2030)!;
  trained.value = 70;
  return { parent: numbered, child };
}

describe('compare targets', () => {
  it('marks the highest and lowest of a row and its spread', () => {
    const c = targets([SON_LA, HA_NOI, BAC_NINH]);
    const trained = row(c, 'trained-labour-rate', 2030)!;
    expect(trained.highest).toEqual(['004_175d1388e304d654']);
    expect(trained.lowest).toEqual(['002_5d4ee1467f99bd22']);
    expect(trained.spread).toBe(15);
    expect(trained.unit).toBe('%');
  });

  it('leaves a single-plan row without extremes or spread', () => {
    const agri = row(targets([SON_LA, HA_NOI]), 'agri-labour-share', 2025)!;
    expect([agri.highest, agri.lowest, agri.spread]).toEqual([null, null, null]);
  });

  it('keeps a second, different value of the same plan, indicator and year in the cell as a conflict', () => {
    const doubled = structuredClone(SON_LA);
    const first = doubled.targets.find((t) => t.indicatorId === 'trained-labour-rate' && t.year === 2030)!;
    doubled.targets.push({ ...first, value: 77, line: first.line + 1 });
    const c = targets([doubled]);
    const cell = row(c, 'trained-labour-rate', 2030)!.cells['002_5d4ee1467f99bd22'];
    expect(cell.value).toBe(75);
    expect(cell.more).toEqual([{ value: 77, valueMax: null, comparator: 'eq', unit: '%' }]);
    expect(renderCompareMarkdown(c, { transpose: false })).toContain('75% ≠ 77%');
  });

  it('defuses CSV fields a spreadsheet would run as formulas, and keeps numbers as numbers', () => {
    const tampered = structuredClone(SON_LA);
    tampered.targets[0].indicator = '=HYPERLINK("http://x","y")';
    tampered.targets[1].indicator = '+84 912 345 678';
    const csv = renderCompareCsv(targets([tampered]), { transpose: false });
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).toContain(`'+84 912 345 678`);
    expect(csv).not.toMatch(/[,\n][=+@]/u);
    expect(csv).toContain(',58.9,');
  });

  // Bắc Ninh KH 144/KH-UBND states "Kinh tế số chiếm 45% GRDP" in its aims and again in its appendix.
  it('shows a value a plan repeats once, citing both lines', () => {
    const repeated = structuredClone(SON_LA);
    const first = repeated.targets.find((t) => t.indicatorId === 'trained-labour-rate' && t.year === 2030)!;
    repeated.targets.push({ ...first, line: 400 });
    const c = targets([repeated]);
    const cell = row(c, 'trained-labour-rate', 2030)!.cells['002_5d4ee1467f99bd22'];
    expect([cell.line, cell.alsoAt, cell.more]).toEqual([first.line, [400], undefined]);
    expect(renderCompareMarkdown(c, { transpose: false })).not.toContain('75%; 75%');
  });

  // Bắc Ninh KH 144 lists its targets in the body and again in an appendix.
  it('lists a target outside the catalogue that a plan repeats once, citing both lines', () => {
    const path = 'fixtures/corpus/04_bacninh-kh144-2025-kinhteso-xahoiso-2026-2030.txt';
    const c = targets([extractFile({ path, bytes: readFileSync(path) }).record]);
    const identity = c.other.filter((o) => o.target.indicator === 'Tỷ lệ người dân được định danh số');
    expect(identity.map((o) => [o.target.line, o.alsoAt])).toEqual([[157, [1540]]]);
    expect(renderCompareMarkdown(c, { transpose: false })).toMatch(/Tỷ lệ người dân được định danh số \| 157, 1540 \|/);
  });

  it('lists targets outside the catalogue under other, and filters by indicator and year', () => {
    const all = targets([SON_LA, BAC_NINH]);
    expect(all.other.some((o) => o.target.unit === 'ngành' && o.target.valueMax === 4)).toBe(true);
    const filtered = targets([SON_LA, BAC_NINH], { indicators: ['certified-labour-rate'], year: 2030 });
    expect(filtered.rows.map((r) => [r.indicatorId, r.year])).toEqual([['certified-labour-rate', 2030]]);
    expect(filtered.other).toEqual([]);
  });

  it('keeps only the plans of the named provinces, with or without diacritics', () => {
    const c = targets([SON_LA, HA_NOI, BAC_NINH], { provinces: ['ha noi', 'bắc ninh'] });
    expect(c.columns.map((col) => col.province)).toEqual(['Hà Nội', 'Bắc Ninh']);
    expect(targets([SON_LA, HA_NOI], { provinces: ['Hà Nội'] }).columns.map((col) => col.province)).toEqual(['Hà Nội']);
  });

  it('labels two plans of one province by type and number', () => {
    const { parent, child } = childOf(SON_LA, '12/KH-UBND');
    const c = targets([parent, child]);
    expect(c.columns.map((col) => col.label)).toEqual(['Sơn La KH 12/KH-UBND', 'Sơn La KH son-la-child']);
  });

  it("marks a child's cell that differs from its parent, with the parent's value", () => {
    const { parent, child } = childOf(SON_LA, '12/KH-UBND');
    const c = targets([parent, child]);
    expect(c.columns[1].parent).toBe(c.columns[0].id);
    const trained = row(c, 'trained-labour-rate', 2030)!.cells['son-la-child'];
    expect(trained.value).toBe(70);
    expect(trained.parent).toEqual({ column: c.columns[0].id, value: 75, valueMax: null, comparator: 'eq', unit: '%' });
    expect(row(c, 'trained-labour-rate', 2025)!.cells['son-la-child'].parent).toBeUndefined(); // same value
    const markdown = renderCompareMarkdown(targets([parent, child], { indicators: ['trained-labour-rate'] }), { transpose: false });
    expect(markdown).toContain('| trained-labour-rate | 2030 | 75% ▲ | 70% ▼ (Sơn La KH 12/KH-UBND: 75%, lowers) | 5 pp |');
  });

  it("says whether a child adopts, raises or lowers its parent's target, or leaves it out", () => {
    const { parent, child } = childOf(SON_LA, '12/KH-UBND');
    const agri = child.targets.find((t) => t.indicatorId === 'agri-labour-share' && t.year === 2030)!;
    agri.value = 45; // a share that must fall: lower is more ambitious
    child.targets = child.targets.filter((t) => !(t.indicatorId === 'certified-labour-rate' && t.year === 2030));
    const c = targets([parent, child]);
    const of = (id: string, year: number) => row(c, id, year)!.cells['son-la-child']?.adoption;
    expect([of('trained-labour-rate', 2025), of('trained-labour-rate', 2030), of('agri-labour-share', 2030)]).toEqual(['adopts', 'lowers', 'raises']);
    expect(row(c, 'certified-labour-rate', 2030)!.leftOut).toEqual(['son-la-child']);
    const markdown = renderCompareMarkdown(c, { transpose: false });
    expect(markdown).toContain('| certified-labour-rate | 2030 | 40% | left out |');
    expect(markdown).toContain('≤ 45% ▼ (Sơn La KH 12/KH-UBND: ≤ 50,7%, raises)');
  });
});

describe('compare deadlines', () => {
  it('puts the yearly deadlines first, then the dated ones in date order', () => {
    const record = structuredClone(SON_LA);
    const base = { action: 'report' as const, agency: null, recipient: null, section: null, text: '', recurrence: 'once' as const };
    record.deadlines = [
      { ...base, day: null, month: null, quarter: 1, year: 2026, line: 1 },
      { ...base, day: 15, month: 6, quarter: null, year: null, recurrence: 'annual', line: 2 },
      { ...base, day: 31, month: 12, quarter: null, year: 2025, line: 3 },
      { ...base, day: null, month: null, quarter: null, year: 2025, line: 4 },
    ];
    const c = compare([record], { view: 'deadlines', catalog: DEFAULT_CATALOG }) as Extract<Comparison, { view: 'deadlines' }>;
    expect(c.rows.map((d) => d.line)).toEqual([2, 3, 4, 1]);
  });
});

describe('a user catalogue applied to records extracted without it', () => {
  const entry = { id: 'regional-centre-schools', name: 'Số trường thực hiện chức năng trung tâm vùng', unit: 'count' as const, all: [['trung tâm vùng']] };
  it('gives an id to a target that had none, and leaves the others as they were', () => {
    const before = BAC_NINH.targets;
    const after = rematchIndicators(BAC_NINH, [entry]).targets;
    const changed = after.filter((t, i) => t.indicatorId !== before[i].indicatorId);
    expect(changed.map((t) => [t.indicatorId, t.value, t.unit])).toEqual([['regional-centre-schools', 1, 'trường']]);
    expect(BAC_NINH.targets).toBe(before); // the record itself is untouched
  });
});

describe('compare references', () => {
  it('follows the chain through the parent in the set to the central document', () => {
    const { parent, child } = childOf(SON_LA, '12/KH-UBND');
    const c = compare([parent, child], { view: 'references', catalog: DEFAULT_CATALOG });
    if (c.view !== 'references') throw new Error('wrong view');
    const chain = c.chains.find((ch) => ch.column === 'son-la-child')!;
    expect(chain.plans).toEqual(['son-la-child', '002_5d4ee1467f99bd22']);
    expect(chain.outside).toEqual(['253-KH/TU']);
    expect(chain.central).toEqual(['37-CT/TW']);
  });
});

describe('the table fits the width it is given', () => {
  const comparison = targets([SON_LA, HA_NOI, BAC_NINH, seed('000_042200a2880d1ba5'), seed('001_c7d279fdebf239a6')]);
  it.each([60, 80, 120, 200])('no line wider than %i', (width) => {
    const text = renderCompareTable(comparison, { color: false, width, transpose: false });
    const widest = Math.max(...text.split('\n').map((l) => [...l].length));
    expect(widest).toBeLessThanOrEqual(width);
    for (const value of ['≤ 58,9%', '≥ 20%', '90%']) expect(text.replace(/[\s│]+/g, ' ')).toContain(value);
  });

  it('colours marks and borders on request, with the same layout', () => {
    const plain = renderCompareTable(comparison, { color: false, width: 200, transpose: false });
    const coloured = renderCompareTable(comparison, { color: true, width: 200, transpose: false });
    expect(coloured).toMatch(/\u001b\[32m90% ▲/); // the highest in green
    expect(coloured.replace(/\u001b\[[\d;]*m/g, '')).toBe(plain);
  });
});
