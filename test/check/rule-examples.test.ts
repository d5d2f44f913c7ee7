// Each rule's documented examples are its first tests: every `bad` snippet triggers the rule,
// every `good` one does not. The README shows the same snippets (npm run docs).
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.js';
import { findingsOf } from './helpers.js';

describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  it('has examples of both kinds and a one-line description', () => {
    expect(rule.meta.examples.bad.length).toBeGreaterThan(0);
    expect(rule.meta.examples.good.length).toBeGreaterThan(0);
    expect(rule.meta.description).not.toContain('\n');
  });
  it.each(rule.meta.examples.bad.map((t) => [t]))('reports %j', (text) => {
    expect(findingsOf(id, text).length).toBeGreaterThan(0);
  });
  it.each(rule.meta.examples.good.map((t) => [t]))('passes %j', (text) => {
    expect(findingsOf(id, text)).toEqual([]);
  });
});
