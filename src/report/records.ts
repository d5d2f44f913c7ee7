// Renderers for plan records: pure functions from records to text.
import type { PlanRecord } from '../model.js';

export function renderJson(records: PlanRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

export function renderJsonLine(record: PlanRecord): string {
  return `${JSON.stringify(record)}\n`;
}
