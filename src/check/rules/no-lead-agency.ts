// The organisation section ("TỔ CHỨC THỰC HIỆN") names nobody who leads: every agency only
// coordinates or carries out, so no one owns the plan or reports on it.
import { fold } from '../../vocab/fold.js';
import { spanOnLine } from '../locate.js';
import { noOptions, type Rule } from '../types.js';

export const noLeadAgency: Rule = {
  meta: {
    id: 'no-lead-agency',
    description: 'The organisation section names no agency that leads ("chủ trì", "cơ quan thường trực", "đầu mối").',
    severity: 'warning',
    options: noOptions(),
    docs: 'Reads the assignments `plans extract` finds under the "TỔ CHỨC THỰC HIỆN" heading: at least one must be a lead ("Sở Nội vụ chủ trì, phối hợp …", "là cơ quan thường trực", "đầu mối"). Plans without that heading are left to `section-missing`.',
    examples: {
      bad: ['KẾ HOẠCH\n\nI. NHIỆM VỤ\n\nNội dung.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính phối hợp bố trí kinh phí.\n\n2. Sở Y tế phối hợp thực hiện.'],
      good: ['KẾ HOẠCH\n\nI. NHIỆM VỤ\n\nNội dung.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ chủ trì, phối hợp với các sở, ngành triển khai Kế hoạch.\n\n2. Sở Tài chính phối hợp bố trí kinh phí.'],
    },
  },
  check({ extraction }) {
    const { record, plan } = extraction;
    const organisation = record.sections.find((s) => fold(s.title).includes('tổ chức thực hiện'));
    if (!organisation) return [];
    const inside = (section: string | null) => section === organisation.id || Boolean(section?.startsWith(`${organisation.id}.`));
    if (record.assignments.some((a) => a.role === 'lead' && inside(a.section))) return [];
    return [{ ...spanOnLine(plan, organisation.line, organisation.title), message: `"${organisation.label}. ${organisation.title}" names no agency that leads (chủ trì).` }];
  },
};
