// Runs extraction in a worker thread so a test can stop it: a hung regex blocks its thread, and only
// terminating the thread from outside ends it. Reads the built code (npm test builds dist/ first).
import { parentPort } from 'node:worker_threads';
import { extractText } from '../../dist/extract/index.js';

const source = { path: 'hostile.txt', sha256: '0'.repeat(64), format: 'text' };

parentPort.on('message', ({ id, text }) => {
  const started = performance.now();
  try {
    const { record } = extractText(text, source);
    parentPort.postMessage({ id, record, ms: performance.now() - started });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error), ms: performance.now() - started });
  }
});
