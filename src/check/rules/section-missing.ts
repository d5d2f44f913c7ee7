// The parts a document of its kind is expected to have (src/vocab/plan-parts.ts): a plan's body
// (purpose, tasks, organisation; funding when asked), and of every issued text its "Nơi nhận" and
// signature block. A file that is no issued text (no document type) is not judged.
import { flattenSections } from '../../parse/section-tree.js';
import { fold } from '../../vocab/fold.js';
import { DECISION_FORMULAS, PLAN_TYPES, TYPE_HEADINGS } from '../../vocab/document-types.js';
import { EXPECTED_PARTS, PART_HEADING_WORDS, PART_NAMES, PARTS, type Part } from '../../vocab/plan-parts.js';
import { lastTextLine, spanOnLine, wholeLine } from '../locate.js';
import type { Extraction } from '../../extract/index.js';
import type { PlanRecord } from '../../model.js';
import type { Finding, Rule, Span } from '../types.js';

export const sectionMissing: Rule = {
  meta: {
    id: 'section-missing',
    description: 'An expected part is missing: of a plan, its purpose, tasks and organisation sections; of any issued text, "Nơi nhận" and the signature.',
    severity: 'warning',
    options: {
      type: 'object',
      properties: { require: { type: 'array', items: { type: 'string', enum: PARTS }, description: `the parts to require of a plan, of ${PARTS.join(', ')} (default: all but funding)` } },
      additionalProperties: false,
    },
    docs: 'A plan (KH, CTr, ĐA, or a decision or resolution that issues or approves one) should have a purpose, a tasks and an organisation section; any issued text a "Nơi nhận" list and a signature block. A part counts as present when any heading holds its words ("mục đích", "yêu cầu", "quan điểm", "mục tiêu"; "nhiệm vụ", "giải pháp", "nội dung"; "tổ chức thực hiện", "phân công nhiệm vụ", "trách nhiệm thực hiện"; "kinh phí", "nguồn lực", "ngân sách"). A decision that adopts a regulation or a list, a directive or a report is asked only for the end parts; a file with no document type (a web page, a note) for none. Ask for a funding section of state plans with `{"require": ["purpose", "tasks", "organisation", "funding", "recipients", "signature"]}`.',
    examples: {
      bad: ['Số: 12/KH-UBND\nSơn La, ngày 10 tháng 8 năm 2025\nKẾ HOẠCH\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nBảo đảm tiến độ.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ chủ trì.'],
      good: ['Số: 12/KH-UBND\nSơn La, ngày 10 tháng 8 năm 2025\nKẾ HOẠCH\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nNội dung.\n\nII. NHIỆM VỤ\n\nNội dung.\n\nIII. KINH PHÍ THỰC HIỆN\n\nNgân sách tỉnh.\n\nIV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ chủ trì.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An'],
    },
  },
  check({ extraction }, options) {
    const kind = documentKind(extraction.record);
    if (kind === null) return [];
    const required = kind === 'plan' ? ((options.require as Part[] | undefined) ?? EXPECTED_PARTS.plan) : EXPECTED_PARTS.other;
    const missing = required.filter((part) => !present(extraction, part));
    return missing.map((part): Finding => ({ ...where(extraction, part), message: `The ${kind === 'plan' ? 'plan' : 'document'} is missing its ${PART_NAMES[part]}.` }));
  },
};

/**
 * A plan, programme or scheme, or a decision or resolution whose title issues or approves one
 * ("Về việc ban hành Kế hoạch …", "Phê duyệt Đề án …"); another issued text; or none.
 */
function documentKind(record: PlanRecord): 'plan' | 'other' | null {
  const { type, title } = record.document;
  if (type === null) return null;
  if (PLAN_TYPES.includes(type)) return 'plan';
  const issued = fold(title ?? '').replace(/^về việc\s+/u, '');
  const formula = DECISION_FORMULAS.find((f) => issued.startsWith(`${f} `));
  if (!formula) return 'other';
  const carried = issued.slice(formula.length + 1);
  return PLAN_TYPE_NAMES.some((name) => carried.startsWith(name)) ? 'plan' : 'other';
}

/** "kế hoạch", "chương trình", "đề án" (folded), as a decision's title names what it issues. */
const PLAN_TYPE_NAMES = TYPE_HEADINGS.filter((h) => PLAN_TYPES.includes(h.code)).map((h) => fold(h.words));

function present(extraction: Extraction, part: Part): boolean {
  const { record, recipientsLine } = extraction;
  if (part === 'recipients') return recipientsLine !== null;
  if (part === 'signature') return record.signer !== null;
  if (part === 'funding' && record.issuer.system === 'party') return true;
  const titles = flattenSections(record.sections).map((s) => fold(s.title));
  return titles.some((title) => PART_HEADING_WORDS[part].some((w) => title.includes(w)));
}

/** Body parts are reported at the first section heading (or the type name), the end parts at the end. */
function where(extraction: Extraction, part: Part): Span {
  const { plan, record } = extraction;
  if (part === 'recipients' || part === 'signature') return wholeLine(plan, lastTextLine(plan));
  const first = record.sections[0];
  return first ? spanOnLine(plan, first.line, first.label) : wholeLine(plan, lastTextLine(plan));
}
