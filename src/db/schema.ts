// The SQLite layout of plan records (`plans extract --db`): one row per document, keyed by the
// sha256 of its bytes, and one table per list in the record, each row tied to its document.
// Column names follow the record's fields in snake_case; `position` keeps the record's order.

/** Stored in PRAGMA user_version; bump it when a table changes. */
export const DB_SCHEMA_VERSION = 1;

// `references` is an SQL keyword, hence the table name `doc_references`.
export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
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
);
CREATE INDEX IF NOT EXISTS documents_path ON documents(path);
CREATE INDEX IF NOT EXISTS documents_province ON documents(issuer_province, type);

CREATE TABLE IF NOT EXISTS doc_references (
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
CREATE INDEX IF NOT EXISTS doc_references_symbol ON doc_references(symbol);

CREATE TABLE IF NOT EXISTS sections (
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

CREATE TABLE IF NOT EXISTS targets (
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
CREATE INDEX IF NOT EXISTS targets_indicator ON targets(indicator_id, year);

CREATE TABLE IF NOT EXISTS assignments (
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
CREATE INDEX IF NOT EXISTS assignments_agency ON assignments(agency_id, role);

CREATE TABLE IF NOT EXISTS deadlines (
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
CREATE INDEX IF NOT EXISTS deadlines_when ON deadlines(year, month, day);

CREATE TABLE IF NOT EXISTS recipients (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (document_id, position)
);
`;

/** The tables that hang off a document, cleared and refilled when a document is written again. */
export const CHILD_TABLES = ['doc_references', 'sections', 'targets', 'assignments', 'deadlines', 'recipients'] as const;
