// Which files are left out and which settings each file gets: .plansignore, ignorePatterns,
// overrides in order, the command line over all.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/check/config.js';
import { fileSettings } from '../../src/check/file-settings.js';

const ROOT = process.cwd();
const config = parseConfig({
  stage: 'final',
  ignorePatterns: ['archive/', '*.bak.md'],
  rules: { 'known-typo': 'error', 'tone-style-mixed': 'info' },
  overrides: [
    { files: ['drafts/**'], excludedFiles: ['drafts/ready/**'], stage: 'draft', rules: { 'known-typo': 'warning', 'number-blank': 'off' } },
    { files: ['drafts/ha-noi/**'], rules: { 'known-typo': 'off' } },
  ],
});
const commandLine = { rules: { 'tone-style-mixed': { level: 'off' as const } }, today: '2026-12-06' };
const settings = fileSettings(config, join(ROOT, 'plans'), commandLine, { folder: ROOT, patterns: ['# notes', 'scratch/', ''] });

describe('file settings', () => {
  it.each([
    ['plans/archive/2024.md', true],
    ['plans/son-la.bak.md', true],
    ['scratch/try.md', true],
    ['plans/son-la.md', false],
    ['archive/outside-the-config-folder.md', false],
    ['-', false],
  ])('%s ignored: %s', (path, ignored) => {
    expect(settings.ignored(path)).toBe(ignored);
  });

  it.each([
    ['plans/son-la.md', 'final', { 'known-typo': 'error', 'tone-style-mixed': 'off' }],
    ['plans/drafts/lai-chau.md', 'draft', { 'known-typo': 'warning', 'number-blank': 'off', 'tone-style-mixed': 'off' }],
    ['plans/drafts/ha-noi/kh.md', 'draft', { 'known-typo': 'off', 'number-blank': 'off', 'tone-style-mixed': 'off' }],
    ['plans/drafts/ready/kh.md', 'final', { 'known-typo': 'error', 'tone-style-mixed': 'off' }],
  ])('%s is checked at stage %s with %j', (path, stage, levels) => {
    const { stage: actual, rules } = settings.settingsFor(path);
    expect(actual).toBe(stage);
    expect(Object.fromEntries(Object.entries(rules).map(([id, s]) => [id, s.level]))).toEqual(levels);
  });

  it('lets the command line stage win over an override', () => {
    const cli = fileSettings(config, join(ROOT, 'plans'), { ...commandLine, stage: 'final' }, null);
    expect(cli.settingsFor('plans/drafts/lai-chau.md').stage).toBe('final');
  });
});
