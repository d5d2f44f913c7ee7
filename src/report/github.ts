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

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
