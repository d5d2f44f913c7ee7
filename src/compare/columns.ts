// One column per plan: a stable, unique id from the source path, and a label an analyst reads
// (the province; its document type and number too when the province has several plans).
import type { PlanRecord } from '../model.js';
import { fold } from '../vocab/fold.js';

export interface PlanColumn {
  id: string;
  label: string;
  province: string | null;
  type: string | null;
  number: string | null;
  source: string;
}

export function planColumns(records: PlanRecord[]): PlanColumn[] {
  const ids = uniqueIds(records.map((r) => r.source.path));
  // A plan without a known province is labelled by its issuer, or failing that by its file.
  const provinces = records.map((r, i) => r.issuer.province ?? r.issuer.name ?? ids[i]);
  const perProvince = new Map<string, number>();
  for (const p of provinces) perProvince.set(fold(p), (perProvince.get(fold(p)) ?? 0) + 1);
  const labels = records.map((r, i) => {
    const province = provinces[i];
    if ((perProvince.get(fold(province)) ?? 0) < 2) return province;
    return [province, r.document.type, r.document.number ?? ids[i]].filter(Boolean).join(' ');
  });
  const seen = new Map<string, number>();
  for (const l of labels) seen.set(l, (seen.get(l) ?? 0) + 1);
  return records.map((r, i) => ({
    id: ids[i],
    label: (seen.get(labels[i]) ?? 0) > 1 ? `${labels[i]} [${ids[i]}]` : labels[i],
    province: r.issuer.province,
    type: r.document.type,
    number: r.document.number,
    source: r.source.path,
  }));
}

/** File stems ("003_b0cbec9ec4bcda71"), lengthened by parent folders, then numbered, until unique. */
export function uniqueIds(paths: string[]): string[] {
  // The extension goes (".txt" of "seeds/002_x.txt"), then the path splits into folders.
  const parts = paths.map((p) => (p === '-' ? ['stdin'] : p.replace(/\.[^./]*$/, '').split('/').filter((s) => s && s !== '.')));
  const depth = parts.map(() => 1);
  const idOf = (i: number) => parts[i].slice(-depth[i]).join('/');
  for (let changed = true; changed; ) {
    changed = false;
    const groups = new Map<string, number[]>();
    parts.forEach((_, i) => {
      const members = groups.get(idOf(i));
      if (members) members.push(i);
      else groups.set(idOf(i), [i]);
    });
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      for (const i of members) {
        if (depth[i] < parts[i].length) {
          depth[i]++;
          changed = true;
        }
      }
    }
  }
  const count = new Map<string, number>();
  return parts.map((_, i) => {
    const id = idOf(i);
    const n = (count.get(id) ?? 0) + 1;
    count.set(id, n);
    return n === 1 ? id : `${id}~${n}`;
  });
}
