import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/input/load.js';
import { checkZipBudget, MAX_XML_DEPTH, MAX_ZIP_ENTRIES } from '../../src/input/zip-budget.js';
import { deepRuns, docxParts, docxWithBody, part, spacesBomb, zipOf } from '../hostile/zip-bombs.js';

const MB = 1024 ** 2;

describe('a .docx is inflated under budgets before it is read', () => {
  it('reads a real document, and the same parts rebuilt, as before', async () => {
    const real = readFileSync('fixtures/formats/002_son-la.docx');
    expect(() => checkZipBudget(real, 50 * MB)).not.toThrow();
    const rebuilt = docxWithBody(docxParts().get('word/document.xml')!);
    expect((await loadText('rebuilt.docx', rebuilt)).text).toBe((await loadText('real.docx', real)).text);
  });

  it.each([
    // The hostile review's bomb: 0.9 MB whose word/document.xml inflates to 315 MB.
    ['honestly declared', spacesBomb('word/document.xml', 315)],
    ['declared as 1 KB', spacesBomb('word/document.xml', 315, 1024)],
  ])('refuses a bomb (%s) once it inflates past the size limit, not after', (_name, bomb) => {
    const zip = docxWithBody(bomb);
    expect(zip.length).toBeLessThan(MB);
    expect(() => checkZipBudget(zip, 50 * MB)).toThrow(/^a \.docx that inflates to over the 50\.0 MB size limit \(at word\/document\.xml\): not read \(raise it with --max-size\)$/);
    // The budget is the user's --max-size.
    expect(() => checkZipBudget(zip, 400 * MB)).not.toThrow();
  });

  it('counts every part against one budget', () => {
    const parts = Array.from({ length: 6 }, (_, i) => spacesBomb(`word/media/image${i}.png`, 10));
    expect(() => checkZipBudget(zipOf(parts), 50 * MB)).toThrow(/at word\/media\/image5\.png/);
  });

  it(`refuses a document whose XML nests over ${MAX_XML_DEPTH} deep (200,000 nested runs overflowed the XML reader's stack)`, () => {
    expect(() => checkZipBudget(docxWithBody(deepRuns(200_000)), 50 * MB)).toThrow(/^a \.docx whose word\/document\.xml nests over 1000 elements deep: not read$/);
    expect(() => checkZipBudget(docxWithBody(deepRuns(500)), 50 * MB)).not.toThrow();
  });

  it(`refuses an archive of over ${MAX_ZIP_ENTRIES} parts`, () => {
    const tiny = part('x.txt', Buffer.from('x'));
    const parts = Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({ ...tiny, name: `p/${i}.txt` }));
    expect(() => checkZipBudget(zipOf(parts), 50 * MB)).toThrow(/^a \.docx of 10001 parts, over the 10000 a document has: not read$/);
  });

  it.each([
    ['cut short', (zip: Buffer) => zip.subarray(0, zip.length - 30), /^not a readable \.docx: no list of parts at its end$/],
    ['bytes put before it', (zip: Buffer) => Buffer.concat([Buffer.from('PK\u0003\u0004junk'), zip]), /^not a readable \.docx: its list of parts is cut short$/],
  ])('names a broken archive: %s', (_name, edit, message) => {
    expect(() => checkZipBudget(edit(readFileSync('fixtures/formats/002_son-la.docx')), 50 * MB)).toThrow(message);
  });
});
