// What to check and how loudly: built-in defaults, then `.plansrc.json`, then `--rule id=level`
// and `--stage`. A bad config is a usage error (exit 2), never a silent default.
//
// .plansrc.json (its JSON Schema: schema/plansrc.schema.json):
//   { "stage": "final", "asOf": "2025-09-01",
//     "ignorePatterns": ["archive/"],
//     "rules": { "tone-style-mixed": "off", "repeated-word": ["error", { "words": ["khu"] }] },
//     "overrides": [{ "files": ["drafts/**"], "stage": "draft", "rules": { "number-blank": "off" } }] }
// Patterns are read as in .gitignore, from the folder of the file that holds them.
import type { Level, OptionsSchema, RuleOptions, Stage } from './types.js';
import { LEVELS } from './types.js';
import { RULES, ruleById } from './rules/index.js';

export interface RuleSetting {
  level?: Level;
  options?: RuleOptions;
}

export interface CheckConfig {
  stage?: Stage;
  asOf?: string;
  rules: Record<string, RuleSetting>;
  /** Files not to check (.gitignore patterns). */
  ignorePatterns?: string[];
  /** Settings for the files some patterns match, applied in order over the rest. */
  overrides?: ConfigOverride[];
}

export interface ConfigOverride {
  files: string[];
  excludedFiles?: string[];
  stage?: Stage;
  rules: Record<string, RuleSetting>;
}

const KEYS = ['$schema', 'stage', 'asOf', 'ignorePatterns', 'rules', 'overrides'];
const OVERRIDE_KEYS = ['files', 'excludedFiles', 'stage', 'rules'];

/** A problem in the configuration; the command turns it into a usage error naming the source. */
export class ConfigError extends Error {}

/** Parse the JSON value of a config file: unknown keys, rules, levels and options are refused. */
export function parseConfig(value: unknown): CheckConfig {
  if (!isObject(value)) throw new ConfigError('must be a JSON object');
  for (const key of Object.keys(value)) if (!KEYS.includes(key)) throw new ConfigError(`unknown key "${key}" (known: ${KEYS.join(', ')})`);
  const config: CheckConfig = { rules: parseRules(value.rules, 'rules') };
  if (value.stage !== undefined) config.stage = parseStage(value.stage);
  if (value.asOf !== undefined) config.asOf = parseIsoDate(value.asOf, 'asOf');
  if (value.ignorePatterns !== undefined) config.ignorePatterns = parsePatterns(value.ignorePatterns, 'ignorePatterns');
  if (value.overrides !== undefined) {
    if (!Array.isArray(value.overrides)) throw new ConfigError('"overrides" must be an array of { files, rules }');
    config.overrides = value.overrides.map((o, i) => parseOverride(o, `overrides[${i}]`));
  }
  return config;
}

function parseRules(value: unknown, where: string): Record<string, RuleSetting> {
  if (value === undefined) return {};
  if (!isObject(value)) throw new ConfigError(`"${where}" must be an object of rule id → level or [level, options]`);
  return Object.fromEntries(Object.entries(value).map(([id, setting]) => [id, parseSetting(id, setting)]));
}

function parseOverride(value: unknown, where: string): ConfigOverride {
  if (!isObject(value)) throw new ConfigError(`${where} must be an object with "files" and "rules"`);
  for (const key of Object.keys(value)) if (!OVERRIDE_KEYS.includes(key)) throw new ConfigError(`${where}: unknown key "${key}" (known: ${OVERRIDE_KEYS.join(', ')})`);
  const override: ConfigOverride = { files: parsePatterns(value.files, `${where}.files`), rules: parseRules(value.rules, `${where}.rules`) };
  if (override.files.length === 0) throw new ConfigError(`${where}.files must name at least one pattern`);
  if (value.excludedFiles !== undefined) override.excludedFiles = parsePatterns(value.excludedFiles, `${where}.excludedFiles`);
  if (value.stage !== undefined) override.stage = parseStage(value.stage);
  return override;
}

function parsePatterns(value: unknown, where: string): string[] {
  const patterns = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(patterns) || !patterns.every((p) => typeof p === 'string' && p.trim() !== '')) {
    throw new ConfigError(`"${where}" must be a pattern or an array of patterns (as in .gitignore: "drafts/**", "*.md")`);
  }
  return patterns;
}

function parseSetting(id: string, setting: unknown): RuleSetting {
  const rule = ruleById(id);
  if (!rule) throw new ConfigError(`unknown rule "${id}" (known: ${RULES.map((r) => r.meta.id).join(', ')})`);
  if (typeof setting === 'string' || typeof setting === 'number') return { level: parseLevel(setting, id) };
  if (Array.isArray(setting) && setting.length >= 1 && setting.length <= 2) {
    const options = setting[1] === undefined ? {} : setting[1];
    validateOptions(options, rule.meta.options, id);
    return { level: parseLevel(setting[0], id), options: options as RuleOptions };
  }
  throw new ConfigError(`rule "${id}": expected a level (${LEVELS.join('|')}) or [level, options]`);
}

/** "--rule known-typo=warning" → ["known-typo", { level: "warning" }]. */
export function parseRuleFlag(flag: string): [string, RuleSetting] {
  const m = /^([a-z][a-z-]{0,40})=([a-z0-2]{1,10})$/.exec(flag.trim());
  if (!m) throw new ConfigError(`--rule "${flag}": expected id=level, e.g. known-typo=warning`);
  return [m[1], parseSetting(m[1], m[2])];
}

export function parseStage(value: unknown): Stage {
  if (value === 'draft' || value === 'final') return value;
  throw new ConfigError(`stage must be draft or final, not ${JSON.stringify(value)}`);
}

/** "2025-07-01": a real calendar day. */
export function parseIsoDate(value: unknown, what: string): string {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  const time = m ? new Date(`${value}T00:00:00Z`).getTime() : NaN;
  // "2025-02-30" parses as 2 March: the date must read back as written.
  const valid = !Number.isNaN(time) && new Date(time).toISOString().startsWith(value as string);
  if (!valid) throw new ConfigError(`${what} must be a date written YYYY-MM-DD, not ${JSON.stringify(value)}`);
  return value as string;
}

/** ESLint's spellings of a level: "warn", and 0, 1, 2 (as numbers or strings). */
const LEVEL_ALIASES: Record<string, Level> = { warn: 'warning', '0': 'off', '1': 'warning', '2': 'error' };

function parseLevel(value: unknown, id: string): Level {
  const name = typeof value === 'number' ? String(value) : value;
  if (typeof name === 'string' && (LEVELS as readonly string[]).includes(name)) return name as Level;
  if (typeof name === 'string' && Object.hasOwn(LEVEL_ALIASES, name)) return LEVEL_ALIASES[name]!;
  throw new ConfigError(`rule "${id}": level must be one of ${LEVELS.join(', ')} (or warn, 0, 1, 2), not ${JSON.stringify(value)}`);
}

/** Options against the rule's schema (objects of strings, numbers, booleans and string arrays). */
export function validateOptions(options: unknown, schema: OptionsSchema, id: string): void {
  if (!isObject(options)) throw new ConfigError(`rule "${id}": options must be an object`);
  for (const [key, value] of Object.entries(options)) {
    const property = schema.properties[key];
    if (!property) {
      const known = Object.keys(schema.properties);
      throw new ConfigError(`rule "${id}": unknown option "${key}"${known.length ? ` (known: ${known.join(', ')})` : ' (it takes none)'}`);
    }
    const fail = (what: string) => new ConfigError(`rule "${id}": option "${key}" ${what}`);
    if (property.type === 'array') {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw fail('must be an array of strings');
      for (const item of value as string[]) {
        if (property.items?.enum && !property.items.enum.includes(item)) throw fail(`has "${item}"; allowed: ${property.items.enum.join(', ')}`);
        if (property.items?.pattern && !new RegExp(property.items.pattern, 'u').test(item)) throw fail(`has "${item}", which does not match ${property.items.pattern}`);
      }
    } else if (typeof value !== property.type) throw fail(`must be a ${property.type}`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
