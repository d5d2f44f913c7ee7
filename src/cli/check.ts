// `plans check <paths…>`: lint plan texts the way a careful reviewer reads a draft, in the formats
// CI systems read. Exit codes as ESLint: 0 no errors (and warnings within --max-warnings),
// 1 errors, too many warnings or an unreadable file, 2 usage or configuration error.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../check/types.js';
import { ConfigError, parseIsoDate, parseRuleFlag, parseStage, type CheckConfig } from '../check/config.js';
import { findConfigFile, loadConfigFile } from '../check/config-file.js';
import { fileSettings, type FileSettings, type PatternSource } from '../check/file-settings.js';
import { checkExtraction, countBySeverity, levelOf, notCheckedReason, type CheckSettings } from '../check/engine.js';
import { RULES } from '../check/rules/index.js';
import { discoverInputs, nothingFound } from '../input/discover.js';
import { readInput } from '../input/read.js';
import { extractInput } from '../extract/index.js';
import { failureReason, missingReason } from './failure-reason.js';
import { EXIT_FAILURES, EXIT_OK, UsageError } from './exit.js';
import { PACKAGE } from './package-info.js';
import type { FileNotice } from '../report/sarif.js';

export type CheckFormat = 'stylish' | 'json' | 'sarif' | 'github';

export interface CheckCommandOptions {
  paths: string[];
  format?: CheckFormat;
  config?: string;
  rule?: string[];
  stage?: string;
  asOf?: string;
  maxWarnings?: string;
  quiet?: boolean;
  /** false with --no-error-on-unmatched-pattern. */
  errorOnUnmatchedPattern?: boolean;
  /** false with --no-ignore. */
  ignore?: boolean;
  /** Today's date (ISO); the entry point passes the clock in. */
  today: string;
}

export async function runCheck(options: CheckCommandOptions): Promise<number> {
  const settings = await resolveSettings(options);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const found = await discoverInputs(options.paths);
  const { missing, empty } = found;
  // As ESLint: a path or glob that matches nothing is a usage error (a typo in CI must not pass
  // green), unless --no-error-on-unmatched-pattern; then it is one line and the rest is checked.
  const unmatched = [...missing, ...empty];
  const strict = options.errorOnUnmatchedPattern ?? true;
  if (unmatched.length && strict) throw new UsageError(`${nothingFound(unmatched)}, or pass --no-error-on-unmatched-pattern`);
  // Ignored files found in a folder or by a glob are passed by in silence; one named outright gets
  // a line, as ESLint's "File ignored because of a matching ignore pattern".
  const inputs = found.inputs.filter((input) => !settings.ignored(input.path));
  if (inputs.length === 0 && found.inputs.some((input) => !input.named) && strict) {
    throw new UsageError(`all files matched by ${options.paths.map((p) => JSON.stringify(p)).join(', ')} are ignored (.plansignore, ignorePatterns); pass --no-ignore to check them`);
  }

  let diagnostics: Diagnostic[] = [];
  // Files not read, or passed by: on stderr, and in SARIF as notifications.
  const notices: FileNotice[] = [];
  const notice = (file: string, level: FileNotice['level'], message: string) => {
    notices.push({ file, level, message });
    if (level !== 'note' || !options.quiet) warn(`${file}: ${message}`);
  };
  for (const m of missing) notice(m, 'warning', missingReason(m));
  for (const input of found.inputs) if (input.named && settings.ignored(input.path)) notice(input.path, 'note', 'ignored by a matching ignore pattern (.plansignore, ignorePatterns); pass --no-ignore to check it');
  for (const { path } of inputs) {
    try {
      const extraction = await extractInput({ path, bytes: await readInput(path) });
      const notChecked = notCheckedReason(extraction.record);
      if (notChecked !== null) notice(path, 'note', notChecked);
      for (const d of checkExtraction(extraction, settings.settingsFor(path))) diagnostics.push(d);
    } catch (error) {
      notice(path, 'error', failureReason(error, path));
    }
  }
  const failed = notices.filter((n) => n.level === 'error').length;
  if (options.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error');
  const counts = countBySeverity(diagnostics);
  process.stdout.write(await render(options.format ?? 'stylish', diagnostics, counts, settings.base, notices));

  const tooManyWarnings = maxWarnings !== null && counts.warning > maxWarnings;
  if (tooManyWarnings) warn(`${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${maxWarnings}`);
  return counts.error > 0 || tooManyWarnings || failed > 0 ? EXIT_FAILURES : EXIT_OK;
}

async function render(format: CheckFormat, diagnostics: Diagnostic[], counts: ReturnType<typeof countBySeverity>, settings: CheckSettings, notices: FileNotice[]): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../report/diagnostics-json.js')).renderDiagnosticsJson(diagnostics);
    case 'github': {
      const { annotationsCut, renderGithub } = await import('../report/github.js');
      const cut = annotationsCut(diagnostics);
      if (cut) warn(cut);
      return renderGithub(diagnostics);
    }
    case 'sarif': {
      const { renderSarif } = await import('../report/sarif.js');
      const rules = RULES.flatMap((rule) => {
        const level = levelOf(rule, settings.stage, settings.rules[rule.meta.id]);
        return level === 'off' ? [] : [{ meta: rule.meta, level }];
      });
      return renderSarif(diagnostics, rules, { version: PACKAGE.version, homepage: PACKAGE.homepage, cwd: process.cwd(), notices });
    }
    case 'stylish': {
      const { renderStylish } = await import('../report/stylish.js');
      const { supportsColor } = await import('./color.js');
      return renderStylish(diagnostics, counts, { color: supportsColor(Boolean(process.stdout.isTTY)) });
    }
  }
}

/** Defaults ← .plansrc.json (nearest, or --config) ← --stage, --as-of, --rule. */
/** Defaults ← .plansrc.json (nearest, or --config) and its overrides ← --stage, --as-of, --rule; .plansignore. */
async function resolveSettings(options: CheckCommandOptions): Promise<FileSettings> {
  try {
    const configPath = options.config ?? findConfigFile(process.cwd());
    const config: CheckConfig = configPath ? await loadConfigFile(configPath) : { rules: {} };
    const rules = Object.fromEntries((options.rule ?? []).map(parseRuleFlag));
    const commandLine = {
      stage: options.stage ? parseStage(options.stage) : undefined,
      asOf: options.asOf ? parseIsoDate(options.asOf, '--as-of') : undefined,
      rules,
      today: options.today,
    };
    const plansignore = options.ignore === false ? null : await readPlansignore(process.cwd());
    const settings = fileSettings(config, configPath ? dirname(resolve(configPath)) : process.cwd(), commandLine, plansignore);
    // --no-ignore: every file is checked, whatever .plansignore and ignorePatterns say.
    return options.ignore === false ? { ...settings, ignored: () => false } : settings;
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/** `.plansignore` in the working folder, as ESLint read `.eslintignore`: .gitignore lines. */
async function readPlansignore(folder: string): Promise<PatternSource | null> {
  const text = await readFile(join(folder, PLANSIGNORE), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw new ConfigError(`${PLANSIGNORE}: cannot read (${error.code ?? String(error)})`);
  });
  return text === null ? null : { folder, patterns: text.split(/\r?\n/u) };
}
const PLANSIGNORE = '.plansignore';

/** ESLint's --max-warnings: a count, or -1 (its default) for no limit. */
function parseMaxWarnings(value: string | undefined): number | null {
  if (value === undefined || value === '-1') return null;
  if (!/^\d{1,9}$/.test(value)) throw new UsageError(`--max-warnings must be a whole number (or -1 for no limit), not "${value}"`);
  return Number(value);
}

function warn(message: string): void {
  process.stderr.write(`plans: ${message}\n`);
}
