// The output formats: SARIF validates against the official 2.1.0 schema, GitHub workflow commands
// parse back to what was reported, stylish is aligned and colourless without a terminal.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { renderSarif } from '../../src/report/sarif.js';
import { escapeData, escapeProperty, renderGithub } from '../../src/report/github.js';
import { renderStylish } from '../../src/report/stylish.js';
import { countBySeverity } from '../../src/check/engine.js';
import { RULES } from '../../src/check/rules/index.js';
import { checkText } from './helpers.js';

const laiChau = readFileSync('fixtures/seeds/001_c7d279fdebf239a6.txt', 'utf8');
const diagnostics = checkText(laiChau, { path: 'plans/Lai Châu, bản nháp.txt' });
const rules = RULES.map((r) => ({ meta: r.meta, level: 'warning' as const }));

describe('sarif', () => {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync('test/check/sarif-schema-2.1.0.json', 'utf8')));

  it('validates against the SARIF 2.1.0 schema, with results and related locations', () => {
    const log = JSON.parse(renderSarif(diagnostics, rules, { version: '0.1.0' }));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('known-typo');
    expect(log.runs[0].results.length).toBe(diagnostics.length);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('plans/L%C3%A0i%20Ch%C3%A2u%2C%20b%E1%BA%A3n%20nh%C3%A1p.txt'.replace('L%C3%A0i', 'Lai'));
  });

  it('the schema catches a broken log (the test can fail)', () => {
    const log = JSON.parse(renderSarif(diagnostics, rules, { version: '0.1.0' }));
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('an empty run is valid too', () => {
    expect(validate(JSON.parse(renderSarif([], rules, { version: '0.1.0' })))).toBe(true);
  });
});

describe('github', () => {
  // The runner's grammar: ::command key=value,key=value::message
  const COMMAND = /^::(error|warning|notice) ((?:[a-zA-Z]+=[^,:\n]*)(?:,[a-zA-Z]+=[^,:\n]*)*)::([^\n]*)$/;
  const unescape = (s: string) => s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');

  it('every line parses as a workflow command and round-trips file, line and message', () => {
    const lines = renderGithub(diagnostics).trimEnd().split('\n');
    expect(lines).toHaveLength(diagnostics.length);
    lines.forEach((line, i) => {
      const m = COMMAND.exec(line);
      expect(m, line).not.toBeNull();
      const props = Object.fromEntries(m![2].split(',').map((p) => p.split('=')));
      expect(unescape(props.file)).toBe('plans/Lai Châu, bản nháp.txt');
      expect(Number(props.line)).toBe(diagnostics[i].line);
      expect(unescape(m![3])).toContain(diagnostics[i].message);
    });
  });

  it.each([
    ['100% done\nnext', '100%25 done%0Anext', '100%25 done%0Anext'],
    ['a:b,c', 'a:b,c', 'a%3Ab%2Cc'],
  ])('escapes %j', (raw, data, property) => {
    expect(escapeData(raw)).toBe(data);
    expect(escapeProperty(raw)).toBe(property);
  });
});

describe('stylish', () => {
  it('groups by file, aligns columns, no colour codes when colour is off', () => {
    const out = renderStylish(diagnostics, countBySeverity(diagnostics), { color: false });
    expect(out).not.toMatch(/\u001b\[/);
    expect(out).toContain('plans/Lai Châu, bản nháp.txt');
    expect(out).toMatch(/^ {2}57:88 +error +"Phân đầu" is a slip for "Phấn đấu"\. +known-typo$/m);
    expect(out).toMatch(/problems \(\d+ errors, \d+ warnings?, \d+ info\)/);
  });
  it('paints severities when colour is on', () => {
    expect(renderStylish(diagnostics, countBySeverity(diagnostics), { color: true })).toMatch(/\u001b\[31merror/);
  });
});
