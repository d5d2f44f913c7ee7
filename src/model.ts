// The plan record: the output contract of `plans extract` (mirrors schema/plan-record.schema.json
// and ../shared/SCHEMA.md). Fields may be added; existing ones change only with a schemaVersion bump.

export const SCHEMA_VERSION = 1;

export type SourceFormat = 'text' | 'markdown' | 'docx' | 'pdf' | 'html';

/** The encodings `plans` reads text in: Unicode ones and the legacy Vietnamese ones. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3' | 'vni';

export interface Evidence {
  line: number;
  text: string;
}

export interface DocumentInfo {
  type: string | null;
  typeName: string | null;
  number: string | null;
  date: string | null;
  place: string | null;
  title: string | null;
}

export type IssuerSystem = 'state' | 'party';
export type IssuerLevel = 'central' | 'province' | 'commune' | 'district-era';

export interface Issuer {
  name: string | null;
  system: IssuerSystem | null;
  province: string | null;
  level: IssuerLevel | null;
  evidence: Evidence[];
}

export interface Signer {
  name: string;
  title: string | null;
  authority: string | null;
  line: number;
}

export interface Reference {
  symbol: string;
  type: string | null;
  typeName: string | null;
  date: string | null;
  issuer: string | null;
  relation: 'implements' | 'cites';
  mentions: number;
  line: number;
}

export interface Section {
  id: string;
  label: string;
  title: string;
  line: number;
  children: Section[];
}

export type Comparator = 'eq' | 'gte' | 'gt' | 'lte' | 'lt' | 'approx' | 'range';

export interface Period {
  from: number;
  to: number;
}

export interface Target {
  indicator: string;
  indicatorId: string | null;
  value: number;
  valueMax: number | null;
  unit: string;
  comparator: Comparator;
  year: number | null;
  period: Period | null;
  recurrence: 'annual' | null;
  section: string | null;
  line: number;
  text: string;
}

export type Role = 'lead' | 'coordinate' | 'responsible';

export interface Assignment {
  agency: string;
  agencyId: string | null;
  role: Role;
  section: string | null;
  line: number;
  text: string;
}

export type Recurrence = 'annual' | 'semiannual' | 'quarterly' | 'monthly' | 'once';

export interface Deadline {
  action: 'report' | 'review' | 'plan' | 'complete' | 'other';
  day: number | null;
  month: number | null;
  year: number | null;
  quarter: number | null;
  recurrence: Recurrence | null;
  agency: string | null;
  recipient: string | null;
  section: string | null;
  line: number;
  text: string;
}

export interface PlanRecord {
  schemaVersion: typeof SCHEMA_VERSION;
  /** `encoding`: what the bytes of a text or HTML input were decoded from (absent for .docx, .pdf). */
  source: { path: string; sha256: string; format: SourceFormat; encoding?: TextEncoding };
  document: DocumentInfo;
  issuer: Issuer;
  signer: Signer | null;
  references: Reference[];
  sections: Section[];
  targets: Target[];
  assignments: Assignment[];
  deadlines: Deadline[];
  recipients: string[];
}
