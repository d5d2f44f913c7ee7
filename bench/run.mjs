// `npm run bench`: runs every bench/*.bench.mjs in turn and prints their figures.
// Benchmarks measure; they are not tests and never fail CI.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
for (const file of readdirSync(here).filter((f) => f.endsWith('.bench.mjs')).sort()) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  console.log(`\n## ${file.replace('.bench.mjs', '')}`);
  await import(pathToFileURL(join(here, file)).href);
}
