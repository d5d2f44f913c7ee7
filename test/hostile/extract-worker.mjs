// Runs extraction in a worker thread so a test can stop it: a hung regex blocks its thread, and only
// terminating the thread from outside ends it. Reads the built code (npm test builds dist/ first).
// The record is checked against the schema here and only the complaints go back: a record from a
// pathological input can be far too large to copy between threads.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { extractText } from '../../dist/extract/index.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(new URL('../../schema/plan-record.schema.json', import.meta.url), 'utf8')));
const source = { path: 'hostile.txt', sha256: '0'.repeat(64), format: 'text' };

parentPort.on('message', ({ id, text }) => {
  const started = performance.now();
  try {
    const { record } = extractText(text, source);
    const ms = performance.now() - started;
    const schemaErrors = validate(record) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`);
    parentPort.postMessage({ id, schemaErrors, ms });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error), ms: performance.now() - started });
  }
});
