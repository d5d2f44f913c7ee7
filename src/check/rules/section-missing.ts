// The parts a plan is expected to have: purpose and requirements, tasks, organisation of
// implementation, funding (state plans: the budget law asks where the money comes from),
// "Nơi nhận" and the signature block. Party plans carry no funding section.
import { flattenSections } from '../../parse/section-tree.js';
import { fold } from '../../vocab/fold.js';
import { lastTextLine, spanOnLine, wholeLine } from '../locate.js';
import type { Extraction } from '../../extract/index.js';
import type { Finding, Rule, Span } from '../types.js';

type Part = 'purpose' | 'tasks' | 'organisation' | 'funding' | 'recipients' | 'signature';
const PARTS: Part[] = ['purpose', 'tasks', 'organisation', 'funding', 'recipients', 'signature'];

/** Words a heading of each part holds (folded); any heading at any level will do. */
const HEADING_WORDS: Record<'purpose' | 'tasks' | 'organisation' | 'funding', string[]> = {
  purpose: ['mục đích', 'yêu cầu', 'quan điểm', 'mục tiêu'],
  tasks: ['nhiệm vụ', 'giải pháp'],
  organisation: ['tổ chức thực hiện'],
  funding: ['kinh phí', 'nguồn lực', 'nguồn vốn'],
};

const NAMES: Record<Part, string> = {
  purpose: 'purpose and requirements section ("MỤC ĐÍCH, YÊU CẦU")',
  tasks: 'tasks section ("NHIỆM VỤ, GIẢI PHÁP")',
  organisation: 'organisation section ("TỔ CHỨC THỰC HIỆN")',
  funding: 'funding section ("KINH PHÍ THỰC HIỆN")',
  recipients: '"Nơi nhận" list',
  signature: 'signature block (TM. / KT. …, the title and the name)',
};

export const sectionMissing: Rule = {
  meta: {
    id: 'section-missing',
    description: 'An expected part is missing: purpose, tasks, organisation, funding (state plans), "Nơi nhận", signature.',
    severity: 'warning',
    options: {
      type: 'object',
      properties: { require: { type: 'array', items: { type: 'string', enum: PARTS }, description: `the parts to require, of ${PARTS.join(', ')} (default: all)` } },
      additionalProperties: false,
    },
    docs: 'A part counts as present when any heading holds its words ("mục đích", "yêu cầu", "mục tiêu"; "nhiệm vụ", "giải pháp"; "tổ chức thực hiện"; "kinh phí", "nguồn lực"). Funding is required of state plans only. Limit the parts with `{"require": ["tasks", "organisation"]}`.',
    examples: {
      bad: ['Số: 12/KH-UBND\nSơn La, ngày 10 tháng 8 năm 2025\nKẾ HOẠCH\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nNội dung.\n\nII. NHIỆM VỤ\n\nNội dung.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ chủ trì.'],
      good: ['Số: 12/KH-UBND\nSơn La, ngày 10 tháng 8 năm 2025\nKẾ HOẠCH\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nNội dung.\n\nII. NHIỆM VỤ\n\nNội dung.\n\nIII. KINH PHÍ THỰC HIỆN\n\nNgân sách tỉnh.\n\nIV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ chủ trì.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An'],
    },
  },
  check({ extraction }, options) {
    const required = (options.require as Part[] | undefined) ?? PARTS;
    const missing = required.filter((part) => !present(extraction, part));
    return missing.map((part): Finding => ({ ...where(extraction, part), message: `The plan is missing its ${NAMES[part]}.` }));
  },
};

function present(extraction: Extraction, part: Part): boolean {
  const { record, recipientsLine } = extraction;
  if (part === 'recipients') return recipientsLine !== null;
  if (part === 'signature') return record.signer !== null;
  if (part === 'funding' && record.issuer.system === 'party') return true;
  const titles = flattenSections(record.sections).map((s) => fold(s.title));
  return titles.some((title) => HEADING_WORDS[part].some((w) => title.includes(w)));
}

/** Body parts are reported at the first section heading (or the type name), the end parts at the end. */
function where(extraction: Extraction, part: Part): Span {
  const { plan, record } = extraction;
  if (part === 'recipients' || part === 'signature') return wholeLine(plan, lastTextLine(plan));
  const first = record.sections[0];
  return first ? spanOnLine(plan, first.line, first.label) : wholeLine(plan, lastTextLine(plan));
}
