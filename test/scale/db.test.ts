import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_SQL } from '../../src/db/schema.js';
import { flattenSections } from '../../src/db/writer.js';
import type { Section } from '../../src/model.js';

const run = (args: string[]) => spawnSync(process.execPath, ['bin/plans.js', ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
// Read the database as an analyst would; better-sqlite3 is a CommonJS module.
const Database = createRequire(import.meta.url)('better-sqlite3') as typeof import('better-sqlite3');

const TABLES = ['documents', 'doc_references', 'sections', 'targets', 'assignments', 'deadlines', 'recipients'];

function counts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  const result = Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
  db.close();
  return result;
}

describe('plans extract --db (end to end)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plans-db-'));
  cpSync('fixtures/seeds', join(dir, 'plans'), { recursive: true });
  const file = join(dir, 'plans.sqlite');

  it('writes every record, and a re-run updates instead of duplicating', () => {
    const first = run(['extract', join(dir, 'plans'), '--db', file]);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(''); // records go to the database unless -f or -o asks for them
    const before = counts(file);
    expect(before.documents).toBe(5);
    const expected = JSON.parse(run(['extract', join(dir, 'plans'), '-f', 'json']).stdout) as { targets: unknown[]; assignments: unknown[] }[];
    expect(before.targets).toBe(expected.reduce((n, r) => n + r.targets.length, 0));
    expect(before.assignments).toBe(expected.reduce((n, r) => n + r.assignments.length, 0));

    expect(run(['extract', join(dir, 'plans'), '--db', file]).status).toBe(0);
    expect(counts(file)).toEqual(before);
  });

  it('replaces the row of a file whose content changed', () => {
    const edited = join(dir, 'plans', '003_b0cbec9ec4bcda71.txt');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('177/KH-UBND', '178/KH-UBND'));
    expect(run(['extract', join(dir, 'plans'), '--db', file]).status).toBe(0);
    const db = new Database(file, { readonly: true });
    const numbers = db.prepare('SELECT number FROM documents WHERE path = ?').all(edited.replace(/\\/g, '/'));
    db.close();
    expect(numbers).toEqual([{ number: '178/KH-UBND' }]);
    expect(counts(file).documents).toBe(5);
  });

  it('answers an analyst query: targets for one indicator by province and year', () => {
    const db = new Database(file, { readonly: true });
    const rows = db
      .prepare(
        `SELECT d.issuer_province AS province, t.year, t.value FROM targets t JOIN documents d ON d.id = t.document_id
         WHERE t.indicator_id = 'trained-labour-rate' AND d.issuer_province = 'Sơn La' ORDER BY t.year`,
      )
      .all();
    db.close();
    expect(rows).toEqual([
      { province: 'Sơn La', year: 2025, value: 65 },
      { province: 'Sơn La', year: 2030, value: 75 },
    ]);
  });

  it('also prints the records when a format is asked for', () => {
    const result = run(['extract', join(dir, 'plans'), '--db', file, '-f', 'jsonl']);
    expect(result.stdout.trim().split('\n')).toHaveLength(5);
  });

  it('refuses a file that is not a plans database with exit 2', () => {
    const other = join(dir, 'other.sqlite');
    const db = new Database(other);
    db.exec('CREATE TABLE notes (x)');
    db.close();
    const result = run(['extract', 'fixtures/seeds', '--db', other]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/not a plans database/);
  });
});

describe('plans extract --db keeps one row per path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plans-db-paths-'));
  const plan = readFileSync('fixtures/seeds/003_b0cbec9ec4bcda71.txt');
  const paths = (file: string) => {
    const db = new Database(file, { readonly: true });
    const rows = db.prepare('SELECT path FROM documents ORDER BY path').all() as { path: string }[];
    db.close();
    return rows.map((r) => r.path);
  };
  /** A folder under `dir` holding the seed plan under each of `names`. */
  const folderOf = (name: string, names: string[]) => {
    mkdirSync(join(dir, name));
    for (const file of names) writeFileSync(join(dir, name, file), plan);
    return join(dir, name);
  };

  it('gives byte-identical files under two paths a row each, each with its own child rows', () => {
    const file = join(dir, 'copies.sqlite');
    expect(run(['extract', folderOf('a', ['plan.txt', 'copy.txt']), '--db', file]).status).toBe(0);
    expect(paths(file)).toEqual([join(dir, 'a', 'copy.txt'), join(dir, 'a', 'plan.txt')]);
    const db = new Database(file, { readonly: true });
    const targets = db.prepare('SELECT d.path, count(*) AS n FROM targets t JOIN documents d ON d.id = t.document_id GROUP BY d.path').all() as { n: number }[];
    db.close();
    expect(targets).toHaveLength(2);
    expect(targets[0]!.n).toBeGreaterThan(0);
    expect(targets[0]!.n).toBe(targets[1]!.n);
  });

  it('lets a moved file take over its old row, and keeps the row of a copy that still exists', () => {
    const file = join(dir, 'moved.sqlite');
    expect(run(['extract', folderOf('b', ['plan.txt', 'copy.txt']), '--db', file]).status).toBe(0);
    renameSync(join(dir, 'b', 'plan.txt'), join(dir, 'b', 'renamed.txt'));
    expect(run(['extract', join(dir, 'b'), '--db', file]).status).toBe(0);
    expect(paths(file)).toEqual([join(dir, 'b', 'copy.txt'), join(dir, 'b', 'renamed.txt')]);
  });

  it('keeps one row for one file however its path is spelled', () => {
    const file = join(dir, 'spelled.sqlite');
    const folder = relative(process.cwd(), folderOf('d', ['plan.txt']));
    expect(run(['extract', `./${folder}`, '--db', file]).status).toBe(0);
    expect(run(['extract', join(dir, 'd'), '--db', file]).status).toBe(0);
    expect(paths(file)).toEqual([join(dir, 'd', 'plan.txt')]); // the spelling of the last run
  });

  // What plans wrote before schema version 2: documents keyed by sha256.
  const VERSION_1_DOCUMENTS = `CREATE TABLE documents (id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, path TEXT NOT NULL, format TEXT NOT NULL,
    type TEXT, type_name TEXT, number TEXT, date TEXT, place TEXT, title TEXT, issuer_name TEXT, issuer_system TEXT, issuer_province TEXT,
    issuer_level TEXT, signer_name TEXT, signer_title TEXT, signer_authority TEXT, record TEXT NOT NULL, extracted_at TEXT NOT NULL);
    CREATE INDEX documents_path ON documents(path); CREATE INDEX documents_province ON documents(issuer_province, type);`;

  it('brings a version-1 database to version 2 and keeps every row it held', () => {
    const file = join(dir, 'v1.sqlite');
    const version1 = SCHEMA_SQL.replace(/CREATE TABLE documents \([^;]+;(\s*CREATE INDEX[^;]+;)+/, VERSION_1_DOCUMENTS);
    expect(version1).toContain('sha256 TEXT NOT NULL UNIQUE');
    const old = new Database(file);
    old.exec(version1);
    old.prepare("INSERT INTO documents (id, sha256, path, format, record, extracted_at) VALUES (7, 'aa', 'earlier/plan.txt', 'text', '{}', '2026-01-01')").run();
    old.prepare("INSERT INTO targets (document_id, position, indicator, value, unit, comparator, line, text) VALUES (7, 0, 'x', 1, '%', '>=', 3, 't')").run();
    old.pragma('user_version = 1');
    old.close();

    const result = run(['extract', folderOf('c', ['plan.txt', 'copy.txt']), '--db', file]);
    expect(result.stderr).not.toMatch(/not a plans database/);
    expect(result.status).toBe(0);

    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare("SELECT count(*) AS n FROM targets WHERE document_id = 7").get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT file FROM documents WHERE id = 7').get()).toEqual({ file: resolve('earlier/plan.txt') });
    db.close();
    expect(paths(file)).toEqual([join(dir, 'c', 'copy.txt'), join(dir, 'c', 'plan.txt'), 'earlier/plan.txt']);
  });
});

describe('sections as rows', () => {
  const section = (id: string, children: Section[] = []): Section => ({ id, label: id.split('.').at(-1)!, title: `t ${id}`, line: 1, children });
  it.each([
    [[], []],
    [[section('I')], [['I', null, 0]]],
    [[section('I', [section('I.1', [section('I.1.a')]), section('I.2')]), section('II')], [['I', null, 0], ['I.1', 'I', 1], ['I.1.a', 'I.1', 2], ['I.2', 'I', 1], ['II', null, 0]]],
  ])('%j → rows in document order with parent and depth', (roots, expected) => {
    expect(flattenSections(roots as Section[]).map((r) => [r.section_id, r.parent_id, r.depth])).toEqual(expected);
  });
});

describe('plans extract --db beside another program', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plans-db-lock-'));
  cpSync('fixtures/seeds', join(dir, 'plans'), { recursive: true });

  // Another program (an analyst's query tool, a second run) holds the write lock past the busy wait.
  it('names each batch it could not write while another program holds the database, and completes --out', () => {
    const locked = join(dir, 'locked.sqlite');
    expect(run(['extract', join(dir, 'plans'), '--db', locked]).status).toBe(0);
    const holder = new Database(locked);
    holder.exec('BEGIN IMMEDIATE');
    const out = join(dir, 'records.json');
    let result;
    try {
      result = run(['extract', join(dir, 'plans'), '--db', locked, '-o', out, '-q']);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^plans: --db \S+locked\.sqlite: locked by another program for over 5 s; 5 records not written to it \(\S+000_042200a2880d1ba5\.txt, .+, …\)\n$/);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(5);
  }, 30_000);
});

