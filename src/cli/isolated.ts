// One file extracted in a worker of its own, under budgets: a time budget (the worker is ended
// past it), and a heap budget (V8 ends the worker when it is spent). Either way the file gets one
// line and the run goes on. The thread that waits stays free meanwhile, so Ctrl-C is acted on at
// once, not when a large file is done.
import { Worker } from 'node:worker_threads';
import type { EncodingChoice } from '../input/decode.js';
import type { ReadLimits } from '../input/read.js';
import type { IndicatorEntry } from '../vocab/indicators.js';
import type { ExtractResult, ResultShape, WorkItem } from './extract-one.js';

export interface IsolatedTask {
  item: WorkItem;
  extraIndicators: IndicatorEntry[] | null;
  encoding: EncodingChoice;
  limits: ReadLimits;
  shape: ResultShape;
}

/**
 * Old-generation heap of a worker, in MB: a 50 MB plan (the default --max-size) takes about 900 MB
 * to extract; one file past this is ended, not the run.
 */
export const WORKER_HEAP_MB = 2048;

/** The line for a file that ran over --timeout, in a worker of its own or in the pool. */
export function overdueReason(seconds: number): string {
  return `took over ${seconds} s to read: skipped (raise it with --timeout)`;
}

export function extractIsolated(task: IsolatedTask, timeoutSeconds: number): Promise<ExtractResult> {
  const path = task.item.path;
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./isolated-worker.js', import.meta.url), { workerData: task, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    let settled = false;
    const settle = (result: ExtractResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => settle({ path, error: overdueReason(timeoutSeconds) }), timeoutSeconds * 1000);
    timer.unref();
    worker.once('message', (result: ExtractResult) => settle(result));
    worker.once('error', (error: Error & { code?: string }) =>
      settle({ path, error: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `needed over ${WORKER_HEAP_MB} MB to read: skipped` : `could not be read (${error.message})` }),
    );
    worker.once('exit', () => settle({ path, error: 'could not be read (its worker stopped)' }));
  });
}
