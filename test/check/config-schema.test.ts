// schema/plansrc.schema.json is what the rules' meta makes, and it accepts what parseConfig
// accepts (and refuses what it refuses), so an editor tells a drafter the truth.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/check/config-schema.js';
import { parseConfig } from '../../src/check/config.js';
import { RULES } from '../../src/check/rules/index.js';

const committed = JSON.parse(readFileSync('schema/plansrc.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(committed);

describe('schema/plansrc.schema.json', () => {
  it('is what the rules make (run npm run docs after changing a rule)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(configSchema(RULES, committed.$id))));
  });

  it.each([
    [{ stage: 'final', asOf: '2025-09-01', rules: { 'tone-style-mixed': 'off', 'agency-renamed': 'error', 'repeated-word': ['warning', { words: ['khu'] }], 'known-typo': ['error', { extra: ['sát nhập=>sáp nhập'] }] } }],
    [{ $schema: './node_modules/vn-plans/schema/plansrc.schema.json', ignorePatterns: ['archive/'], rules: { 'section-missing': 'warn', 'known-typo': 2 } }],
    [{ overrides: [{ files: ['drafts/**'], excludedFiles: 'drafts/ready/**', stage: 'draft', rules: { 'number-blank': 'off' } }] }],
  ])('accepts what parseConfig accepts: %j', (config) => {
    expect(() => parseConfig(config)).not.toThrow();
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    [{ rules: { 'no-such-rule': 'error' } }],
    [{ rules: { 'known-typo': 'loud' } }],
    [{ rules: { 'section-missing': ['warning', { require: ['budget'] }] } }],
    [{ rules: { 'date-blank': ['warning', { strict: true }] } }],
    [{ extends: 'x' }],
    [{ overrides: [{ rules: {} }] }],
  ])('refuses what parseConfig refuses: %j', (config) => {
    expect(() => parseConfig(config)).toThrow();
    expect(validate(config)).toBe(false);
  });
});
