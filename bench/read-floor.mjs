// The floor every extractor pays: read each file, decode it (UTF-8/16, NFC) and nothing more, in
// one thread, files in the same order as `plans extract`. Run as a child of corpus.bench.mjs:
// `node bench/read-floor.mjs DIR` prints { files, bytes, ms } as JSON.
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { discoverInputs } from '../dist/input/discover.js';
import { decodeBytes } from '../dist/input/decode.js';

const started = performance.now();
const { inputs } = await discoverInputs([process.argv[2]]);
let bytes = 0;
let characters = 0;
for (const { path } of inputs) {
  const raw = await readFile(path);
  bytes += raw.length;
  characters += decodeBytes(raw).text.length; // kept, so the decode cannot be optimised away
}
console.log(JSON.stringify({ files: inputs.length, bytes, characters, ms: performance.now() - started }));
