// Plan records already extracted by `plans extract`: a `.json` file (one array, or one record) or a
// `.jsonl` file (one record per line), each checked against the record's JSON Schema
// (schema/plan-record.schema.json) before it is compared: a record edited by hand or by another
// tool ("targets": [null]) is skipped with its reason, and the file's other records are kept.
// Parsing is pure; the command reads the file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import type { PlanRecord } from '../model.js';

/** True for paths that hold records rather than plan text. */
export function isRecordFile(path: string): boolean {
  return /\.jsonl?$/i.test(path); // "records.json", "corpus.JSONL"
}

export interface RecordFile {
  records: PlanRecord[];
  /** One line per record left out: where it is in the file and why. */
  skipped: string[];
}

/** The valid records in a file's text, and the others named by line or item with a reason. */
export function parseRecordFile(text: string, path: string): RecordFile {
  const body = text.replace(/^\uFEFF/, ''); // a byte-order mark, as Windows editors save
  const out: RecordFile = { records: [], skipped: [] };
  const take = (value: unknown, where: string) => {
    const problem = recordProblem(value);
    if (problem) out.skipped.push(`${where}: ${problem}; skipped`);
    else out.records.push(value as PlanRecord);
  };
  if (/\.jsonl$/i.test(path)) { // "records.jsonl"
    body.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      const json = parseJson(line);
      if (json.ok) take(json.value, `line ${i + 1}`);
      else out.skipped.push(`line ${i + 1}: not JSON (${json.reason}); skipped`);
    });
    return out;
  }
  const json = parseJson(body);
  if (!json.ok) throw new Error(`not JSON (${json.reason})`);
  if (Array.isArray(json.value)) json.value.forEach((item, i) => take(item, `item ${i + 1}`));
  else take(json.value, 'file');
  return out;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: (error as Error).message.split('\n')[0] };
  }
}

let validate: ValidateFunction | null = null;

/** Why a value is no plan record of this schema, in one line; null when it is one. */
function recordProblem(value: unknown): string | null {
  validate ??= compileSchema();
  if (validate(value)) return null;
  const [first] = validate.errors ?? [];
  if (!first) return 'not a plan record';
  // "/targets/0: must be object"; a missing schemaVersion says "not a plan record" plainly.
  if (first.instancePath === '' && first.keyword === 'required') return `not a plan record (no ${String(first.params.missingProperty)})`;
  return `not a plan record (${first.instancePath || 'the record'} ${first.message ?? 'is invalid'})`;
}

/** Ajv, loaded and compiled the first time a record file is read (~150 ms), not for plan texts. */
function compileSchema(): ValidateFunction {
  const require = createRequire(import.meta.url);
  const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as { Ajv2020: typeof Ajv2020 };
  const addFormats = require('ajv-formats') as (ajv: Ajv2020) => Ajv2020;
  const ajv = new Ajv({ allErrors: false, strict: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(new URL('../../schema/plan-record.schema.json', import.meta.url), 'utf8')));
}
