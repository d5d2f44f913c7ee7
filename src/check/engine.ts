// Runs the rules over one extraction: decides each rule's level (default for the stage, then the
// config), stamps file, rule id and severity onto what the rules find, and sorts by place. A rule
// lists at most MAX_FINDINGS_PER_RULE findings in one file and counts the rest in one more: a
// damaged file (64,000 stray brackets) would otherwise bury the report and the reader. Rules are
// made for issued texts and their drafts: a README beside the plans, or a web page that quotes a
// plan, is not judged (`notCheckedReason`); what a drafter's plans-disable comment names is
// dropped (directives.ts).
import { holdsPlan, type Extraction } from '../extract/index.js';
import type { PlanRecord } from '../model.js';
import type { RuleSetting } from './config.js';
import { readDirectives, unsilenced } from './directives.js';
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
  if (notCheckedReason(extraction.record) !== null) return [];
  return unsilenced(runRules(extraction, settings), readDirectives(extraction.plan.lines));
}

/**
 * The date a plan is judged at: `--as-of`, else its own date, else the earliest it can have been
 * written (after every document it cites, and within the year of a blank date, "ngày tháng năm
 * 2025"), else today. An undated copy of a 2024 plan rightly names the agencies of 2024; a draft
 * dated "… năm 2026" is judged in 2026.
 */
export function judgedAt(extraction: Extraction, settings: CheckSettings): string {
  const { record, document, plan } = extraction;
  if (settings.asOf) return settings.asOf;
  if (record.document.date) return record.document.date;
  const after = record.references.flatMap((r) => (r.date !== null && r.date <= settings.today ? [r.date] : []));
  const year = document.dateLine === null ? undefined : BLANK_DATE_YEAR.exec(plan.lines[document.dateLine - 1] ?? '')?.[1];
  if (year) after.push(`${year}-01-01`);
  return after.reduce((latest, date) => (date > latest ? date : latest), '') || settings.today;
}
const BLANK_DATE_YEAR = /tháng[\s\d]{0,8}năm\s{0,3}(\d{4})/iu;

/** Every rule at its level over any extraction, whether or not it is an issued text. */
export function runRules(extraction: Extraction, settings: CheckSettings): Diagnostic[] {
  const asOf = judgedAt(extraction, settings);
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
