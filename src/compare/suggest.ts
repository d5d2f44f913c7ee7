// The aligned rows of a comparison written as catalogue entries for the analyst to review and pass
// back with --catalog: each entry named by its row's wording, its phrases the runs of words every
// plan's wording of it shares, its source the wordings themselves. Pure.
import { catalogueText, type IndicatorEntry } from '../vocab/indicators.js';
import { slug } from '../vocab/fold.js';
import type { TargetRow } from './targets.js';

export interface SuggestedEntry extends IndicatorEntry {
  /** Each plan's wording the entry was made from, to judge it by. */
  source: string[];
}

/** Runs shorter than this many words say too little to name a measure alone. */
const MIN_RUN_WORDS = 2;
const MAX_GROUPS = 6;

export function suggestCatalog(rows: TargetRow[]): { indicators: SuggestedEntry[] } {
  const byId = new Map<string, TargetRow[]>();
  for (const row of rows) {
    if (!row.aligned) continue;
    const list = byId.get(row.indicatorId);
    if (list) list.push(row);
    else byId.set(row.indicatorId, [row]);
  }
  const used = new Set<string>();
  const indicators: SuggestedEntry[] = [];
  for (const group of byId.values()) {
    const cells = group.flatMap((r) => Object.values(r.cells));
    const wordings = [...new Set(cells.map((c) => c.wording))];
    // Read as the catalogue matcher reads a wording, so each phrase is found again.
    const runs = sharedRuns(wordings.map((w) => catalogueText(w).trim()));
    if (!runs.length) continue;
    const name = group[0].indicator;
    let id = `suggested-${slug(name).slice(0, 48).replace(/-$/u, '')}`;
    for (let n = 2; used.has(id); n++) id = `${id.replace(/-\d+$/u, '')}-${n}`;
    used.add(id);
    indicators.push({ id, name, unit: cells[0].unit === '%' ? '%' : 'count', all: runs.map((r) => [r]), source: wordings });
  }
  return { indicators };
}

/** The longest runs of whole words found in every wording, longest first, none inside another. */
function sharedRuns(wordings: string[]): string[] {
  const [first, ...rest] = wordings;
  const words = first.split(' ');
  const inAll = (run: string) => rest.every((w) => ` ${w} `.includes(` ${run} `));
  const runs: string[] = [];
  for (let start = 0; start < words.length; start++) {
    let best = '';
    for (let end = start + MIN_RUN_WORDS; end <= words.length; end++) {
      const run = words.slice(start, end).join(' ');
      if (!inAll(run)) break;
      best = run;
    }
    if (best && !runs.some((r) => r.includes(best))) runs.push(best);
  }
  return runs.sort((a, b) => b.length - a.length).slice(0, MAX_GROUPS);
}
