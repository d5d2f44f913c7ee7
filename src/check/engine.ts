// Runs the rules over one extraction: decides each rule's level (default for the stage, then the
// config), stamps file, rule id and severity onto what the rules find, and sorts by place.
import type { Extraction } from '../extract/index.js';
import type { RuleSetting } from './config.js';
import { RULES } from './rules/index.js';
import type { Diagnostic, Level, Rule, Severity, Stage } from './types.js';

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

export function checkExtraction(extraction: Extraction, settings: CheckSettings): Diagnostic[] {
  const asOf = settings.asOf ?? extraction.record.document.date ?? settings.today;
  const diagnostics: Diagnostic[] = [];
  for (const rule of RULES) {
    const setting = settings.rules[rule.meta.id];
    const level = levelOf(rule, settings.stage, setting);
    if (level === 'off') continue;
    for (const finding of rule.check({ extraction, asOf }, setting?.options ?? {})) {
      diagnostics.push({ file: extraction.record.source.path, ruleId: rule.meta.id, severity: level, ...finding });
    }
  }
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}

export type Counts = Record<Severity, number>;

export function countBySeverity(diagnostics: Diagnostic[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}
