// README's rules section must be exactly what the rules' meta generates (npm run docs).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.js';
import { renderRulesDoc, replaceRulesSection, RULES_END, RULES_START } from '../../src/check/rules-doc.js';

describe('README rules section', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('matches the rules meta (run `npm run docs` after changing a rule)', () => {
    const section = readme.slice(readme.indexOf(RULES_START), readme.indexOf(RULES_END) + RULES_END.length);
    expect(section).toBe(renderRulesDoc(RULES));
  });

  it('documents every rule with a heading its SARIF help link can reach', () => {
    for (const { meta } of RULES) expect(readme).toContain(`### \`${meta.id}\``);
  });

  it('a changed description would be caught', () => {
    const drifted = replaceRulesSection(readme, renderRulesDoc(RULES).replace(RULES[0].meta.description, 'something else'));
    expect(drifted).not.toBe(readme);
  });
});
