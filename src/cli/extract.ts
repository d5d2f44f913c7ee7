// `plans extract <paths…>`: one plan record per input file, as JSON, JSON lines or a table, and
// optionally into an SQLite database.
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { PlanRecord } from '../model.js';
import { discoverInputs, nothingFound } from '../input/discover.js';
import { parseByteSize } from '../input/byte-size.js';
import { ENCODING_NAMES, type EncodingChoice } from '../input/decode.js';
import { DEFAULT_MAX_BYTES, type ReadLimits } from '../input/read.js';
import { parseCatalogJson, type IndicatorEntry } from '../vocab/indicators.js';
import { renderRecordJson } from '../report/records.js';
import type { PlanDatabase } from '../db/writer.js';
import { EXIT_FAILURES, EXIT_OK, UsageError } from './exit.js';
import type { ResultShape } from './extract-one.js';
import { extractAll } from './extract-pool.js';
import { failureReason, missingReason } from './failure-reason.js';
import { openOutput } from './output.js';
import { startProgress, type Progress } from './progress.js';

export type RecordFormat = 'json' | 'jsonl' | 'table';

export interface ExtractCommandOptions {
  paths: string[];
  format?: RecordFormat;
  out?: string;
  catalog?: string;
  /** As typed after `--encoding`: a key of ENCODING_NAMES. */
  encoding?: string;
  /** Largest input to read, as written ("50MB"); larger files are refused. */
  maxSize?: string;
  quiet?: boolean;
  /** SQLite file to insert or update the records in. */
  db?: string;
  /** Worker threads (default: the number of cores); 1 extracts in this thread. */
  jobs?: string;
  /** Seconds one file may take, as typed. */
  timeout?: string;
}

/** Far above what any plan takes (a 50 MB text: about a minute on a busy 2-core machine). */
export const DEFAULT_TIMEOUT_SECONDS = 120;

/** Records per SQLite transaction: large enough to amortise the commit, small enough to stay flat. */
const DB_BATCH_RECORDS = 200;

export async function runExtract(options: ExtractCommandOptions): Promise<number> {
  const jobs = parseJobs(options.jobs);
  const timeoutSeconds = parseTimeout(options.timeout);
  const encoding = encodingChoice(options.encoding);
  const limits: ReadLimits = { maxBytes: options.maxSize === undefined ? DEFAULT_MAX_BYTES : maxBytesOf(options.maxSize) };
  const extraIndicators = options.catalog ? await loadCatalog(options.catalog) : null;
  const { inputs, missing } = await discoverInputs(options.paths);
  if (inputs.length === 0) throw new UsageError(nothingFound(options.paths));
  const database = options.db ? await openDatabase(options.db) : null;
  // With --db the records go to the database; stdout gets them too only when asked (-f or -o).
  const printsRecords = !database || Boolean(options.format || options.out);
  const output = openOutput(printsRecords ? options.out : undefined, inputs.map((i) => i.path));
  const format: RecordFormat = options.format ?? (output.isTerminal ? 'table' : 'json');
  for (const m of missing) warn(`${m}: ${missingReason(m)}`);

  const progress = await startProgress(inputs.length, { quiet: Boolean(options.quiet) });
  const records: PlanRecord[] = [];
  let pendingForDb: PlanRecord[] = [];
  let jsonElements = 0;
  let failed = missing.length;
  try {
    const jsonFormat = format === 'table' ? null : format;
    // JSON goes out a record at a time, so one huge record fails its own file, not the run.
    const writeJson = (path: string, rendered: string | null) => {
      if (rendered === null) {
        failed++;
        warn(`${path}: record too large to write (over the longest string Node.js can hold)`, progress);
      } else if (format === 'jsonl') output.write(rendered);
      else output.write(`${jsonElements++ ? ',\n' : '[\n'}${rendered}`);
    };
    // Records that are only written come back as JSON, made where they were extracted.
    const shape: ResultShape = database || !jsonFormat ? 'record' : jsonFormat;
    for await (const result of extractAll(inputs, { jobs, extraIndicators, encoding, limits, shape, timeoutSeconds })) {
      progress.tick();
      if ('error' in result) {
        failed++;
        warn(`${result.path}: ${result.error}`, progress);
        continue;
      }
      // -q keeps the lines that say a file failed, as ESLint's --quiet keeps errors.
      if (!options.quiet) for (const w of result.warnings) warn(`${result.path}: ${w}`, progress);
      if ('json' in result) {
        writeJson(result.path, result.json);
        continue;
      }
      if (database) {
        pendingForDb.push(result.record);
        if (pendingForDb.length >= DB_BATCH_RECORDS) {
          failed += writeToDatabase(database, options.db!, pendingForDb, progress);
          pendingForDb = [];
        }
      }
      if (!printsRecords) continue;
      if (jsonFormat) writeJson(result.path, renderRecordJson(result.record, jsonFormat));
      else records.push(result.record);
    }
    progress.stop();
    if (database && pendingForDb.length > 0) failed += writeToDatabase(database, options.db!, pendingForDb, progress);
    if (printsRecords && format === 'json') output.write(jsonElements ? '\n]\n' : '[]\n');
    if (printsRecords && format === 'table') {
      const { renderRecordTable } = await import('../report/record-table.js');
      const { supportsColor } = await import('./color.js');
      output.write(renderRecordTable(records, { color: supportsColor(output.isTerminal) }));
    }
    await output.commit();
  } catch (error) {
    progress.stop();
    await output.abort();
    throw error;
  } finally {
    database?.close();
  }
  const extracted = inputs.length - (failed - missing.length);
  if (!options.quiet && inputs.length > 1) warn(`${extracted} of ${inputs.length} files extracted${database ? ` into ${options.db}` : ''}`);
  return failed ? EXIT_FAILURES : EXIT_OK;
}

function maxBytesOf(text: string): number {
  const bytes = parseByteSize(text);
  if (!bytes) throw new UsageError(`--max-size ${text}: expected a size such as 50MB, 800k or 1048576`);
  return bytes;
}

function encodingChoice(name: string | undefined): EncodingChoice {
  if (name === undefined) return 'auto';
  const choice = ENCODING_NAMES[name];
  if (!choice) throw new UsageError(`--encoding ${name}: not one of ${Object.keys(ENCODING_NAMES).join(', ')}`);
  return choice;
}

function parseJobs(jobs: string | undefined): number {
  if (jobs === undefined) return availableParallelism();
  // Matches "2" or "16"; not "-1", "2.5" or "many".
  if (!/^\d{1,3}$/.test(jobs) || Number(jobs) < 1) throw new UsageError(`--jobs ${jobs}: expected a whole number of threads, 1 or more`);
  return Number(jobs);
}

async function loadCatalog(file: string): Promise<IndicatorEntry[]> {
  try {
    return parseCatalogJson(JSON.parse(await readFile(file, 'utf8')));
  } catch (error) {
    throw new UsageError(`--catalog ${file}: ${failureReason(error)}`);
  }
}

async function openDatabase(file: string): Promise<PlanDatabase> {
  try {
    const { openPlanDatabase } = await import('../db/writer.js');
    return await openPlanDatabase(file);
  } catch (error) {
    const message = failureReason(error);
    // The native module is compiled on install (package.json "allowScripts"); say how to fix it.
    // Matches "Could not locate the bindings file. Tried: …/better_sqlite3.node" and
    // "… compiled against a different Node.js version using NODE_MODULE_VERSION 115".
    if (/bindings|better_sqlite3\.node|NODE_MODULE_VERSION/i.test(message)) {
      throw new UsageError(`--db needs better-sqlite3 compiled: run \`npm rebuild better-sqlite3\` (${message.split('\n')[0]})`);
    }
    throw new UsageError(`--db ${file}: ${message}`);
  }
}

function parseTimeout(text: string | undefined): number {
  if (text === undefined) return DEFAULT_TIMEOUT_SECONDS;
  const seconds = Number(text);
  if (!/^\d+(?:\.\d+)?$/.test(text) || !(seconds > 0)) throw new UsageError(`--timeout ${text}: expected a number of seconds such as 120 or 0.5`);
  return seconds;
}

/**
 * One batch into the database; the number of records that could not go in. Another program holding
 * the database (past its busy wait), a full disk: the batch is named in one line and the run goes
 * on, so the other batches, and --out, still get their records.
 */
function writeToDatabase(database: PlanDatabase, file: string, records: PlanRecord[], progress: Progress): number {
  try {
    database.writeBatch(records);
    return 0;
  } catch (error) {
    warn(`--db ${file}: ${failureReason(error)}; ${records.length} ${records.length === 1 ? 'record' : 'records'} not written to it (${records.map((r) => r.source.path).slice(0, 3).join(', ')}${records.length > 3 ? ', …' : ''})`, progress);
    return records.length;
  }
}

function warn(message: string, progress?: Progress): void {
  progress?.clear();
  process.stderr.write(`plans: ${message}\n`);
}
