// `plans check <paths…>`: lint plan texts the way a careful reviewer reads a draft, in the formats
// CI systems read. Exit codes as ESLint: 0 no errors (and warnings within --max-warnings),
// 1 errors, too many warnings or an unreadable file, 2 usage or configuration error.
import type { Diagnostic } from '../check/types.js';
import { ConfigError, parseIsoDate, parseRuleFlag, parseStage, type CheckConfig } from '../check/config.js';
import { findConfigFile, loadConfigFile } from '../check/config-file.js';
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
  /** Today's date (ISO); the entry point passes the clock in. */
  today: string;
}

export async function runCheck(options: CheckCommandOptions): Promise<number> {
  const settings = await resolveSettings(options);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const { inputs, missing, empty } = await discoverInputs(options.paths);
  // As ESLint: a path or glob that matches nothing is a usage error (a typo in CI must not pass
  // green), unless --no-error-on-unmatched-pattern; then it is one line and the rest is checked.
  const unmatched = [...missing, ...empty];
  if (unmatched.length && (options.errorOnUnmatchedPattern ?? true)) throw new UsageError(`${nothingFound(unmatched)}, or pass --no-error-on-unmatched-pattern`);

  let diagnostics: Diagnostic[] = [];
  // Files not read, or passed by: on stderr, and in SARIF as notifications.
  const notices: FileNotice[] = [];
  const notice = (file: string, level: FileNotice['level'], message: string) => {
    notices.push({ file, level, message });
    if (level !== 'note' || !options.quiet) warn(`${file}: ${message}`);
  };
  for (const m of missing) notice(m, 'warning', missingReason(m));
  for (const { path } of inputs) {
    try {
      const extraction = await extractInput({ path, bytes: await readInput(path) });
      const notChecked = notCheckedReason(extraction.record);
      if (notChecked !== null) notice(path, 'note', notChecked);
      for (const d of checkExtraction(extraction, settings)) diagnostics.push(d);
    } catch (error) {
      notice(path, 'error', failureReason(error, path));
    }
  }
  const failed = notices.filter((n) => n.level === 'error').length;
  if (options.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error');
  const counts = countBySeverity(diagnostics);
  process.stdout.write(await render(options.format ?? 'stylish', diagnostics, counts, settings, notices));

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
async function resolveSettings(options: CheckCommandOptions): Promise<CheckSettings> {
  try {
    const configPath = options.config ?? findConfigFile(process.cwd());
    const config: CheckConfig = configPath ? await loadConfigFile(configPath) : { rules: {} };
    const rules = { ...config.rules };
    for (const flag of options.rule ?? []) {
      const [id, setting] = parseRuleFlag(flag);
      rules[id] = { ...rules[id], ...setting };
    }
    return {
      stage: options.stage ? parseStage(options.stage) : (config.stage ?? 'draft'),
      asOf: options.asOf ? parseIsoDate(options.asOf, '--as-of') : config.asOf,
      today: options.today,
      rules,
    };
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/** ESLint's --max-warnings: a count, or -1 (its default) for no limit. */
function parseMaxWarnings(value: string | undefined): number | null {
  if (value === undefined || value === '-1') return null;
  if (!/^\d{1,9}$/.test(value)) throw new UsageError(`--max-warnings must be a whole number (or -1 for no limit), not "${value}"`);
  return Number(value);
}

function warn(message: string): void {
  process.stderr.write(`plans: ${message}\n`);
}
