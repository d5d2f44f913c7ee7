// The terminal summary of `plans extract`: one row per file.
import Table from 'cli-table3';
import type { PlanRecord } from '../model.js';

export function renderRecordTable(records: PlanRecord[], options: { color: boolean }): string {
  const table = new Table({
    head: ['file', 'type', 'number', 'date', 'issuer', 'refs', 'targets', 'assign.', 'deadlines'],
    style: options.color ? undefined : { head: [], border: [] },
    wordWrap: true,
    colWidths: [28, 6, 16, 12, 34, 6, 9, 9, 11],
  });
  for (const r of records) {
    table.push([
      shortPath(r.source.path),
      r.document.type ?? '–',
      r.document.number ?? '(blank)',
      r.document.date ?? '(blank)',
      r.issuer.name ?? '–',
      r.references.length,
      r.targets.length,
      r.assignments.length,
      r.deadlines.length,
    ]);
  }
  return `${table.toString()}\n`;
}

function shortPath(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.length > 26 ? `…${name.slice(-25)}` : name;
}
