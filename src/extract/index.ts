// The extraction pipeline for one file: bytes → text → blocks and section tree → each field.
import { createHash } from 'node:crypto';
import { SCHEMA_VERSION, type PlanRecord, type SourceFormat } from '../model.js';
import { decodeBytes, type EncodingChoice } from '../input/decode.js';
import { loadText } from '../input/load.js';
import { parsePlanText, type PlanText } from '../parse/plan-text.js';
import { PLAN_TYPES } from '../vocab/document-types.js';
import { DEFAULT_CATALOG, type IndicatorCatalog } from '../vocab/indicators.js';
import { extractAssignments } from './assignments.js';
import { extractDeadlines } from './deadlines.js';
import { extractDocument, type DocumentFacts } from './document.js';
import { extractIssuer } from './issuer.js';
import { extractRecipients } from './recipients.js';
import { extractReferences } from './references.js';
import { extractSigner } from './signer.js';
import { extractTargets } from './targets.js';

export interface ExtractOptions {
  catalog?: IndicatorCatalog;
}

export interface SourceFile {
  /** As given on the command line ('/' separators); '-' for standard input. */
  path: string;
  bytes: Uint8Array;
  format?: SourceFormat;
}

/** Everything extraction learned about a file: the record, and the parse that lint rules reuse. */
export interface Extraction {
  record: PlanRecord;
  plan: PlanText;
  document: DocumentFacts;
  recipientsLine: number | null;
}

/** A plain-text file, decoded synchronously (UTF-8, UTF-16 or a detected legacy encoding). */
export function extractFile(file: SourceFile, options: ExtractOptions = {}): Extraction {
  const { text, encoding } = decodeBytes(file.bytes);
  const format: SourceFormat = file.format ?? (/\.(?:md|markdown)$/i.test(file.path) ? 'markdown' : 'text');
  return extractText(text, { path: file.path, sha256: sha256Of(file.bytes), format, encoding }, options);
}

export interface LoadOptions extends ExtractOptions {
  /** `--encoding`: the encoding of text and HTML inputs, or 'auto' (the default) to detect it. */
  encoding?: EncodingChoice;
  /** `--max-size`: also the most a packed input (.docx) may inflate to. */
  maxBytes?: number;
}

/** A file of any readable format (.txt, .md, .html, .docx, .pdf), with what the reader warned about. */
export async function extractInput(file: SourceFile, options: LoadOptions = {}): Promise<Extraction & { warnings: string[] }> {
  const loaded = await loadText(file.path, file.bytes, options.encoding, options.maxBytes);
  const source: PlanRecord['source'] = { path: file.path, sha256: sha256Of(file.bytes), format: loaded.format };
  if (loaded.encoding) source.encoding = loaded.encoding;
  const extraction = extractText(loaded.text, source, options);
  return { ...extraction, warnings: [...loaded.warnings, ...recordWarnings(extraction.record)] };
}

const NOT_A_PLAN = 'no plan found in it (no document type, issuer or numbered section); its record is empty';
const NO_DUTIES = 'no agency is given a duty in it (no "Tổ chức thực hiện" section, role field or task table names one); its assignments are empty';

/** What a reader of the record would want to be told: a file that holds no plan, a plan that assigns nothing. */
function recordWarnings(record: PlanRecord): string[] {
  if (!holdsPlan(record)) return [NOT_A_PLAN];
  return record.assignments.length === 0 && PLAN_TYPES.includes(record.document.type ?? '') ? [NO_DUTIES] : [];
}

/** False for a README or a note in a folder of plans: say so, rather than hand back an empty record silently. */
export function holdsPlan(record: PlanRecord): boolean {
  return record.document.type !== null || record.issuer.name !== null || record.sections.length > 0;
}

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function extractText(text: string, source: PlanRecord['source'], options: ExtractOptions = {}): Extraction {
  const plan = parsePlanText(text.normalize('NFC'));
  const document = extractDocument(plan);
  const numberCode = document.number ? (/[/-]([\p{L}&]+)$/u.exec(document.number)?.[1] ?? null) : null;
  const issuer = extractIssuer(plan, {
    numberCode,
    typeName: document.typeName,
    place: document.place,
    titleBlock: document.typeBlock === null ? null : document.typeBlock + 1,
  });
  const assignments = extractAssignments(plan, issuer.name);
  const agencyOfSection = new Map<string, string>();
  for (const a of assignments) if (a.section && !agencyOfSection.has(a.section)) agencyOfSection.set(a.section, a.agency);
  const agencyOfBlock = new Map<number, string>();
  plan.tree.sectionOfBlock.forEach((id, i) => {
    const agency = id ? agencyOfSection.get(id) : undefined;
    if (agency) agencyOfBlock.set(i, agency);
  });
  const recipients = extractRecipients(plan);
  const record: PlanRecord = {
    schemaVersion: SCHEMA_VERSION,
    source,
    document: {
      type: document.type,
      typeName: document.typeName,
      number: document.number,
      date: document.date,
      place: document.place,
      title: document.title,
    },
    issuer,
    signer: extractSigner(plan),
    references: extractReferences(plan, document.number, document.typeBlock === null ? null : document.typeBlock + 1),
    sections: plan.sections,
    targets: extractTargets(plan, options.catalog ?? DEFAULT_CATALOG, document.title),
    assignments,
    deadlines: extractDeadlines(plan, agencyOfBlock),
    recipients: recipients.names,
  };
  return { record, plan, document, recipientsLine: recipients.line };
}
