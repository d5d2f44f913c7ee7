// Tinypool worker entry (loaded from dist/cli/extract-worker.js): extracts one batch of files and
// returns their results in the batch's order. A batch, not a file, per task: the per-task
// messaging cost would otherwise outweigh the parallel gain (DEPENDENCIES.md).
import type { EncodingChoice } from '../input/decode.js';
import type { ReadLimits } from '../input/read.js';
import { buildCatalog, type IndicatorEntry } from '../vocab/indicators.js';
import { extractOne, type ExtractResult, type ResultShape, type WorkItem } from './extract-one.js';

export interface BatchTask {
  items: WorkItem[];
  /**
   * Shared with the main thread, which watches it: [index of the file being read, Date.now() when
   * it began]. A file over its time budget is found, and its worker ended, while it runs.
   */
  progress: SharedArrayBuffer;
  /** The user's --catalog entries (plain data, so they cross the thread boundary). */
  extraIndicators: IndicatorEntry[] | null;
  encoding: EncodingChoice;
  limits: ReadLimits;
  shape: ResultShape;
}

export default async function extractBatch(task: BatchTask): Promise<ExtractResult[]> {
  const catalog = task.extraIndicators ? buildCatalog(task.extraIndicators) : undefined;
  const progress = new Float64Array(task.progress);
  const results: ExtractResult[] = [];
  for (const [index, item] of task.items.entries()) {
    progress[0] = index;
    progress[1] = Date.now();
    results.push(await extractOne(item, catalog, task.encoding, task.limits, task.shape));
  }
  return results;
}
