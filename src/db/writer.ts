// Writes plan records into SQLite (`plans extract --db FILE`). A document is keyed by its file's
// full path: running again over the same files updates their rows instead of adding copies, a
// file whose content changed replaces its row, and byte-identical files under two paths keep a
// row each. A file that moved (its bytes already stored for a file that no longer exists) takes
// over the old row. One transaction per batch.
// better-sqlite3 is imported here only, and this module only when --db is given.
import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import type { PlanRecord, Section } from '../model.js';
import { CHILD_TABLES, DB_SCHEMA_VERSION, MIGRATIONS, SCHEMA_SQL } from './schema.js';

export interface PlanDatabase {
  /** Insert or update every record in one transaction. */
  writeBatch(records: PlanRecord[]): void;
  close(): void;
}

export class DatabaseVersionError extends Error {}

/** How long a write waits for another program's lock on the database before it gives up. */
const DB_BUSY_SECONDS = 5;

export async function openPlanDatabase(file: string, now: () => Date = () => new Date()): Promise<PlanDatabase> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file, { timeout: DB_BUSY_SECONDS * 1000 });
  try {
    prepareSchema(db);
  } catch (error) {
    db.close();
    throw error;
  }
  const statements = prepareStatements(db);
  const writeOne = (record: PlanRecord, extractedAt: string) => {
    const file = fileKey(record.source.path);
    for (const moved of statements.samePlanElsewhere.all(record.source.sha256, file) as { file: string }[]) {
      if (!existsSync(moved.file)) statements.dropDocument.run(moved.file);
    }
    const { id } = statements.upsertDocument.get({ file, ...documentRow(record, extractedAt) }) as { id: number };
    for (const clear of statements.clearChildren) clear.run(id);
    record.references.forEach((r, position) =>
      statements.insertReference.run({ document_id: id, position, symbol: r.symbol, type: r.type, type_name: r.typeName, date: r.date, issuer: r.issuer, relation: r.relation, mentions: r.mentions, line: r.line }),
    );
    flattenSections(record.sections).forEach((s, position) => statements.insertSection.run({ document_id: id, position, ...s }));
    record.targets.forEach((t, position) =>
      statements.insertTarget.run({
        document_id: id, position, indicator: t.indicator, indicator_id: t.indicatorId, value: t.value, value_max: t.valueMax, unit: t.unit,
        comparator: t.comparator, year: t.year, period_from: t.period?.from ?? null, period_to: t.period?.to ?? null, recurrence: t.recurrence,
        section: t.section, line: t.line, text: t.text,
      }),
    );
    record.assignments.forEach((a, position) =>
      statements.insertAssignment.run({ document_id: id, position, agency: a.agency, agency_id: a.agencyId, role: a.role, section: a.section, line: a.line, text: a.text }),
    );
    record.deadlines.forEach((d, position) =>
      statements.insertDeadline.run({
        document_id: id, position, action: d.action, day: d.day, month: d.month, year: d.year, quarter: d.quarter, recurrence: d.recurrence,
        agency: d.agency, recipient: d.recipient, section: d.section, line: d.line, text: d.text,
      }),
    );
    record.recipients.forEach((name, position) => statements.insertRecipient.run({ document_id: id, position, name }));
  };
  const writeBatch = db.transaction((records: PlanRecord[]) => {
    const extractedAt = now().toISOString();
    for (const record of records) writeOne(record, extractedAt);
  });
  return {
    writeBatch: (records) => {
      try {
        writeBatch(records);
      } catch (error) {
        const code = (error as { code?: string }).code;
        throw code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' ? new Error(`locked by another program for over ${DB_BUSY_SECONDS} s`) : error;
      }
    },
    close: () => db.close(),
  };
}

function prepareSchema(db: SqliteDatabase): void {
  // NORMAL sync is safe with WAL and much faster; per connection, no lock needed.
  db.pragma('synchronous = NORMAL');
  db.function('plans_file', (path) => fileKey(String(path)));
  // A database made by an earlier run of this version is ready: writing nothing here means a run
  // can start while another program holds the write lock, and only its batches wait.
  const version = schemaVersion(db);
  // WAL lets an analyst query while a run writes; it stays with the file (and cannot be set
  // inside a transaction).
  if (version === null) db.pragma('journal_mode = WAL');
  if (version !== DB_SCHEMA_VERSION) {
    // Foreign keys stay off while tables are rebuilt, or dropping the old documents table would
    // delete every row that refers to it. Asked again under the lock: another run may have done it.
    db.pragma('foreign_keys = OFF');
    db.transaction(() => upgrade(db, schemaVersion(db))).immediate();
  }
  db.pragma('foreign_keys = ON');
}

/** The database's schema version, `null` for a new (empty) file. */
function schemaVersion(db: SqliteDatabase): number | null {
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
  return tables.n === 0 ? null : (db.pragma('user_version', { simple: true }) as number);
}

function upgrade(db: SqliteDatabase, version: number | null): void {
  if (version === DB_SCHEMA_VERSION) return;
  if (version === null) db.exec(SCHEMA_SQL);
  else {
    if (!(version in MIGRATIONS)) throw new DatabaseVersionError(`not a plans database of schema version ${DB_SCHEMA_VERSION} (user_version ${version})`);
    for (let step = version; step < DB_SCHEMA_VERSION; step++) db.exec(MIGRATIONS[step]!);
    const orphans = (db.pragma('foreign_key_check') as unknown[]).length;
    if (orphans > 0) throw new DatabaseVersionError(`schema version ${version} could not be brought to ${DB_SCHEMA_VERSION}: ${orphans} rows lost their document`);
  }
  db.pragma(`user_version = ${DB_SCHEMA_VERSION}`);
}

function prepareStatements(db: SqliteDatabase) {
  const insert = (table: string, columns: string[]): Statement =>
    db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
  const documentColumns: readonly string[] = ['file', ...DOCUMENT_COLUMNS];
  return {
    samePlanElsewhere: db.prepare('SELECT file FROM documents WHERE sha256 = ? AND file <> ?'),
    dropDocument: db.prepare('DELETE FROM documents WHERE file = ?'),
    upsertDocument: db.prepare(
      `INSERT INTO documents (${documentColumns.join(', ')}) VALUES (${documentColumns.map((c) => `@${c}`).join(', ')})
       ON CONFLICT (file) DO UPDATE SET ${documentColumns.filter((c) => c !== 'file').map((c) => `${c} = excluded.${c}`).join(', ')}
       RETURNING id`,
    ),
    clearChildren: CHILD_TABLES.map((table) => db.prepare(`DELETE FROM ${table} WHERE document_id = ?`)),
    insertReference: insert('doc_references', ['document_id', 'position', 'symbol', 'type', 'type_name', 'date', 'issuer', 'relation', 'mentions', 'line']),
    insertSection: insert('sections', ['document_id', 'position', 'section_id', 'parent_id', 'depth', 'label', 'title', 'line']),
    insertTarget: insert('targets', [
      'document_id', 'position', 'indicator', 'indicator_id', 'value', 'value_max', 'unit', 'comparator', 'year', 'period_from', 'period_to',
      'recurrence', 'section', 'line', 'text',
    ]),
    insertAssignment: insert('assignments', ['document_id', 'position', 'agency', 'agency_id', 'role', 'section', 'line', 'text']),
    insertDeadline: insert('deadlines', [
      'document_id', 'position', 'action', 'day', 'month', 'year', 'quarter', 'recurrence', 'agency', 'recipient', 'section', 'line', 'text',
    ]),
    insertRecipient: insert('recipients', ['document_id', 'position', 'name']),
  };
}

/** The full path of a file, links resolved while it exists: one file is one row however it is named. */
function fileKey(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

const DOCUMENT_COLUMNS = [
  'sha256', 'path', 'format', 'type', 'type_name', 'number', 'date', 'place', 'title',
  'issuer_name', 'issuer_system', 'issuer_province', 'issuer_level', 'signer_name', 'signer_title', 'signer_authority',
  'record', 'extracted_at',
] as const;

function documentRow(record: PlanRecord, extractedAt: string): Record<(typeof DOCUMENT_COLUMNS)[number], string | null> {
  const { source, document, issuer, signer } = record;
  return {
    sha256: source.sha256, path: source.path, format: source.format,
    type: document.type, type_name: document.typeName, number: document.number, date: document.date, place: document.place, title: document.title,
    issuer_name: issuer.name, issuer_system: issuer.system, issuer_province: issuer.province, issuer_level: issuer.level,
    signer_name: signer?.name ?? null, signer_title: signer?.title ?? null, signer_authority: signer?.authority ?? null,
    record: JSON.stringify(record), extracted_at: extractedAt,
  };
}

interface SectionRow {
  section_id: string;
  parent_id: string | null;
  depth: number;
  label: string;
  title: string;
  line: number;
}

/** The heading tree in document order, each row naming its parent. */
export function flattenSections(roots: Section[]): SectionRow[] {
  const rows: SectionRow[] = [];
  const visit = (sections: Section[], parent: string | null, depth: number) => {
    for (const s of sections) {
      rows.push({ section_id: s.id, parent_id: parent, depth, label: s.label, title: s.title, line: s.line });
      visit(s.children, s.id, depth + 1);
    }
  };
  visit(roots, null, 0);
  return rows;
}
