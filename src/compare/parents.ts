// Which plan in the set implements which: a child names its parent with relation `implements`,
// and the symbol it writes equals the parent's own number once spaces and case are set aside
// ("Kế hoạch số 4656/KH-UBND" in the child, "Số: 4656/KH-UBND" in the parent).
import type { PlanRecord } from '../model.js';
import { fold } from '../vocab/fold.js';

export function symbolKey(symbol: string): string {
  return fold(symbol).replace(/\s+/g, ''); // "4656 / KH-UBND" → "4656/kh-ubnd"
}

/**
 * Child index → parent index, for every record whose implemented document is in the set; with
 * `parent` (the index of a plan the analyst names with --parent) every other record is its child.
 */
export function parentIndex(records: PlanRecord[], parent?: number): Map<number, number> {
  if (parent !== undefined) return new Map(records.flatMap((_, i) => (i === parent ? [] : [[i, parent] as [number, number]])));
  const byNumber = new Map<string, number>();
  records.forEach((r, i) => {
    if (r.document.number && !byNumber.has(symbolKey(r.document.number))) byNumber.set(symbolKey(r.document.number), i);
  });
  const parents = new Map<number, number>();
  records.forEach((r, i) => {
    for (const ref of r.references) {
      if (ref.relation !== 'implements') continue;
      const parent = byNumber.get(symbolKey(ref.symbol));
      if (parent !== undefined && parent !== i) {
        parents.set(i, parent);
        break;
      }
    }
  });
  return parents;
}
