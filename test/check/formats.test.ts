// The output formats: SARIF validates against the official 2.1.0 schema, GitHub workflow commands
// parse back to what was reported, stylish is aligned and colourless without a terminal.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { renderSarif } from '../../src/report/sarif.js';
import { annotationsCut, escapeData, escapeProperty, renderGithub } from '../../src/report/github.js';
import { renderStylish } from '../../src/report/stylish.js';
import { countBySeverity } from '../../src/check/engine.js';
import { RULES } from '../../src/check/rules/index.js';
import { checkText } from './helpers.js';

const laiChau = readFileSync('fixtures/seeds/001_c7d279fdebf239a6.txt', 'utf8');
const diagnostics = checkText(laiChau, { path: 'plans/Lai Châu, bản nháp.txt' });
const rules = RULES.map((r) => ({ meta: r.meta, level: 'warning' as const }));
const SARIF_OPTIONS = { version: '0.1.0', homepage: 'https://www.npmjs.com/package/vn-plans', cwd: '/work/repo' };

describe('sarif', () => {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync('test/check/sarif-schema-2.1.0.json', 'utf8')));

  it('validates against the SARIF 2.1.0 schema, with results and related locations', () => {
    const log = JSON.parse(renderSarif(diagnostics, rules, SARIF_OPTIONS));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('known-typo');
    expect(log.runs[0].results.length).toBe(diagnostics.length);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'plans/Lai%20Ch%C3%A2u%2C%20b%E1%BA%A3n%20nh%C3%A1p.txt', uriBaseId: '%SRCROOT%' });
    expect(log.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/repo/' } });
    expect(log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'known-typo').helpUri).toBe('https://www.npmjs.com/package/vn-plans#known-typo');
  });

  it('names a file outside the working folder by its file:// URI', () => {
    const outside = checkText(laiChau, { path: '/srv/kế hoạch/lai-chau.txt' });
    const parent = checkText(laiChau, { path: '../shared/lai-chau.txt' });
    const uris = [outside, parent].map((ds) => JSON.parse(renderSarif(ds, rules, SARIF_OPTIONS)).runs[0].results[0].locations[0].physicalLocation.artifactLocation);
    expect(uris).toEqual([{ uri: 'file:///srv/k%E1%BA%BF%20ho%E1%BA%A1ch/lai-chau.txt' }, { uri: 'file:///work/shared/lai-chau.txt' }]);
  });

  it('reports files it could not read, or passed by, as notifications of a run that did not fully succeed', () => {
    const notices = [
      { file: 'plans/empty.txt', level: 'error' as const, message: 'empty file' },
      { file: 'plans/README.md', level: 'note' as const, message: 'no plan found in it (no document type, issuer or numbered section); not checked' },
    ];
    const log = JSON.parse(renderSarif(diagnostics, rules, { ...SARIF_OPTIONS, notices }));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const [invocation] = log.runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications.map((n: { level: string; message: { text: string } }) => `${n.level}: ${n.message.text}`)).toEqual([
      'error: empty file',
      'note: no plan found in it (no document type, issuer or numbered section); not checked',
    ]);
  });

  it('the schema catches a broken log (the test can fail)', () => {
    const log = JSON.parse(renderSarif(diagnostics, rules, SARIF_OPTIONS));
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('an empty run is valid too', () => {
    expect(validate(JSON.parse(renderSarif([], rules, SARIF_OPTIONS)))).toBe(true);
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

describe('github annotations past what GitHub shows', () => {
  const many = (n: number, severity: 'error' | 'warning' | 'info') => Array.from({ length: n }, (_, i) => ({ ...diagnostics[0], line: i + 1, severity }));
  it.each([
    [many(10, 'warning'), null],
    [[...many(10, 'warning'), ...many(10, 'error')], null],
    [many(11, 'warning'), "GitHub shows 10 annotations of each kind per step and 50 per job; of 11 warnings, the rest are in the step's log only (-f sarif with upload-sarif keeps every finding)"],
    [[...many(3, 'error'), ...many(12, 'info')], "GitHub shows 10 annotations of each kind per step and 50 per job; of 3 errors, 12 notices, the rest are in the step's log only (-f sarif with upload-sarif keeps every finding)"],
  ])('%#: %s', (ds, expected) => {
    expect(annotationsCut(ds)).toBe(expected);
  });
});

