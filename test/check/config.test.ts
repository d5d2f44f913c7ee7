// Configuration: what .plansrc.json and --rule accept, and what they refuse (a usage error).
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, parseRuleFlag } from '../../src/check/config.js';

describe('parseConfig', () => {
  it('reads stage, asOf, levels and options', () => {
    const config = parseConfig({ stage: 'final', asOf: '2025-09-01', rules: { 'tone-style-mixed': 'off', 'repeated-word': ['error', { words: ['khu'] }] } });
    expect(config).toEqual({ stage: 'final', asOf: '2025-09-01', rules: { 'tone-style-mixed': { level: 'off' }, 'repeated-word': { level: 'error', options: { words: ['khu'] } } } });
  });
  it.each([
    [{ rules: { 'no-such-rule': 'error' } }, /unknown rule "no-such-rule"/],
    [{ rules: { 'known-typo': 'fatal' } }, /level must be one of/],
    [{ rules: { 'known-typo': ['error', { extra: ['sát nhập'] }] } }, /does not match/],
    [{ rules: { 'section-missing': ['warning', { require: ['budget'] }] } }, /allowed: purpose/],
    [{ rules: { 'date-blank': ['warning', { strict: true }] } }, /takes none/],
    [{ rules: { 'reference-undated': ['warning', { yearInSymbol: 'yes' }] } }, /must be a boolean/],
    [{ stage: 'review' }, /stage must be draft or final/],
    [{ asOf: '2025-02-30' }, /YYYY-MM-DD/],
    [{ extends: 'x' }, /unknown key "extends"/],
    [{ ignorePatterns: [''] }, /"ignorePatterns" must be a pattern or an array of patterns/],
    [{ overrides: { files: ['a'] } }, /"overrides" must be an array/],
    [{ overrides: [{ rules: {} }] }, /overrides\[0\]\.files/],
    [{ overrides: [{ files: [], rules: {} }] }, /must name at least one pattern/],
    [{ overrides: [{ files: ['drafts/**'], rules: { 'known-typo': 'loud' } }] }, /level must be one of/],
    [{ overrides: [{ files: ['drafts/**'], asOf: '2025-01-01' }] }, /overrides\[0\]: unknown key "asOf"/],
    [[], /must be a JSON object/],
  ])('refuses %j', (value, message) => {
    expect(() => parseConfig(value)).toThrow(ConfigError);
    expect(() => parseConfig(value)).toThrow(message);
  });
});

describe('ignorePatterns and overrides', () => {
  it('reads them, and a "$schema" key for editors', () => {
    const config = parseConfig({
      $schema: './node_modules/vn-plans/schema/plansrc.schema.json',
      ignorePatterns: 'archive/',
      overrides: [{ files: ['drafts/**'], excludedFiles: 'drafts/final-*.md', stage: 'draft', rules: { 'number-blank': 'off' } }],
    });
    expect(config).toEqual({
      rules: {},
      ignorePatterns: ['archive/'],
      overrides: [{ files: ['drafts/**'], excludedFiles: ['drafts/final-*.md'], stage: 'draft', rules: { 'number-blank': { level: 'off' } } }],
    });
  });
});

describe('parseRuleFlag', () => {
  it.each([
    ['known-typo=warning', ['known-typo', { level: 'warning' }]],
    ['tone-style-mixed=off', ['tone-style-mixed', { level: 'off' }]],
  ])('%s', (flag, expected) => expect(parseRuleFlag(flag)).toEqual(expected));
  it.each(['known-typo', 'known-typo=loud', 'nope=error'])('refuses %s', (flag) => expect(() => parseRuleFlag(flag)).toThrow(ConfigError));
});
