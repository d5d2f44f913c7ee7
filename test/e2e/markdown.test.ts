import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const extract = (path: string) => {
  const result = spawnSync(process.execPath, ['bin/plans.js', 'extract', path, '-f', 'json'], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout)[0];
};

// fixtures/markdown holds a corpus plan as a .md file with a link and a footnote mark in HTML,
// the syntax portals leave; remark-parse takes them out and every line stays where it was.
describe('markdown input', () => {
  const md = extract('fixtures/markdown/06_dongnai-kh182-links.md');
  const txt = extract('fixtures/corpus/06_dongnai-kh182-2025-ctmtqg-phongchong-matuy.txt');

  it('is read as markdown', () => expect(md.source.format).toBe('markdown'));

  it('gives the record of the plain text', () => {
    const { source: _a, ...mdRest } = md;
    const { source: _b, ...txtRest } = txt;
    expect(mdRest.references).toEqual(txtRest.references);
    expect(mdRest.targets.map((t: { line: number; value: number }) => [t.line, t.value])).toEqual(txtRest.targets.map((t: { line: number; value: number }) => [t.line, t.value]));
    expect(mdRest.sections).toEqual(txtRest.sections);
    expect(mdRest.assignments).toEqual(txtRest.assignments);
  });
});
