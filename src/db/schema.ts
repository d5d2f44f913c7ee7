// The SQLite layout of plan records (`plans extract --db`): one row per file, keyed by its full
// path on disk (`file`, so that `plans/a.txt` and `./plans/a.txt` are one row), and one table per
// list in the record, each row tied to its document.
// Column names follow the record's fields in snake_case; `position` keeps the record's order.

/** Stored in PRAGMA user_version; bump it when a table changes, and add the step from the last. */
export const DB_SCHEMA_VERSION = 2;

const documentsTable = (name: string) => `
CREATE TABLE ${name} (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL,
  file TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  format TEXT NOT NULL,
  type TEXT,
  type_name TEXT,
  number TEXT,
  date TEXT,
  place TEXT,
  title TEXT,
  issuer_name TEXT,
  issuer_system TEXT,
  issuer_province TEXT,
  issuer_level TEXT,
  signer_name TEXT,
  signer_title TEXT,
  signer_authority TEXT,
  record TEXT NOT NULL,
  extracted_at TEXT NOT NULL
);`;

const DOCUMENTS_INDEXES = `
CREATE INDEX documents_sha256 ON documents(sha256);
CREATE INDEX documents_path ON documents(path);
CREATE INDEX documents_province ON documents(issuer_province, type);
`;

// `references` is an SQL keyword, hence the table name `doc_references`.
export const SCHEMA_SQL = `
${documentsTable('documents')}
${DOCUMENTS_INDEXES}

CREATE TABLE doc_references (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  symbol TEXT NOT NULL,
  type TEXT,
  type_name TEXT,
  date TEXT,
  issuer TEXT,
  relation TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  line INTEGER NOT NULL,
  PRIMARY KEY (document_id, position)
);
CREATE INDEX doc_references_symbol ON doc_references(symbol);

CREATE TABLE sections (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  section_id TEXT NOT NULL,
  parent_id TEXT,
  depth INTEGER NOT NULL,
  position INTEGER NOT NULL,
  label TEXT NOT NULL,
  title TEXT NOT NULL,
  line INTEGER NOT NULL,
  PRIMARY KEY (document_id, position)
);

CREATE TABLE targets (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  indicator TEXT NOT NULL,
  indicator_id TEXT,
  value REAL NOT NULL,
  value_max REAL,
  unit TEXT NOT NULL,
  comparator TEXT NOT NULL,
  year INTEGER,
  period_from INTEGER,
  period_to INTEGER,
  recurrence TEXT,
  section TEXT,
  line INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (document_id, position)
);
CREATE INDEX targets_indicator ON targets(indicator_id, year);

CREATE TABLE assignments (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  agency TEXT NOT NULL,
  agency_id TEXT,
  role TEXT NOT NULL,
  section TEXT,
  line INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (document_id, position)
);
CREATE INDEX assignments_agency ON assignments(agency_id, role);

CREATE TABLE deadlines (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  action TEXT NOT NULL,
  day INTEGER,
  month INTEGER,
  year INTEGER,
  quarter INTEGER,
  recurrence TEXT,
  agency TEXT,
  recipient TEXT,
  section TEXT,
  line INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (document_id, position)
);
CREATE INDEX deadlines_when ON deadlines(year, month, day);

CREATE TABLE recipients (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (document_id, position)
);
`;

/** The tables that hang off a document, cleared and refilled when a document is written again. */
export const CHILD_TABLES = ['doc_references', 'sections', 'targets', 'assignments', 'deadlines', 'recipients'] as const;

/**
 * The step that brings a database of each older version to the next one, by the version it starts
 * from. Each runs in one transaction with foreign keys off (SQLite cannot drop a constraint in
 * place, so a table is rebuilt and renamed: https://sqlite.org/lang_altertable.html#otheralter).
 * The writer defines `plans_file(path)`, the full path of a file as given.
 */
export const MIGRATIONS: Readonly<Record<number, string>> = {
  // Version 1 keyed documents by the sha256 of their bytes, so byte-identical files under two paths
  // shared one row. Its paths are unique already (a changed file replaced its path's row); they
  // are resolved from the folder of the run that upgrades, most likely the one that wrote them.
  1: `
${documentsTable('documents_v2')}
INSERT INTO documents_v2 SELECT id, sha256, plans_file(path), path, format, type, type_name, number, date, place, title,
  issuer_name, issuer_system, issuer_province, issuer_level, signer_name, signer_title, signer_authority,
  record, extracted_at FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v2 RENAME TO documents;
${DOCUMENTS_INDEXES}
`,
};
