// `plans check --format json`: one array of diagnostics, the shape ../shared/SCHEMA.md gives
// ({ file, line, column, endLine, endColumn, ruleId, severity, message, suggestion?, related? }).
import type { Diagnostic } from '../check/types.js';

export function renderDiagnosticsJson(diagnostics: Diagnostic[]): string {
  return `${JSON.stringify(diagnostics, null, 2)}\n`;
}
