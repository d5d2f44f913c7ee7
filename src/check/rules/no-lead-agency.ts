// The organisation section ("TỔ CHỨC THỰC HIỆN", "PHÂN CÔNG NHIỆM VỤ") names nobody who leads:
// every agency only coordinates or carries out, so no one owns the plan or reports on it. An
// agency that follows the whole plan and reports on it (FOCAL_DUTIES) leads in all but name. A
// Party programme assigns by leadership ("lãnh đạo, chỉ đạo"), not by a lead agency: not judged.
import type { PlanRecord, Section } from '../../model.js';
import { fold } from '../../vocab/fold.js';
import { FOCAL_DUTIES, FOLLOW_UP_VERBS, ORGANISATION_TITLES, THE_PLAN_ITSELF } from '../../vocab/roles.js';
import { spanOnLine } from '../locate.js';
import { noOptions, type Rule } from '../types.js';

export const noLeadAgency: Rule = {
  meta: {
    id: 'no-lead-agency',
    description: 'The organisation section names no agency that leads ("chủ trì", "cơ quan thường trực", "đầu mối").',
    severity: 'warning',
    options: noOptions(),
    docs: 'Reads the assignments `plans extract` finds under the organisation heading ("TỔ CHỨC THỰC HIỆN", "PHÂN CÔNG NHIỆM VỤ", "TRÁCH NHIỆM THỰC HIỆN"): at least one must lead ("Sở Nội vụ chủ trì, phối hợp …", "là cơ quan thường trực", "đầu mối"), or follow the whole plan and report on it ("tham mưu UBND tỉnh theo dõi, đôn đốc …", "tổng hợp, báo cáo"). Plans without that heading are left to `section-missing`; Party programmes, which assign by leadership ("lãnh đạo, chỉ đạo"), are not judged.',
    examples: {
      bad: ['KẾ HOẠCH\n\nI. NHIỆM VỤ\n\nNội dung.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính phối hợp bố trí kinh phí.\n\n2. Sở Y tế phối hợp thực hiện.'],
      good: ['KẾ HOẠCH\n\nI. NHIỆM VỤ\n\nNội dung.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ chủ trì, phối hợp với các sở, ngành triển khai Kế hoạch.\n\n2. Sở Tài chính phối hợp bố trí kinh phí.'],
    },
  },
  check({ extraction }) {
    const { record, plan } = extraction;
    if (record.issuer.system === 'party') return [];
    const organisation = organisationSection(record);
    if (!organisation) return [];
    const inside = (section: string | null) => section === organisation.id || Boolean(section?.startsWith(`${organisation.id}.`));
    const duties = record.assignments.filter((a) => inside(a.section));
    if (duties.some((a) => a.role === 'lead')) return [];
    // A duty's record holds its first clause; the follow-up is often a later one of the same item.
    const itemAt = new Map<number, string>();
    for (const block of plan.blocks) for (const line of block.lines) if (!itemAt.has(line)) itemAt.set(line, block.folded);
    if (duties.some((a) => followsThePlan(itemAt.get(a.line) ?? fold(a.text)))) return [];
    return [{ ...spanOnLine(plan, organisation.line, organisation.title), message: `"${organisation.label}. ${organisation.title}" names no agency that leads (chủ trì).` }];
  },
};

function followsThePlan(duty: string): boolean {
  const has = (phrase: string) => duty.includes(phrase);
  return FOCAL_DUTIES.some(has) || (FOLLOW_UP_VERBS.some(has) && THE_PLAN_ITSELF.some(has));
}

/**
 * The top-level section that is the organisation section: its title is the phrase and at most a
 * few words more ("TỔ CHỨC THỰC HIỆN KẾ HOẠCH", "THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN"), not a long
 * title that mentions it ("DỰ BÁO … VÀ CÁC GIẢI PHÁP TỔ CHỨC THỰC HIỆN KẾ HOẠCH TÀI CHÍNH …").
 */
function organisationSection(record: PlanRecord): Section | undefined {
  const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;
  return record.sections.find((s) => {
    const title = fold(s.title);
    return ORGANISATION_TITLES.some((phrase) => title.includes(phrase) && words(title) - words(phrase) <= MORE_WORDS);
  });
}
const MORE_WORDS = 4;
