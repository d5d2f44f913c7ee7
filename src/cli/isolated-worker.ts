// Entry of a worker that extracts one file on its own (loaded from dist/cli/isolated-worker.js):
// a large file in a run of few files, or a file of a pool batch whose worker died or ran too long.
// Its parent can end it at any moment, so that one file can neither hold the run nor take it down.
import { parentPort, workerData } from 'node:worker_threads';
import { buildCatalog } from '../vocab/indicators.js';
import { extractOne } from './extract-one.js';
import type { IsolatedTask } from './isolated.js';

const task = workerData as IsolatedTask;
const catalog = task.extraIndicators ? buildCatalog(task.extraIndicators) : undefined;
parentPort!.postMessage(await extractOne(task.item, catalog, task.encoding, task.limits, task.shape));
