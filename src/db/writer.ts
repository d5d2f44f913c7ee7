// Writes plan records into SQLite (`plans extract --db FILE`). A document is keyed by the sha256
// of its bytes: running again over the same files updates their rows instead of adding copies,
// and a file whose content changed replaces the row its path had. One transaction per batch.
// better-sqlite3 is imported here only, and this module only when --db is given.
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import type { PlanRecord, Section } from '../model.js';
import { CHILD_TABLES, DB_SCHEMA_VERSION, SCHEMA_SQL } from './schema.js';

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
    statements.dropOtherVersions.run(record.source.path, record.source.sha256);
    const { id } = statements.upsertDocument.get(documentRow(record, extractedAt)) as { id: number };
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
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
  if (tables.n > 0 && version !== DB_SCHEMA_VERSION) {
    throw new DatabaseVersionError(`not a plans database of schema version ${DB_SCHEMA_VERSION} (user_version ${version})`);
  }
  // NORMAL sync is safe with WAL and much faster; both settings are per connection, no lock needed.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // A database made by an earlier run is ready: writing nothing here means a run can start while
  // another program holds the write lock, and only its batches wait (then fail one by one).
  if (tables.n > 0) return;
  // WAL lets an analyst query while a run writes.
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA_SQL);
  db.pragma(`user_version = ${DB_SCHEMA_VERSION}`);
}

function prepareStatements(db: SqliteDatabase) {
  const insert = (table: string, columns: string[]): Statement =>
    db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
  const documentColumns: readonly string[] = DOCUMENT_COLUMNS;
  return {
    // The same path with other bytes: the file was edited since the last run.
    dropOtherVersions: db.prepare('DELETE FROM documents WHERE path = ? AND sha256 <> ?'),
    upsertDocument: db.prepare(
      `INSERT INTO documents (${documentColumns.join(', ')}) VALUES (${documentColumns.map((c) => `@${c}`).join(', ')})
       ON CONFLICT (sha256) DO UPDATE SET ${documentColumns.filter((c) => c !== 'sha256').map((c) => `${c} = excluded.${c}`).join(', ')}
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
