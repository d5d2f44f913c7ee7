// The parts a document is expected to have, by its kind, and the words of the headings that name
// each body part (folded: lower case, new tone placement). Source: Nghị định 30/2020/NĐ-CP (a text
// ends with its signature and "Nơi nhận"; Phụ lục III gives a plan's usual body: purpose and
// requirements, tasks, organisation of implementation), and the headings of the seeds, the dev set
// and corpus-2025, where the same part goes by many names.
import { ORGANISATION_TITLES } from './roles.js';

export type BodyPart = 'purpose' | 'tasks' | 'organisation' | 'funding';
export type Part = BodyPart | 'recipients' | 'signature';
export const PARTS: readonly Part[] = ['purpose', 'tasks', 'organisation', 'funding', 'recipients', 'signature'];

/** Words a heading of each part holds; a heading at any level will do. */
export const PART_HEADING_WORDS: Record<BodyPart, string[]> = {
  // "I. MỤC ĐÍCH, YÊU CẦU", "I. QUAN ĐIỂM" (a scheme), "II. MỤC TIÊU"
  purpose: ['mục đích', 'yêu cầu', 'quan điểm', 'mục tiêu'],
  // "II. NHIỆM VỤ, GIẢI PHÁP", "III. NHIỆM VỤ TRỌNG TÂM", "II. NỘI DUNG THỰC HIỆN", "II. NỘI DUNG THI
  // ĐUA", "IV. NỘI DUNG HOẠT ĐỘNG TRIỂN KHAI": what is to be done, under either name.
  tasks: ['nhiệm vụ', 'giải pháp', 'nội dung'],
  // "IV. TỔ CHỨC THỰC HIỆN", "IV. PHÂN CÔNG NHIỆM VỤ", "V. THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN"
  organisation: ORGANISATION_TITLES,
  // "IV. KINH PHÍ THỰC HIỆN", "IV. KINH PHÍ - NGUỒN HUY ĐỘNG", "V. NGUỒN LỰC THỰC HIỆN"
  funding: ['kinh phí', 'nguồn lực', 'nguồn vốn', 'ngân sách'],
};

/** What the finding calls each part: its usual heading. */
export const PART_NAMES: Record<Part, string> = {
  purpose: 'purpose and requirements section ("MỤC ĐÍCH, YÊU CẦU")',
  tasks: 'tasks section ("NHIỆM VỤ, GIẢI PHÁP" or "NỘI DUNG")',
  organisation: 'organisation section ("TỔ CHỨC THỰC HIỆN")',
  funding: 'funding section ("KINH PHÍ THỰC HIỆN")',
  recipients: '"Nơi nhận" list',
  signature: 'signature block (TM. / KT. …, the title and the name)',
};

/**
 * The parts expected of each kind of document. A plan, programme or scheme has a body of its own
 * (a decision that issues or approves one carries it); funding is asked only when a configuration
 * requires it, because many plans rightly have none (an emulation campaign, a budget plan that is
 * all about money). Any other issued text (a decision that adopts a regulation or a list, a
 * directive, a resolution, a report) has its own body, so only the end parts are expected. A text
 * with no document type (a web page quoting a plan, a note) is no issued text: nothing is expected.
 */
export const EXPECTED_PARTS: Record<'plan' | 'other', readonly Part[]> = {
  plan: ['purpose', 'tasks', 'organisation', 'recipients', 'signature'],
  other: ['recipients', 'signature'],
};
