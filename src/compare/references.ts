// The references view: which documents each plan implements and cites (one row per document), and
// each plan's chain upwards: its ancestors in the set (see parents.ts), the documents above them
// that the set does not hold, and the central documents (Party Central, Government, ministries) at the top.
import type { PlanRecord, Reference } from '../model.js';
import { ISSUER_CODES } from '../vocab/issuer-codes.js';
import type { PlanColumn } from './columns.js';
import { symbolKey } from './parents.js';

export interface ReferenceRow {
  symbol: string;
  type: string | null;
  issuer: string | null;
  central: boolean;
  /** Column id → how that plan names the document. */
  cells: Record<string, { relation: Reference['relation']; mentions: number; line: number }>;
}

export interface ReferenceChain {
  column: string;
  /** The plan and its ancestors in the set, nearest first. */
  plans: string[];
  /** Documents the top plan implements that are neither in the set nor central. */
  outside: string[];
  /** Central documents the chain implements. */
  central: string[];
}

export interface ReferenceComparison {
  rows: ReferenceRow[];
  chains: ReferenceChain[];
}

const CENTRAL_CODES = new Set(ISSUER_CODES.filter((c) => c.level === 'central').map((c) => c.code.toLowerCase()));

/** "37-CT/TW" → TW, "1017/QĐ-TTg" → TTg, "113/2025/NQ-HĐND" → HĐND: the issuer code ends the symbol. */
export function isCentralSymbol(symbol: string): boolean {
  const code = /[-/]([\p{L}&]{1,12})$/u.exec(symbol)?.[1]; // "…/TW", "…-TTg"
  return code !== undefined && CENTRAL_CODES.has(code.toLowerCase());
}

export function compareReferences(records: PlanRecord[], columns: PlanColumn[], parents: Map<number, number>): ReferenceComparison {
  const rows = new Map<string, ReferenceRow>();
  records.forEach((record, i) => {
    for (const ref of record.references) {
      const key = symbolKey(ref.symbol);
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { symbol: ref.symbol, type: ref.type, issuer: ref.issuer, central: isCentralSymbol(ref.symbol), cells: {} }));
      row.issuer ??= ref.issuer;
      row.cells[columns[i].id] = { relation: ref.relation, mentions: ref.mentions, line: ref.line };
    }
  });
  const implementers = (row: ReferenceRow) => Object.values(row.cells).filter((c) => c.relation === 'implements').length;
  const sorted = [...rows.values()].sort(
    (a, b) => Number(b.central) - Number(a.central) || implementers(b) - implementers(a) || Object.keys(b.cells).length - Object.keys(a.cells).length || a.symbol.localeCompare(b.symbol),
  );
  const inSet = new Set(records.flatMap((r) => (r.document.number ? [symbolKey(r.document.number)] : [])));
  return { rows: sorted, chains: records.map((_, i) => chainOf(i, records, columns, parents, inSet)) };
}

function chainOf(start: number, records: PlanRecord[], columns: PlanColumn[], parents: Map<number, number>, inSet: Set<string>): ReferenceChain {
  const path = [start];
  for (let p = parents.get(start); p !== undefined && !path.includes(p); p = parents.get(p)) path.push(p);
  const implemented = (i: number) => records[i].references.filter((r) => r.relation === 'implements').map((r) => r.symbol);
  const top = path[path.length - 1];
  const central = [...new Set(path.flatMap(implemented).filter(isCentralSymbol))];
  const outside = implemented(top).filter((s) => !isCentralSymbol(s) && !inSet.has(symbolKey(s)));
  return { column: columns[start].id, plans: path.map((i) => columns[i].id), outside, central };
}
