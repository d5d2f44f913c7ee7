// Role columns in task tables: "| Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |".
// A name under "chủ trì" leads that task, names under "phối hợp" coordinate.
import type { Assignment, Role } from '../model.js';
import type { PlanText } from '../parse/plan-text.js';
import { agencyId } from '../vocab/agencies.js';
import { fold } from '../vocab/fold.js';
import { nameRunsOn } from '../vocab/agency-catalogue.js';
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
        for (const piece of namesInCell(row.cellPieces[c] ?? [cell])) {
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

/**
 * The agencies of a role cell. A cell written one line per agency ("Các sở, ngành, UBND xã, phường,
 * đặc khu" / "Sở Tài chính") starts a name at each line that opens one, unless the line before
 * left a list or a name open ("… và" / "Ban Chỉ huy" + "Bộ đội Biên phòng").
 */
function namesInCell(lines: string[]): string[] {
  if (lines.length === 1) return splitAgencies(lines[0]);
  const groups: string[] = [];
  for (const line of lines) {
    const last = groups[groups.length - 1];
    if (last !== undefined && !(startsWithAgency(line) && !/(?:[,;]|\svà)$/u.test(last) && !nameRunsOn(last, line))) groups[groups.length - 1] = `${last} ${line}`;
    else groups.push(line);
  }
  return groups.flatMap((g) => splitAgencies(g));
}
