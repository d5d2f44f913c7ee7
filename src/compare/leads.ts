// The leads view: who leads, coordinates and is responsible in each plan, one row per agency.
// Agencies are matched across plans by their catalogue id ("Sở LĐTB&XH" and "Sở Lao động - Thương
// binh và Xã hội" are one); an agency the catalogue lacks is matched by its folded, expanded name
// without the trailing place ("Đảng ủy Ủy ban nhân dân tỉnh" in Thái Nguyên and in Bắc Ninh).
import type { PlanRecord, Role } from '../model.js';
import { agencyId, expandAbbreviations } from '../vocab/agencies.js';
import { fold } from '../vocab/fold.js';
import { PROVINCE_NAMES } from '../vocab/provinces.js';
import type { PlanColumn } from './columns.js';

export interface RoleEntry {
  role: Role;
  agency: string;
  line: number;
  text: string;
}

export interface AgencyRow {
  /** Catalogue id, or null when the agency is matched by name only. */
  agencyId: string | null;
  agency: string;
  /** Column id → the agency's assignments in that plan, lead first. */
  cells: Record<string, RoleEntry[]>;
}

const ROLE_ORDER: Role[] = ['lead', 'coordinate', 'responsible'];

export function compareLeads(records: PlanRecord[], columns: PlanColumn[]): AgencyRow[] {
  const rows = new Map<string, AgencyRow>();
  // A corpus names the same agencies again and again: expand and fold each wording once.
  const named = new Map<string, { id: string | null; key: string; name: string }>();
  const identify = (agency: string, known: string | null) => {
    let hit = named.get(agency);
    if (!hit) {
      const name = withoutPlace(agency);
      const id = agencyId(agency);
      named.set(agency, (hit = { id, key: id ?? `name:${fold(name)}`, name }));
    }
    return known === null || known === hit.id ? hit : { ...hit, id: known, key: known };
  };
  records.forEach((record, i) => {
    for (const a of record.assignments) {
      const { id, key, name } = identify(a.agency, a.agencyId);
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { agencyId: id, agency: name, cells: {} }));
      else if (name.length < row.agency.length) row.agency = name; // the plainest wording names the row
      (row.cells[columns[i].id] ??= []).push({ role: a.role, agency: a.agency, line: a.line, text: a.text });
    }
  });
  for (const row of rows.values()) {
    for (const entries of Object.values(row.cells)) entries.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.line - b.line);
  }
  return [...rows.values()].sort(
    (a, b) => count(b, 'lead') - count(a, 'lead') || Object.keys(b.cells).length - Object.keys(a.cells).length || a.agency.localeCompare(b.agency, 'vi'),
  );
}

function count(row: AgencyRow, role: Role): number {
  return Object.values(row.cells).filter((entries) => entries.some((e) => e.role === role)).length;
}

const PLACE_WORDS = ['tỉnh', 'thành phố'];
const FOLDED_PROVINCES = PROVINCE_NAMES.map((p) => fold(p));

/** "UBMTTQ thành phố Hà Nội" → "Ủy ban Mặt trận Tổ quốc": one name for the same body in every province. */
export function withoutPlace(name: string): string {
  const full = expandAbbreviations(name);
  let f = fold(full); // fold keeps length, so its cuts apply to the original
  const province = FOLDED_PROVINCES.find((p) => f.endsWith(` ${p}`));
  if (province) f = f.slice(0, -province.length - 1);
  // "… các huyện, thành phố" lists the bodies; only a place word ending the name is its place.
  const place = PLACE_WORDS.find((w) => f.endsWith(` ${w}`) && !f.endsWith(`, ${w}`));
  if (place) f = f.slice(0, -place.length - 1);
  return full.slice(0, f.length);
}
