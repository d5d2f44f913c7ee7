// The regex check that `npm run lint` runs over src/ before the tests: these cases prove the
// configuration still catches each kind of super-linear pattern, so it cannot be switched off unseen.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const ruleIdsFor = async (code: string) => (await eslint.lintText(code, { filePath: 'src/regex-probe.ts' }))[0].messages.map((m) => m.ruleId);

describe('eslint.config.js on src/', () => {
  it.each([
    ['exponential nesting', 'export const r = /^(?:a+)+$/;', 'regexp/no-super-linear-backtracking'],
    ['two exchangeable quantifiers (the old PIPE_RULE)', 'export const r = /^\\s*\\|?\\s*:?-{3,}/;', 'regexp/no-super-linear-backtracking'],
    ['a trailing run tried from every start (the old trims)', "export const f = (s: string) => s.replace(/[\\s,;]+$/u, '');", 'regexp/no-super-linear-move'],
    ['a capture that gives characters back (the old boldSpan)', 'export const r = /^(\\*{2,3})(.+?)\\1/;', 'regexp/no-misleading-capturing-group'],
    ['a dead alternative', 'export const r = /(?:tính đến|tính đến nay)/u;', 'regexp/no-dupe-disjunctions'],
  ])('flags %s', async (_name, code, ruleId) => {
    expect(await ruleIdsFor(code)).toContain(ruleId);
  });

  it.each([
    ['a trailing run that starts only at its start', "export const f = (s: string) => s.replace(/(?<![\\s,;])[\\s,;]+$/u, '');"],
    ['a bounded, anchored pattern', 'export const r = /^(?:\\d{1,3}\\.){1,3}\\s{0,2}/u;'],
  ])('passes %s', async (_name, code) => {
    expect(await ruleIdsFor(code)).toEqual([]);
  });
});
