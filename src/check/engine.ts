// Runs the rules over one extraction: decides each rule's level (default for the stage, then the
// config), stamps file, rule id and severity onto what the rules find, and sorts by place. A rule
// lists at most MAX_FINDINGS_PER_RULE findings in one file and counts the rest in one more: a
// damaged file (64,000 stray brackets) would otherwise bury the report and the reader. Rules are
// made for issued texts and their drafts: a README beside the plans, or a web page that quotes a
// plan, is not judged (`notCheckedReason`).
import { holdsPlan, type Extraction } from '../extract/index.js';
import type { PlanRecord } from '../model.js';
import type { RuleSetting } from './config.js';
import { RULES } from './rules/index.js';
import type { Diagnostic, Level, Rule, Severity, Span, Stage } from './types.js';

export interface CheckSettings {
  stage: Stage;
  /** `--as-of`: when given, agencies are judged at this date rather than the plan's. */
  asOf?: string;
  /** Today's date (ISO), passed in so rules never read the clock. */
  today: string;
  rules: Record<string, RuleSetting>;
}

export function levelOf(rule: Rule, stage: Stage, setting: RuleSetting | undefined): Level {
  if (setting?.level) return setting.level;
  return typeof rule.meta.severity === 'string' ? rule.meta.severity : rule.meta.severity[stage];
}

export const MAX_FINDINGS_PER_RULE = 1_000;

/** Why a file is not checked, or null when it is: no plan at all, or no issued text. */
export function notCheckedReason(record: PlanRecord): string | null {
  if (!holdsPlan(record)) return 'no plan found in it (no document type, issuer or numbered section); not checked';
  if (record.document.type === null) return 'no document type in it ("KẾ HOẠCH", "QUYẾT ĐỊNH" …): a page or a note about a plan, not a plan; not checked';
  return null;
}

export function checkExtraction(extraction: Extraction, settings: CheckSettings): Diagnostic[] {
  return notCheckedReason(extraction.record) === null ? runRules(extraction, settings) : [];
}

/** Every rule at its level over any extraction, whether or not it is an issued text. */
export function runRules(extraction: Extraction, settings: CheckSettings): Diagnostic[] {
  const asOf = settings.asOf ?? extraction.record.document.date ?? settings.today;
  const file = extraction.record.source.path;
  const diagnostics: Diagnostic[] = [];
  for (const rule of RULES) {
    const setting = settings.rules[rule.meta.id];
    const level = levelOf(rule, settings.stage, setting);
    if (level === 'off') continue;
    const findings = rule.check({ extraction, asOf, shown: MAX_FINDINGS_PER_RULE }, setting?.options ?? {});
    if (findings.length > MAX_FINDINGS_PER_RULE) findings.sort(byPlace);
    for (const finding of findings.slice(0, MAX_FINDINGS_PER_RULE)) diagnostics.push({ file, ruleId: rule.meta.id, severity: level, ...finding });
    const unlisted = findings.length - MAX_FINDINGS_PER_RULE;
    if (unlisted > 0) {
      const { line, column, endLine, endColumn } = findings[MAX_FINDINGS_PER_RULE];
      const message = `${unlisted} more ${rule.meta.id} findings in this file, not listed (the first ${MAX_FINDINGS_PER_RULE} are).`;
      diagnostics.push({ file, ruleId: rule.meta.id, severity: level, line, column, endLine, endColumn, message });
    }
  }
  return diagnostics.sort((a, b) => byPlace(a, b) || a.ruleId.localeCompare(b.ruleId));
}

function byPlace(a: Span, b: Span): number {
  return a.line - b.line || a.column - b.column;
}

export type Counts = Record<Severity, number>;

export function countBySeverity(diagnostics: Diagnostic[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}
