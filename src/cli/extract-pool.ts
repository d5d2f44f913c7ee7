// The extraction loop: records in input order, from this thread for a few files (no pool to
// start) or from a tinypool worker pool for many. Batches go out a bounded number at a time and
// come back in order, so memory stays flat however many files there are. No file may hold the run
// or take it down: a large file of a small run is read in a worker of its own, a pool batch is
// watched file by file and its worker ended when a file runs over the time budget, and the files
// of a batch whose worker died are read again each in a worker of its own (isolated.ts).
import { statSync } from 'node:fs';
import type { EncodingChoice } from '../input/decode.js';
import type { IndicatorEntry } from '../vocab/indicators.js';
import { readInput, type ReadLimits } from '../input/read.js';
import type { ExtractResult, ResultShape, WorkItem } from './extract-one.js';
import type { BatchTask } from './extract-worker.js';
import { extractIsolated, overdueReason, WORKER_HEAP_MB, type IsolatedTask } from './isolated.js';

export interface ExtractAllOptions {
  /** Worker threads; 1 keeps everything in this thread. */
  jobs: number;
  /** The user's --catalog entries, or null for the built-in catalogue only. */
  extraIndicators: IndicatorEntry[] | null;
  /** --encoding for text and HTML inputs. */
  encoding: EncodingChoice;
  /** --max-size and the like: what the reader refuses. */
  limits: ReadLimits;
  /** Records, or their JSON text only. */
  shape: ResultShape;
  /** --timeout: seconds one file may take before it is given up. */
  timeoutSeconds: number;
}

/** Files from this size on are read in a worker of their own when the run has no pool. */
export const ISOLATE_BYTES = 1024 ** 2;
/** How often the files being read in the pool are checked against the time budget. */
const WATCH_MS = 250;

/**
 * Below this many files the pool's start is not repaid: tinypool loads in ~40 ms and every worker
 * loads the extractor again (50–100 ms), the time of a few files extracted in this thread.
 */
export const POOL_MIN_FILES = 24;
/** Files per task: ~50 measured best on 2 cores (DEPENDENCIES.md); smaller for small runs so every worker gets work. */
const MAX_BATCH_FILES = 50;
/**
 * Young-generation heap of a worker. A worker's garbage is mostly short-lived (a file's lines,
 * blocks and matches); a smaller young generation than V8's default keeps its heap, and the peak
 * RSS, down without slowing it. Limiting the old generation instead (96 MB) also bounded memory
 * but cost a fifth of the throughput (10,000 files: 9.3 vs 12.5 MB/s; README "Speed").
 */
const WORKER_YOUNG_HEAP_MB = 16;
/** Batches queued or running per worker: enough to keep each busy while the main thread writes results. */
const BATCHES_RUNNING_PER_WORKER = 2;
/**
 * Batches sent and not yet written, per worker. Results are written in input order, so a worker
 * that finishes ahead of a slower batch goes on with later ones; their results wait here, bounded.
 */
const BATCHES_AHEAD_PER_WORKER = 4;

export function usesPool(fileCount: number, jobs: number): boolean {
  return jobs > 1 && fileCount >= POOL_MIN_FILES;
}

export async function* extractAll(items: WorkItem[], options: ExtractAllOptions): AsyncGenerator<ExtractResult> {
  if (usesPool(items.length, options.jobs)) {
    yield* extractPooled(items, options);
    return;
  }
  const extract = await inThreadExtractor(options);
  for (const item of items) yield isLarge(item) ? await extractIsolated(isolatedTask(item, options), options.timeoutSeconds) : await extract(item);
}

function isLarge(item: WorkItem): boolean {
  if (item.bytes) return item.bytes.length >= ISOLATE_BYTES;
  try {
    return statSync(item.path).size >= ISOLATE_BYTES;
  } catch {
    return false; // a link loop, a file gone: the reader names it, in this thread
  }
}

function isolatedTask(item: WorkItem, options: ExtractAllOptions): IsolatedTask {
  return { item, extraIndicators: options.extraIndicators, encoding: options.encoding, limits: options.limits, shape: options.shape };
}

/** Extraction in this thread: for the files of a run too small for a pool. */
async function inThreadExtractor(options: ExtractAllOptions): Promise<(item: WorkItem) => Promise<ExtractResult>> {
  // Loaded here, not at the top: with a pool only the workers hold the extractor and its tables.
  const [{ extractOne }, { buildCatalog }] = await Promise.all([import('./extract-one.js'), import('../vocab/indicators.js')]);
  const catalog = options.extraIndicators ? buildCatalog(options.extraIndicators) : undefined;
  return (item) => extractOne(item, catalog, options.encoding, options.limits, options.shape);
}

/**
 * A batch whose worker was ended or died: its files read again, each in a worker of its own, but
 * the one that ran over the time budget (`overdue`), which gets its line at once.
 */
async function redoBatch(items: WorkItem[], overdue: number | null, options: ExtractAllOptions): Promise<ExtractResult[]> {
  const results: ExtractResult[] = [];
  for (const [index, item] of items.entries()) {
    results.push(index === overdue ? { path: item.path, error: overdueReason(options.timeoutSeconds) } : await extractIsolated(isolatedTask(item, options), options.timeoutSeconds));
  }
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
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_HEAP_MB, maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  // The batches running, each with the file it is on, so one over the time budget is caught.
  const watched = new Set<{ progress: Float64Array; stop: AbortController; overdue: number | null }>();
  const watch = setInterval(() => {
    for (const entry of watched) {
      const [index, since] = entry.progress;
      if (since > 0 && Date.now() - since > options.timeoutSeconds * 1000) {
        entry.overdue = index;
        entry.stop.abort();
      }
    }
  }, WATCH_MS);
  watch.unref();
  const pending: Promise<ExtractResult[]>[] = []; // sent, in input order, not yet written
  let running = 0;
  let next = 0;
  let stopped = false;
  const submit = () => {
    while (next < batches.length && running < options.jobs * BATCHES_RUNNING_PER_WORKER && pending.length < options.jobs * BATCHES_AHEAD_PER_WORKER) {
      const progress = new SharedArrayBuffer(2 * Float64Array.BYTES_PER_ELEMENT);
      const task: BatchTask = { items: batches[next++], progress, extraIndicators: options.extraIndicators, encoding: options.encoding, limits: options.limits, shape: options.shape };
      const entry = { progress: new Float64Array(progress), stop: new AbortController(), overdue: null as number | null };
      watched.add(entry);
      running++;
      // A batch whose worker was ended (a file over the time budget) or died (out of heap) is
      // redone file by file; one cut short because the run stopped is not.
      const done = (pool.run(task, { signal: entry.stop.signal }) as Promise<ExtractResult[]>)
        .catch(() => (stopped ? [] : redoBatch(task.items, entry.overdue, options)))
        .finally(() => watched.delete(entry));
      // A batch finished out of order frees its worker for the next one at once.
      done.then(
        () => {
          running--;
          submit();
        },
        () => {},
      );
      pending.push(done);
    }
  };
  try {
    submit();
    while (pending.length > 0) {
      const results = await pending.shift()!;
      submit();
      yield* results;
    }
  } finally {
    // Stopped early (an error downstream): send nothing more, and drop the batches still running.
    stopped = true;
    next = batches.length;
    for (const batch of pending) batch.catch(() => {});
    clearInterval(watch);
    await pool.destroy();
  }
}
