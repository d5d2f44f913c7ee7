// `npm run docs`: rewrite the rules section of README.md from the rules' meta (built dist/).
// `node scripts/rules-doc.mjs --check` only reports whether README is up to date (exit 1 if not).
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../dist/check/rules/index.js';
import { renderRulesDoc, replaceRulesSection } from '../dist/check/rules-doc.js';

const readme = readFileSync('README.md', 'utf8');
const updated = replaceRulesSection(readme, renderRulesDoc(RULES));
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    process.stderr.write('README.md rules section is out of date: run npm run docs\n');
    process.exitCode = 1;
  }
} else if (updated !== readme) {
  writeFileSync('README.md', updated);
  process.stderr.write(`README.md: rules section rewritten (${RULES.length} rules)\n`);
} else process.stderr.write('README.md: rules section already up to date\n');
