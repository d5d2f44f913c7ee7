// One input → its plan record or the reason it could not be read. Shared by the in-process loop
// and the pool's workers, so a file fails the same way whichever of them reads it.
import { extractInput } from '../extract/index.js';
import type { EncodingChoice } from '../input/decode.js';
import { readInput, type ReadLimits } from '../input/read.js';
import type { PlanRecord } from '../model.js';
import { renderRecordJson, type JsonRecordFormat } from '../report/records.js';
import type { IndicatorCatalog } from '../vocab/indicators.js';
import { failureReason } from './failure-reason.js';

/** A file to extract; `bytes` is set when the caller already holds them (standard input). */
export interface WorkItem {
  path: string;
  bytes?: Uint8Array;
}

/**
 * What the caller wants of a record: the record itself, or only its JSON text. JSON made where the
 * record was extracted spares the main thread both the copy of the record between threads and the
 * rendering, which on a large corpus kept it busy beside the workers.
 */
export type ResultShape = 'record' | JsonRecordFormat;

export type ExtractResult =
  | { path: string; record: PlanRecord; warnings: string[] }
  /** `json` is null when the record is too large for one string. */
  | { path: string; json: string | null; warnings: string[] }
  | { path: string; error: string };

export async function extractOne(item: WorkItem, catalog: IndicatorCatalog | undefined, encoding: EncodingChoice, limits: ReadLimits, shape: ResultShape): Promise<ExtractResult> {
  try {
    const bytes = item.bytes ?? (await readInput(item.path, limits));
    const { record, warnings } = await extractInput({ path: item.path, bytes }, { catalog, encoding, maxBytes: limits.maxBytes });
    return shape === 'record' ? { path: item.path, record, warnings } : { path: item.path, json: renderRecordJson(record, shape), warnings };
  } catch (error) {
    return { path: item.path, error: failureReason(error, item.path) };
  }
}
