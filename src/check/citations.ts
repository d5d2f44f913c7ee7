// Every citation of a document symbol, in text order, with the date and issuer written right after
// it. The plan record keeps one entry per symbol (its first date and issuer); the reference rules
// need each mention to compare them.
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
    for (const hit of findSymbols(block.text)) {
      const key = normalSymbol(hit.symbol);
      if (key === own) continue;
      const after = block.text.slice(hit.index + hit.raw.length, hit.index + hit.raw.length + 160);
      // Titles are in capitals ("… 37-CT/TW NGÀY 10/7/2024"); lower case keeps the length.
      const dated = dateAfter(after.toLocaleLowerCase('vi'));
      citations.push({ key, hit, block, date: dated?.iso ?? null, issuer: issuerAfter(dated ? after.slice(dated.length) : after) });
    }
  }
  return citations;
}
