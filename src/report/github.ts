// `plans check --format github`: one GitHub Actions workflow command per diagnostic
// (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`), so findings show as
// annotations on the pull request. Escaping as the runner requires: in the message %, CR and LF;
// in property values also ":" and ",".
import type { Diagnostic, Severity } from '../check/types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function renderGithub(diagnostics: Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const properties = [
        `file=${escapeProperty(d.file)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(d.ruleId)}`,
      ].join(',');
      const message = d.suggestion ? `${d.message} Suggestion: ${d.suggestion}` : d.message;
      return `::${COMMAND[d.severity]} ${properties}::${escapeData(message)}\n`;
    })
    .join('');
}

/**
 * GitHub shows at most 10 annotations of each kind (error, warning, notice) per step and 50 per job;
 * the rest stay in the log only (actions/toolkit, docs/problem-matchers.md, "Limitations"). The
 * line that says so when this report goes past it, or null.
 */
export function annotationsCut(diagnostics: Diagnostic[]): string | null {
  const byKind = new Map<string, number>();
  for (const d of diagnostics) byKind.set(COMMAND[d.severity], (byKind.get(COMMAND[d.severity]) ?? 0) + 1);
  const over = [...byKind].filter(([, n]) => n > PER_STEP);
  if (over.length === 0 && diagnostics.length <= PER_JOB) return null;
  const counts = [...byKind].map(([kind, n]) => `${n} ${kind}${n === 1 ? '' : 's'}`).join(', ');
  return `GitHub shows ${PER_STEP} annotations of each kind per step and ${PER_JOB} per job; of ${counts}, the rest are in the step's log only (-f sarif with upload-sarif keeps every finding)`;
}
const PER_STEP = 10;
const PER_JOB = 50;

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
