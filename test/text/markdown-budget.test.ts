import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/input/load.js';
import { markdownHazard } from '../../src/text/markdown-budget.js';

// Shapes from the hostile review that made the markdown parser crawl or overflow its stack.
describe('markdown too costly to parse is read as plain text', () => {
  it.each([
    ['4,000 ">" on one line (overflowed the stack)', '>'.repeat(4000) + ' Kế hoạch', /^markdown nested 4000 deep on one line \(over 16\)$/],
    ['"- " 2,000 times (overflowed the stack)', '- '.repeat(2000) + 'a', /^markdown nested 2000 deep on one line \(over 16\)$/],
    ['list items each indented two spaces more (800 lines: 17 s)', Array.from({ length: 800 }, (_, i) => `${' '.repeat(i * 2)}- a`).join('\n'), /^a markdown list item indented 66 spaces \(over 64\)$/],
    ['a paragraph of "*a" (128 KB: 63 s)', '*a'.repeat(64_000), /^a markdown paragraph of over 4000 emphasis or link marks$/],
    ['a paragraph of "[a](b " (128 KB: 2.8 s)', '[a](b '.repeat(21_000), /^a markdown paragraph of over 4000 emphasis or link marks$/],
    // Found by the generative test (seed 1242498896): a quote's paragraph going on in lines without ">".
    ['one ">" line, then 128 KB of lazy lines (4.3 s)', `> 1 KẾ HOẠCH\n${' KẾ HOẠCH\n'.repeat(13_000)}`, /^a markdown quote whose paragraph goes on for over 200 lines without ">"$/],
    ['">" and lazy lines by turns (128 KB: 1.7 s)', ' KẾ HOẠCH\n> 1 KẾ HOẠCH\n'.repeat(5_500), /^a markdown quote whose paragraph goes on for over 200 lines without ">"$/],
  ])('%s', async (_name, text, reason) => {
    expect(markdownHazard(text)).toMatch(reason);
    const loaded = await loadText('plan.md', Buffer.from(text));
    expect(loaded.text).toBe(text);
    expect(loaded.warnings).toEqual([`${markdownHazard(text)}: read as plain text`]);
  });

  it('counts lazy lines per paragraph: a quote of short paragraphs is markdown', () => {
    expect(markdownHazard('> Trích dẫn\ntiếp theo\n\n'.repeat(2_000))).toBeNull();
  });

  it('counts marks per paragraph: a blank line starts the count again', () => {
    const paragraph = '**Điều 1.** Ban hành kế hoạch. '.repeat(400); // 800 runs
    expect(markdownHazard(Array.from({ length: 20 }, () => paragraph).join('\n\n'))).toBeNull();
    expect(markdownHazard(Array.from({ length: 20 }, () => paragraph).join('\n'))).toMatch(/over 4000/);
  });

  it('parses every bundled markdown plan as markdown', () => {
    const files = ['fixtures/dev', 'fixtures/unseen', 'fixtures/markdown'].flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.md')).map((f) => `${d}/${f}`));
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) expect(markdownHazard(readFileSync(file, 'utf8')), file).toBeNull();
  });
});
