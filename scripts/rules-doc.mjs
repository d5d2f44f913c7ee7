// `npm run docs`: rewrite the rules section of README.md and schema/plansrc.schema.json from the
// rules' meta (built dist/). `node scripts/rules-doc.mjs --check` only reports whether both are up
// to date (exit 1 if not).
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../dist/check/rules/index.js';
import { renderRulesDoc, replaceRulesSection } from '../dist/check/rules-doc.js';
import { configSchema } from '../dist/check/config-schema.js';

const SCHEMA_PATH = 'schema/plansrc.schema.json';
const SCHEMA_ID = 'https://unpkg.com/vn-plans/schema/plansrc.schema.json';

const readme = readFileSync('README.md', 'utf8');
const schema = readFileSync(SCHEMA_PATH, { encoding: 'utf8', flag: 'a+' });
const updates = [
  ['README.md', readme, replaceRulesSection(readme, renderRulesDoc(RULES))],
  [SCHEMA_PATH, schema, `${JSON.stringify(configSchema(RULES, SCHEMA_ID), null, 2)}\n`],
];
for (const [path, before, after] of updates) {
  if (after === before) process.stderr.write(`${path}: already up to date\n`);
  else if (process.argv.includes('--check')) {
    process.stderr.write(`${path} is out of date: run npm run docs\n`);
    process.exitCode = 1;
  } else {
    writeFileSync(path, after);
    process.stderr.write(`${path}: rewritten from the ${RULES.length} rules\n`);
  }
}
