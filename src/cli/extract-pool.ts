// The extraction loop: records in input order, from this thread for a few files (no pool to
// start) or from a tinypool worker pool for many. Batches go out a bounded number at a time and
// come back in order, so memory stays flat however many files there are.
import type { EncodingChoice } from '../input/decode.js';
import type { IndicatorEntry } from '../vocab/indicators.js';
import { readInput, type ReadLimits } from '../input/read.js';
import type { ExtractResult, WorkItem } from './extract-one.js';
import type { BatchTask } from './extract-worker.js';

export interface ExtractAllOptions {
  /** Worker threads; 1 keeps everything in this thread. */
  jobs: number;
  /** The user's --catalog entries, or null for the built-in catalogue only. */
  extraIndicators: IndicatorEntry[] | null;
  /** --encoding for text and HTML inputs. */
  encoding: EncodingChoice;
  /** --max-size and the like: what the reader refuses. */
  limits: ReadLimits;
}

/**
 * Below this many files the pool's start is not repaid: tinypool loads in ~40 ms and every worker
 * loads the extractor again (50–100 ms), the time of a few files extracted in this thread.
 */
export const POOL_MIN_FILES = 24;
/** Files per task: ~50 measured best on 2 cores (DEPENDENCIES.md); smaller for small runs so every worker gets work. */
const MAX_BATCH_FILES = 50;
/** Old-generation heap of a worker: ample for batches of ordinary plans (RSS stays flat). */
const WORKER_HEAP_MB = 96;
/** Batches in flight per worker: enough to keep each busy while the main thread writes results. */
const BATCHES_IN_FLIGHT_PER_WORKER = 2;

export function usesPool(fileCount: number, jobs: number): boolean {
  return jobs > 1 && fileCount >= POOL_MIN_FILES;
}

export async function* extractAll(items: WorkItem[], options: ExtractAllOptions): AsyncGenerator<ExtractResult> {
  if (usesPool(items.length, options.jobs)) {
    yield* extractPooled(items, options);
    return;
  }
  const extract = await inThreadExtractor(options);
  for (const item of items) yield await extract(item);
}

/** Extraction in this thread: for a few files, and for a batch whose worker ran out of heap. */
async function inThreadExtractor(options: ExtractAllOptions): Promise<(item: WorkItem) => Promise<ExtractResult>> {
  // Loaded here, not at the top: with a pool only the workers hold the extractor and its tables.
  const [{ extractOne }, { buildCatalog }] = await Promise.all([import('./extract-one.js'), import('../vocab/indicators.js')]);
  const catalog = options.extraIndicators ? buildCatalog(options.extraIndicators) : undefined;
  return (item) => extractOne(item, catalog, options.encoding, options.limits);
}

async function extractInThread(items: WorkItem[], options: ExtractAllOptions): Promise<ExtractResult[]> {
  const extract = await inThreadExtractor(options);
  const results: ExtractResult[] = [];
  for (const item of items) results.push(await extract(item));
  return results;
}

export function batchSize(fileCount: number, jobs: number): number {
  return Math.max(1, Math.min(MAX_BATCH_FILES, Math.ceil(fileCount / (jobs * 4))));
}

async function* extractPooled(items: WorkItem[], options: ExtractAllOptions): AsyncGenerator<ExtractResult> {
  // A worker has no access to our standard input: read it here and send the bytes along.
  const ready = await Promise.all(items.map(async (i) => (i.path === '-' && !i.bytes ? { path: i.path, bytes: await readInput('-', options.limits) } : i)));
  const size = batchSize(ready.length, options.jobs);
  const batches: WorkItem[][] = [];
  for (let i = 0; i < ready.length; i += size) batches.push(ready.slice(i, i + size));

  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename: new URL('./extract-worker.js', import.meta.url).href,
    minThreads: options.jobs,
    maxThreads: options.jobs,
    // A worker holds one batch of records at a time: a bounded heap makes V8 collect them early
    // instead of letting each heap grow (peak RSS for 10,000 files: 350 → 273 MB; README "Speed").
    // A batch that outgrows it (a plan of many megabytes) is redone in this thread, below.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  const inFlight: Promise<ExtractResult[]>[] = [];
  let next = 0;
  const submit = () => {
    const task: BatchTask = { items: batches[next++], extraIndicators: options.extraIndicators, encoding: options.encoding, limits: options.limits };
    inFlight.push((pool.run(task) as Promise<ExtractResult[]>).catch(() => extractInThread(task.items, options)));
  };
  try {
    while (next < batches.length && inFlight.length < options.jobs * BATCHES_IN_FLIGHT_PER_WORKER) submit();
    while (inFlight.length > 0) {
      const results = await inFlight.shift()!;
      if (next < batches.length) submit();
      yield* results;
    }
  } finally {
    // Stopped early (an error downstream): the batches still running reject when the pool goes.
    for (const pending of inFlight) pending.catch(() => {});
    await pool.destroy();
  }
}
