import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractInput } from '../../src/extract/index.js';
import { doubtWarning, formatOf, loadText } from '../../src/input/load.js';
import type { PlanRecord } from '../../src/model.js';

const SEEDS: Record<string, string> = {
  '002_son-la': 'fixtures/seeds/002_5d4ee1467f99bd22.txt',
  '003_ha-noi': 'fixtures/seeds/003_b0cbec9ec4bcda71.txt',
};

async function recordOf(path: string): Promise<PlanRecord> {
  return (await extractInput({ path, bytes: readFileSync(path) })).record;
}

/**
 * The record without what legitimately differs between formats: `line` (lines of the extracted
 * text, not of the .txt), `source` (path, hash, format) and `evidence` (which carries lines).
 * Everything else, `text` snippets included, must be the same.
 */
function withoutPlaces(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPlaces);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'line' && key !== 'source' && key !== 'evidence')
        .map(([key, v]) => [key, withoutPlaces(v)]),
    );
  }
  return value;
}

describe('every format gives the record the .txt gives', () => {
  it.each([
    ['002_son-la.docx', 'docx', undefined],
    ['002_son-la.pdf', 'pdf', undefined],
    ['002_son-la.tcvn3.txt', 'text', 'tcvn3'],
    ['002_son-la.windows1258.txt', 'text', 'windows-1258'],
    ['002_son-la.vni.txt', 'text', 'vni'],
    ['003_ha-noi.docx', 'docx', undefined],
    ['003_ha-noi.pdf', 'pdf', undefined],
    ['003_ha-noi.html', 'html', 'utf-8'],
  ])('%s (%s, %s)', async (file, format, encoding) => {
    const record = await recordOf(`fixtures/formats/${file}`);
    expect(record.source.format).toBe(format);
    expect(record.source.encoding).toBe(encoding);
    const seed = await recordOf(SEEDS[file.slice(0, 10)]);
    // A record that found nothing would equal another empty one: make sure there is something to compare.
    expect(record.assignments.length).toBeGreaterThan(0);
    expect(withoutPlaces(record)).toEqual(withoutPlaces(seed));
  });

  it("keeps the issuer's evidence texts (only their line numbers move)", async () => {
    const pdf = await recordOf('fixtures/formats/003_ha-noi.pdf');
    const txt = await recordOf(SEEDS['003_ha-noi']);
    expect(pdf.issuer.evidence.map((e) => e.text)).toEqual(txt.issuer.evidence.map((e) => e.text));
  });
});

describe('formatOf', () => {
  const bytes = (s: string) => Buffer.from(s, 'latin1');
  it.each([
    ['plan.pdf', '%PDF-1.7\n', 'pdf'],
    ['renamed.txt', '%PDF-1.4\n', 'pdf'],
    ['plan.docx', 'PK\u0003\u0004', 'docx'],
    ['-', 'PK\u0003\u0004', 'docx'],
    ['page.html', 'Kế hoạch', 'html'],
    ['PAGE.HTM', '<p>', 'html'],
    ['-', '<!DOCTYPE html><html>', 'html'],
    ['-', '\u00ef\u00bb\u00bf  <html lang="vi">', 'html'],
    ['plan.md', '# Kế hoạch', 'markdown'],
    ['plan.txt', '<p>a fragment, not a page</p>', 'text'],
    ['-', 'KẾ HOẠCH', 'text'],
  ])('%s starting %j is %s', (path, start, format) => {
    expect(formatOf(path, bytes(start))).toBe(format);
  });
});

describe('what loading tells the user', () => {
  it('lists the first five doubtful PDF letters and counts the rest', () => {
    const doubts = Array.from({ length: 7 }, (_, i) => `line ${i + 1}: 'Ê đê'`);
    expect(doubtWarning(doubts.slice(0, 2))).toBe("letters that may be split by the PDF, left as they are: line 1: 'Ê đê', line 2: 'Ê đê'");
    expect(doubtWarning(doubts)).toMatch(/line 5: 'Ê đê' and 2 more$/);
  });

  it('gives no warning and no encoding for a clean PDF', async () => {
    const loaded = await loadText('plan.pdf', readFileSync('fixtures/formats/002_son-la.pdf'));
    expect(loaded).toMatchObject({ format: 'pdf', encoding: null, warnings: [] });
  });
});
