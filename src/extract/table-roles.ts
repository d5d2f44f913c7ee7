// Role columns in task tables: "| Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |".
// A name under "chủ trì" leads that task, names under "phối hợp" coordinate.
import type { Assignment, Role } from '../model.js';
import type { PlanText } from '../parse/plan-text.js';
import { agencyId } from '../vocab/agencies.js';
import { fold } from '../vocab/fold.js';
import { agencySubject, splitAgencies, startsWithAgency } from './agency-phrase.js';
import { rowQuote, tableRows } from './tables.js';

export function roleColumnAssignments(plan: PlanText): Assignment[] {
  const out: Assignment[] = [];
  for (const table of tableRows(plan)) {
    const columns = table.header.map((h) => fold(h));
    const roleOf = (c: number): Role | null =>
      /chủ trì/u.test(columns[c]) ? 'lead' : /phối hợp/u.test(columns[c]) ? 'coordinate' : null;
    for (const row of table.rows) {
      row.cells.forEach((cell, c) => {
        const role = roleOf(c);
        if (!role) return;
        for (const piece of splitAgencies(cell)) {
          if (!startsWithAgency(piece)) continue;
          // "Sở Khoa học và Công nghệ thúc đẩy, theo dõi": the name ends where the duty starts.
          const agency = agencySubject(piece)?.name ?? piece;
          out.push({ agency, agencyId: agencyId(agency), role, section: row.section, line: row.line, text: rowQuote(row.cells) });
        }
      });
    }
  }
  return out;
}
