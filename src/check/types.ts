// The shapes `plans check` works with: rule metadata, what a rule finds, and the diagnostics the
// engine stamps from it (file, rule id and severity added, as unified-lint-rule does for remark-lint).
import type { Extraction } from '../extract/index.js';

export type Severity = 'error' | 'warning' | 'info';
export type Level = Severity | 'off';
export type Stage = 'draft' | 'final';

export const LEVELS: readonly Level[] = ['off', 'info', 'warning', 'error'];

/** A place in the source file: 1-based lines and columns, the end exclusive as in SARIF. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** What a rule reports; the engine adds the file, rule id and severity. */
export interface Finding extends Span {
  message: string;
  /** The text that should stand there instead, when there is one. */
  suggestion?: string;
  /** A second place that explains this one ("first cited here"). */
  related?: Span & { message: string };
}

export interface Diagnostic extends Finding {
  file: string;
  ruleId: string;
  severity: Severity;
}

/** The subset of JSON Schema a rule's options are described with (checked by `validateOptions`). */
export interface OptionsSchema {
  type: 'object';
  properties: Record<string, { type: 'string' | 'number' | 'boolean' | 'array'; items?: { type: 'string'; enum?: readonly string[]; pattern?: string }; description: string }>;
  additionalProperties: false;
}

export interface RuleMeta {
  id: string;
  description: string;
  /** One level for both stages, or one per stage (a blank number is normal in a draft). */
  severity: Severity | Record<Stage, Severity>;
  options: OptionsSchema;
  /** Why the rule exists and how to fix what it finds (README). */
  docs: string;
  /** Real snippets: each `bad` text triggers the rule, each `good` text does not. Tested and documented. */
  examples: { bad: string[]; good: string[] };
}

/** What a rule reads. The stage is not here: it only changes levels, which the engine decides. */
export interface RuleContext {
  extraction: Extraction;
  /** The date agencies and deadlines are judged at (ISO): see `judgedAt` in engine.ts. */
  asOf: string;
  /**
   * How many findings of a rule are shown; past it they are only counted. A rule that can find a
   * great many (a stray bracket per character) may give the rest the place of the last one shown
   * instead of finding theirs in the source, which costs far more.
   */
  shown: number;
}

export type RuleOptions = Record<string, unknown>;

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext, options: RuleOptions): Finding[];
}

export function noOptions(): OptionsSchema {
  return { type: 'object', properties: {}, additionalProperties: false };
}
