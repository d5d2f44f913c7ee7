// `plans compare <paths…>`: plan texts (extracted here) and plan records (.json / .jsonl from
// `plans extract`) lined up in one table per view: targets, coverage, leads, deadlines, references.
import { readFile } from 'node:fs/promises';
import type { PlanRecord } from '../model.js';
import { discoverInputs, nothingFound, PLAN_EXTENSION_LIST } from '../input/discover.js';
import { readInput } from '../input/read.js';
import { extractInput, holdsPlan } from '../extract/index.js';
import { compare, provinceKey, type Comparison, type CompareView } from '../compare/index.js';
import type { TargetRow } from '../compare/targets.js';
import { isRecordFile, parseRecordFile } from '../compare/record-file.js';
import { rematchIndicators } from '../compare/rematch.js';
import { buildCatalog, DEFAULT_CATALOG, parseCatalogJson, type IndicatorCatalog, type IndicatorEntry } from '../vocab/indicators.js';
import { failureReason, missingReason } from './failure-reason.js';
import { EXIT_FAILURES, EXIT_OK, UsageError } from './exit.js';
import { openOutput, writeWhole } from './output.js';

export type CompareFormat = 'table' | 'markdown' | 'csv' | 'json' | 'html';

export interface CompareCommandOptions {
  paths: string[];
  view?: CompareView;
  format?: CompareFormat;
  out?: string;
  catalog?: string;
  indicator?: string;
  year?: string;
  province?: string;
  transpose?: boolean;
  /** CSV field separator, one character. */
  delimiter?: string;
  /** Write the aligned rows as a catalogue to this file. */
  suggestCatalog?: string;
  /** The plan the others are children of. */
  parent?: string;
  quiet?: boolean;
}

export async function runCompare(options: CompareCommandOptions): Promise<number> {
  const view: CompareView = options.view ?? 'targets';
  const userEntries = options.catalog ? await loadCatalog(options.catalog) : [];
  const catalog = userEntries.length ? buildCatalog(userEntries) : DEFAULT_CATALOG;
  const filters = parseFilters(options, view, catalog);
  const delimiter = parseDelimiter(options.delimiter);
  const { inputs, missing } = await discoverInputs(options.paths);
  if (inputs.length === 0) throw new UsageError(nothingFound(options.paths, `${PLAN_EXTENSION_LIST}, records .json .jsonl`));
  for (const m of missing) warn(`${m}: ${missingReason(m)}`);

  // The parent first, so that when a folder holds it too, the parent keeps the path it was named by.
  const paths = [...(options.parent ? [options.parent] : []), ...inputs.map((i) => i.path).filter((p) => p !== options.parent)];
  const { records, failed, noPlan } = await loadRecords(paths, catalog, userEntries);
  if (noPlan.length && !options.quiet) warn(noPlanSummary(noPlan));
  if (options.parent && !records.some((r) => r.source.path === options.parent)) throw new UsageError(`--parent ${options.parent}: no plan could be read from it`);
  if (filters.provinces) checkProvinces(filters.provinces, records);
  const comparison = compare(records, { view, catalog, ...filters, parent: options.parent });

  const output = openOutput(options.out, paths);
  const format: CompareFormat = options.format ?? (output.isTerminal ? 'table' : 'json');
  await writeWhole(output, () => render(comparison, format, options.transpose ?? false, output.isTerminal, delimiter));
  if (options.suggestCatalog && comparison.view === 'targets') await writeSuggestions(options.suggestCatalog, comparison.rows, paths, options.quiet);
  if (!options.quiet) warn(`${comparison.columns.length} ${comparison.columns.length === 1 ? 'plan' : 'plans'} compared (${view})`);
  return failed + missing.length ? EXIT_FAILURES : EXIT_OK;
}

async function render(comparison: Comparison, format: CompareFormat, transpose: boolean, isTerminal: boolean, delimiter?: string): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../report/compare-json.js')).renderCompareJson(comparison);
    case 'markdown':
      return (await import('../report/compare-markdown.js')).renderCompareMarkdown(comparison, { transpose });
    case 'csv':
      return (await import('../report/compare-csv.js')).renderCompareCsv(comparison, { transpose, delimiter });
    case 'html':
      return (await import('../report/compare-html.js')).renderCompareHtml(comparison);
    case 'table': {
      const { renderCompareTable } = await import('../report/compare-table.js');
      const { supportsColor } = await import('./color.js');
      return renderCompareTable(comparison, { color: supportsColor(isTerminal), width: terminalWidth(isTerminal), transpose });
    }
  }
}

/** The aligned rows as a catalogue for the analyst to review and pass back with --catalog. */
async function writeSuggestions(path: string, rows: TargetRow[], inputs: string[], quiet?: boolean): Promise<void> {
  const { suggestCatalog } = await import('../compare/suggest.js');
  const catalog = suggestCatalog(rows);
  await writeWhole(openOutput(path, inputs), () => `${JSON.stringify(catalog, null, 2)}\n`);
  if (!quiet) warn(`${path}: ${catalog.indicators.length} suggested catalogue entries from the aligned rows; review them, then pass the file with --catalog`);
}

/** "," ";" "|" or a tab ("\t" or "tab"): one character that is no quote and no line break. */
function parseDelimiter(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const delimiter = value === 'tab' || value === '\\t' ? '\t' : value;
  if ([...delimiter].length !== 1 || /["\r\n]/.test(delimiter)) throw new UsageError(`--delimiter ${JSON.stringify(value)}: expected one character such as ";" or "tab"`);
  return delimiter;
}

/** The terminal's width; COLUMNS when set (also for piped output); else 120. */
function terminalWidth(isTerminal: boolean): number {
  const fromEnv = Number(process.env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return (isTerminal && process.stdout.columns) || 120;
}

interface Filters {
  indicators?: string[];
  year?: number;
  provinces?: string[];
}

function parseFilters(options: CompareCommandOptions, view: CompareView, catalog: IndicatorCatalog): Filters {
  const list = (value: string | undefined) => value?.split(',').map((s) => s.trim()).filter(Boolean);
  const filters: Filters = { indicators: list(options.indicator), provinces: list(options.province) };
  if (options.year !== undefined) {
    const year = Number(options.year);
    if (!/^\d{4}$/.test(options.year) /* "2030" */ || year < 1945 || year > 2100) throw new UsageError(`--year ${options.year}: expected a year such as 2030`);
    filters.year = year;
  }
  if (view !== 'targets' && view !== 'coverage' && (filters.indicators || filters.year !== undefined)) {
    throw new UsageError(`--indicator and --year filter targets; they do not apply to --view ${view}`);
  }
  const unknown = filters.indicators?.filter((id) => !catalog.byId.has(id)) ?? [];
  if (unknown.length) throw new UsageError(`unknown indicator ${unknown.join(', ')} (known: ${[...catalog.byId.keys()].join(', ')})`);
  return filters;
}

/** A province that matches no plan is most likely a typo: say which provinces the set holds. */
function checkProvinces(names: string[], records: PlanRecord[]): void {
  const present = [...new Set(records.flatMap((r) => (r.issuer.province ? [r.issuer.province] : [])))];
  const keys = new Set(present.map(provinceKey));
  const unmatched = names.filter((n) => !keys.has(provinceKey(n)));
  if (unmatched.length) throw new UsageError(`--province ${unmatched.join(', ')}: no plan of that province (the set has: ${present.join(', ') || 'none'})`);
}

/** One line for the files that hold no plan, however many: a folder of web pages can hold hundreds. */
function noPlanSummary(paths: string[]): string {
  const others = paths.length - 1;
  const who = others ? `${paths[0]} and ${others} other ${others === 1 ? 'file' : 'files'} hold` : `${paths[0]} holds`;
  return `${who} no plan (no document type, issuer or numbered section); left out of the comparison`;
}

/**
 * Records in input order: texts are extracted, record files parsed. A file that fails is named on
 * stderr and the rest go on; a plan given twice (same bytes, as text and as record) is kept once; a
 * file that holds no plan (a README, a news page) gets no column.
 */
async function loadRecords(
  paths: string[],
  catalog: IndicatorCatalog,
  userEntries: IndicatorEntry[],
): Promise<{ records: PlanRecord[]; failed: number; noPlan: string[] }> {
  const records: PlanRecord[] = [];
  const noPlan: string[] = [];
  const firstPathOf = new Map<string, string>();
  let failed = 0;
  for (const path of paths) {
    let found: PlanRecord[];
    try {
      const bytes = await readInput(path);
      if (isRecordFile(path)) {
        const file = parseRecordFile(Buffer.from(bytes).toString('utf8'), path);
        for (const skipped of file.skipped) warn(`${path}: ${skipped}`);
        failed += file.skipped.length;
        found = file.records.map((r) => rematchIndicators(r, userEntries));
      } else {
        found = [(await extractInput({ path, bytes }, { catalog })).record];
      }
    } catch (error) {
      failed++;
      warn(`${path}: ${failureReason(error, path)}`);
      continue;
    }
    for (const record of found) {
      if (!holdsPlan(record)) {
        noPlan.push(record.source.path);
        continue;
      }
      const first = firstPathOf.get(record.source.sha256);
      if (first !== undefined) {
        warn(`${path}: ${record.source.path} is the same plan as ${first}; compared once`);
        continue;
      }
      firstPathOf.set(record.source.sha256, record.source.path);
      records.push(record);
    }
  }
  return { records, failed, noPlan };
}

async function loadCatalog(file: string): Promise<IndicatorEntry[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    // JSON.parse quotes the text it stopped in, line breaks and all: one line is enough.
    const why = error instanceof SyntaxError ? `not JSON (${error.message.replace(/\s+/g, ' ')})` : failureReason(error);
    throw new UsageError(`--catalog ${file}: ${why}`);
  }
  try {
    return parseCatalogJson(json);
  } catch (error) {
    throw new UsageError(`--catalog ${file}: ${failureReason(error)}`);
  }
}

function warn(message: string): void {
  process.stderr.write(`plans: ${message}\n`);
}
