// `plans check --format stylish` (the default), after ESLint's: diagnostics grouped per file,
// one line each, `line:col  severity  message  rule-id`, columns aligned, a summary at the end.
import { Chalk } from 'chalk';
import type { Diagnostic, Severity } from '../check/types.js';
import type { Counts } from '../check/engine.js';

export interface StylishOptions {
  color: boolean;
}

export function renderStylish(diagnostics: Diagnostic[], counts: Counts, { color }: StylishOptions): string {
  const paint = new Chalk({ level: color ? 1 : 0 });
  const tint: Record<Severity, (s: string) => string> = { error: paint.red, warning: paint.yellow, info: paint.blue };
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push('', paint.underline(file));
    const places = list.map((d) => `${d.line}:${d.column}`);
    const placeWidth = Math.max(...places.map((p) => p.length));
    const messages = list.map(messageOf);
    const messageWidth = Math.min(100, Math.max(...messages.map((m) => m.length)));
    list.forEach((d, i) => {
      const place = paint.dim(places[i].padEnd(placeWidth));
      const severity = tint[d.severity](d.severity.padEnd(7));
      out.push(`  ${place}  ${severity}  ${messages[i].padEnd(messageWidth)}  ${paint.dim(d.ruleId)}`);
    });
  }
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return '';
  const summary = `${counts.error ? '✖' : '⚠'} ${total} ${total === 1 ? 'problem' : 'problems'} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info)`;
  out.push('', (counts.error ? paint.red.bold : counts.warning ? paint.yellow.bold : paint.bold)(summary), '');
  return `${out.join('\n')}\n`;
}

function messageOf(d: Diagnostic): string {
  return d.suggestion && !d.message.includes(d.suggestion) ? `${d.message} → ${d.suggestion}` : d.message;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
