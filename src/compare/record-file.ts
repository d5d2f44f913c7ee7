// Plan records already extracted by `plans extract`: a `.json` file (one array, or one record) or a
// `.jsonl` file (one record per line). Parsing is pure; the command reads the file.
import { SCHEMA_VERSION, type PlanRecord } from '../model.js';

/** True for paths that hold records rather than plan text. */
export function isRecordFile(path: string): boolean {
  return /\.jsonl?$/i.test(path); // "records.json", "corpus.JSONL"
}

/** The records in a file's text; throws an Error whose message names the line or item at fault. */
export function parseRecordFile(text: string, path: string): PlanRecord[] {
  const body = text.replace(/^\uFEFF/, ''); // a byte-order mark, as Windows editors save
  if (/\.jsonl$/i.test(path)) { // "records.jsonl"
    const records: PlanRecord[] = [];
    body.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      records.push(checkRecord(parseJson(line, `line ${i + 1}`), `line ${i + 1}`));
    });
    return records;
  }
  const json = parseJson(body, 'file');
  const list = Array.isArray(json) ? json : [json];
  return list.map((item, i) => checkRecord(item, Array.isArray(json) ? `item ${i + 1}` : 'file'));
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${where}: not JSON (${(error as Error).message})`);
  }
}

/** Just enough shape to compare on; the full contract is schema/plan-record.schema.json. */
function checkRecord(value: unknown, where: string): PlanRecord {
  const r = value as Partial<PlanRecord> | null;
  if (r?.schemaVersion !== SCHEMA_VERSION) throw new Error(`${where}: not a plan record (schemaVersion ${SCHEMA_VERSION} expected)`);
  const lists = ['references', 'targets', 'assignments', 'deadlines'] as const;
  const ok = typeof r.source?.path === 'string' && r.document && r.issuer && lists.every((k) => Array.isArray(r[k]));
  if (!ok) throw new Error(`${where}: plan record without source, document, issuer or its lists`);
  return r as PlanRecord;
}
