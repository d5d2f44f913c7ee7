// Every citation of a document symbol, in text order, with the date and issuer written right after
// it. The plan record keeps one entry per symbol (its first date and issuer); the reference rules
// need each mention to compare them. Symbols listed before one date share it: "số 008/CĐ-UBND và
// số 009/CĐ-UBND ngày 19/11/2025".
import type { PlanText } from '../parse/plan-text.js';
import type { Block } from '../text/blocks.js';
import { dateAfter, findSymbols, issuerAfter, normalSymbol, type SymbolHit } from '../extract/references.js';

export interface Citation {
  /** The folded symbol citations of one document share. */
  key: string;
  hit: SymbolHit;
  block: Block;
  date: string | null;
  issuer: string | null;
}

export function citationsOf(plan: PlanText, ownNumber: string | null): Citation[] {
  const own = ownNumber ? normalSymbol(ownNumber) : null;
  const citations: Citation[] = [];
  for (const block of plan.blocks) {
    const inBlock: Citation[] = [];
    for (const hit of findSymbols(block.text)) {
      const key = normalSymbol(hit.symbol);
      if (key === own) continue;
      const after = block.text.slice(hit.index + hit.raw.length, hit.index + hit.raw.length + 160);
      // Titles are in capitals ("… 37-CT/TW NGÀY 10/7/2024"); lower case keeps the length.
      const dated = dateAfter(after.toLocaleLowerCase('vi'));
      inBlock.push({ key, hit, block, date: dated?.iso ?? null, issuer: issuerAfter(dated ? after.slice(dated.length) : after) });
    }
    for (let i = inBlock.length - 2; i >= 0; i--) {
      const [here, next] = [inBlock[i], inBlock[i + 1]];
      const between = block.text.slice(here.hit.index + here.hit.raw.length, next.hit.index);
      if (here.date === null && next.date !== null && LISTED_BEFORE.test(between) && yearAgrees(here.hit.symbol, next.date)) here.date = next.date;
    }
    for (const citation of inBlock) citations.push(citation);
  }
  return citations;
}

/** A symbol that carries its year ("37/2019/NĐ-CP") takes only a date of that year. */
function yearAgrees(symbol: string, iso: string): boolean {
  const year = /^\d{1,5}\/(\d{4})\//u.exec(symbol)?.[1];
  return year === undefined || iso.startsWith(year);
}

/** What stands between two symbols of one list: "và số", ", số", "và". */
const LISTED_BEFORE = /^\s{0,3}(?:,|và|,\s{0,3}và)\s{1,3}(?:số\s{1,3})?$/u;
