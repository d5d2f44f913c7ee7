// Which files `plans check` leaves out, and the settings each file is checked with, as ESLint:
// `.plansignore` in the working folder and the config's `ignorePatterns` leave files out; the
// config's `overrides` change rules and stage for the files they match, in order; the command
// line wins over both. Patterns follow .gitignore, read from the folder of the file that holds
// them, matched by `ignore` (the .gitignore implementation ESLint uses).
import { isAbsolute, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import type { CheckConfig, RuleSetting } from './config.js';
import type { CheckSettings } from './engine.js';
import type { Stage } from './types.js';

/** What the command line sets; it wins over the config and its overrides. */
export interface CommandLineSettings {
  stage?: Stage;
  asOf?: string;
  rules: Record<string, RuleSetting>;
  today: string;
}

/** Patterns and the folder they are read from. */
export interface PatternSource {
  folder: string;
  patterns: string[];
}

export interface FileSettings {
  /** The settings of the run as a whole (the config and the command line): for reports. */
  base: CheckSettings;
  ignored(path: string): boolean;
  settingsFor(path: string): CheckSettings;
}

export function fileSettings(config: CheckConfig, configFolder: string, commandLine: CommandLineSettings, plansignore: PatternSource | null): FileSettings {
  const ignores = [
    ...(plansignore ? [matcher(plansignore)] : []),
    ...(config.ignorePatterns ? [matcher({ folder: configFolder, patterns: config.ignorePatterns })] : []),
  ];
  const overrides = (config.overrides ?? []).map((o) => ({
    ...o,
    matches: matcher({ folder: configFolder, patterns: o.files }),
    excludes: o.excludedFiles ? matcher({ folder: configFolder, patterns: o.excludedFiles }) : null,
  }));
  const settings = (layers: Array<{ stage?: Stage; rules: Record<string, RuleSetting> }>): CheckSettings => {
    const rules: Record<string, RuleSetting> = {};
    let stage: Stage = 'draft';
    for (const layer of [config, ...layers, commandLine]) {
      if (layer.stage) stage = layer.stage;
      for (const [id, setting] of Object.entries(layer.rules)) rules[id] = { ...rules[id], ...setting };
    }
    return { stage, asOf: commandLine.asOf ?? config.asOf, today: commandLine.today, rules };
  };
  const base = settings([]);
  return {
    base,
    ignored: (path) => ignores.some((m) => m(path)),
    settingsFor: (path) => {
      const matching = overrides.filter((o) => o.matches(path) && !o.excludes?.(path));
      return matching.length ? settings(matching) : base;
    },
  };
}

/** A test of a path (as given, from the working folder) against patterns read from a folder. */
function matcher(source: PatternSource): (path: string) => boolean {
  const patterns = ignore().add(source.patterns);
  return (path) => {
    if (path === '-') return false;
    const fromFolder = relative(source.folder, resolve(path));
    // A file outside the folder the patterns are read from is not theirs to match.
    if (fromFolder === '' || fromFolder.startsWith('..') || isAbsolute(fromFolder)) return false;
    return patterns.ignores(fromFolder.split(sep).join('/'));
  };
}
