// Renderers for plan records: pure functions from records to text.
import type { PlanRecord } from '../model.js';

export type JsonRecordFormat = 'json' | 'jsonl';

/**
 * One record as an element of a pretty-printed JSON array (the bytes `JSON.stringify(records, null, 2)`
 * would give), so the array can be written a record at a time: no single string holds every record,
 * and a record too large to render fails alone.
 */
export function renderJsonElement(record: PlanRecord): string {
  // JSON escapes newlines inside strings, so every line start is a line of the layout: "{" → "  {".
  return JSON.stringify(record, null, 2).replace(/^/gm, '  ');
}

export function renderJsonLine(record: PlanRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/** The record as a JSON line or array element, or null when it is too large for one string. */
export function renderRecordJson(record: PlanRecord, format: JsonRecordFormat): string | null {
  try {
    return format === 'jsonl' ? renderJsonLine(record) : renderJsonElement(record);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}
