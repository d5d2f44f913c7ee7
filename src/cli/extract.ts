// `plans extract <paths…>`: one plan record per input file, as JSON, JSON lines or a table.
import { readFile } from 'node:fs/promises';
import type { PlanRecord } from '../model.js';
import { discoverInputs } from '../input/discover.js';
import { parseByteSize } from '../input/byte-size.js';
import { DEFAULT_MAX_BYTES, readInput, type ReadLimits } from '../input/read.js';
import { extractFile } from '../extract/index.js';
import { buildCatalog, parseCatalogJson, type IndicatorCatalog } from '../vocab/indicators.js';
import { renderJsonElement, renderJsonLine } from '../report/records.js';
import { EXIT_FAILURES, EXIT_OK, UsageError } from './exit.js';
import { openOutput } from './output.js';

export type RecordFormat = 'json' | 'jsonl' | 'table';

export interface ExtractCommandOptions {
  paths: string[];
  format?: RecordFormat;
  out?: string;
  catalog?: string;
  /** Largest input to read, as written ("50MB"); larger files are refused. */
  maxSize?: string;
  quiet?: boolean;
}

export async function runExtract(options: ExtractCommandOptions): Promise<number> {
  const catalog = options.catalog ? await loadCatalog(options.catalog) : undefined;
  const limits: ReadLimits = { maxBytes: options.maxSize === undefined ? DEFAULT_MAX_BYTES : maxBytesOf(options.maxSize) };
  const output = openOutput(options.out);
  const format: RecordFormat = options.format ?? (output.isTerminal ? 'table' : 'json');
  const { inputs, missing } = await discoverInputs(options.paths);
  for (const m of missing) warn(`${m}: no such file or folder`);
  if (inputs.length === 0 && missing.length === 0) warn('no plan texts (*.txt, *.md) found');

  const records: PlanRecord[] = [];
  let jsonElements = 0;
  let failed = missing.length;
  try {
    for await (const result of extractAll(inputs.map((i) => i.path), catalog, limits)) {
      if ('error' in result) {
        failed++;
        warn(`${result.path}: ${result.error}`);
        continue;
      }
      if (format === 'table') {
        records.push(result.record);
        continue;
      }
      const rendered = render(result.record, format);
      if (rendered === null) {
        failed++;
        warn(`${result.path}: record too large to write (over the longest string Node.js can hold)`);
      } else if (format === 'jsonl') output.write(rendered);
      else output.write(`${jsonElements++ ? ',\n' : '[\n'}${rendered}`);
    }
    if (format === 'json') output.write(jsonElements ? '\n]\n' : '[]\n');
    if (format === 'table') {
      const { renderRecordTable } = await import('../report/record-table.js');
      const { supportsColor } = await import('./color.js');
      output.write(renderRecordTable(records, { color: supportsColor(output.isTerminal) }));
    }
    await output.commit();
  } catch (error) {
    await output.abort();
    throw error;
  }
  if (!options.quiet && inputs.length > 1) warn(`${inputs.length - (failed - missing.length)} of ${inputs.length} files extracted`);
  return failed ? EXIT_FAILURES : EXIT_OK;
}

/** The record as JSON (a line, or an array element), or null when it is too large for one string. */
function render(record: PlanRecord, format: 'json' | 'jsonl'): string | null {
  try {
    return format === 'jsonl' ? renderJsonLine(record) : renderJsonElement(record);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

type ExtractResult = { path: string; record: PlanRecord } | { path: string; error: string };

/** Records in input order; a file that cannot be read or decoded yields its error and the rest go on. */
async function* extractAll(paths: string[], catalog: IndicatorCatalog | undefined, limits: ReadLimits): AsyncGenerator<ExtractResult> {
  for (const path of paths) {
    try {
      const bytes = await readInput(path, limits);
      yield { path, record: extractFile({ path, bytes }, { catalog }).record };
    } catch (error) {
      yield { path, error: reason(error) };
    }
  }
}

async function loadCatalog(file: string): Promise<IndicatorCatalog> {
  try {
    return buildCatalog(parseCatalogJson(JSON.parse(await readFile(file, 'utf8'))));
  } catch (error) {
    throw new UsageError(`--catalog ${file}: ${reason(error)}`);
  }
}

function maxBytesOf(text: string): number {
  const bytes = parseByteSize(text);
  if (!bytes) throw new UsageError(`--max-size ${text}: expected a size such as 50MB, 800k or 1048576`);
  return bytes;
}

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'EACCES') return 'permission denied';
  if (e?.code === 'EISDIR') return 'is a folder';
  if (e?.code === 'ENOENT') return 'no such file';
  if (e?.code === 'ENOTDIR') return 'a part of the path is not a folder';
  if (e?.code === 'ELOOP') return 'symbolic link loop';
  return e?.message ?? String(error);
}

function warn(message: string): void {
  process.stderr.write(`plans: ${message}\n`);
}
