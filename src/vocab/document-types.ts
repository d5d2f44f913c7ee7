// Document type codes and names. Source: Nghị định 30/2020/NĐ-CP, Phụ lục III (state documents)
// and Hướng dẫn 36-HD/VPTW 2018 (Party documents: "Số 37-CT/TW"), plus the codes seen in plans.

export interface DocumentType {
  code: string;
  name: string;
  /** Name as it opens a reference: "Chỉ thị số 37-CT/TW". */
  aliases?: string[];
}

export const DOCUMENT_TYPES: DocumentType[] = [
  { code: 'KH', name: 'Kế hoạch' },
  { code: 'CTr', name: 'Chương trình', aliases: ['Chương trình hành động', 'Chương trình công tác'] },
  { code: 'CT', name: 'Chỉ thị' },
  { code: 'NQ', name: 'Nghị quyết' },
  { code: 'QĐ', name: 'Quyết định' },
  { code: 'HD', name: 'Hướng dẫn' },
  { code: 'KL', name: 'Kết luận' },
  { code: 'BC', name: 'Báo cáo' },
  { code: 'TB', name: 'Thông báo' },
  { code: 'TTr', name: 'Tờ trình' },
  { code: 'CV', name: 'Công văn' },
  { code: 'QC', name: 'Quy chế' },
  { code: 'QyĐ', name: 'Quy định' },
  { code: 'ĐA', name: 'Đề án' },
  { code: 'NĐ', name: 'Nghị định' },
  { code: 'TT', name: 'Thông tư' },
  { code: 'TTLT', name: 'Thông tư liên tịch' },
  { code: 'CĐ', name: 'Công điện' },
  { code: 'L', name: 'Luật' },
  { code: 'PL', name: 'Pháp lệnh' },
  { code: 'TC', name: 'Tờ trình' },
  { code: 'KLTT', name: 'Kết luận thanh tra' },
];

const BY_CODE = new Map(DOCUMENT_TYPES.map((t) => [t.code.toLowerCase(), t]));

export function typeByCode(code: string): DocumentType | null {
  return BY_CODE.get(code.toLowerCase()) ?? null;
}

/** Type names as they head a document ("KẾ HOẠCH"), longest first so "Chương trình hành động" wins. */
export const TYPE_HEADINGS: Array<{ code: string; words: string }> = DOCUMENT_TYPES.flatMap((t) =>
  [t.name, ...(t.aliases ?? [])].map((words) => ({ code: t.code, words })),
).sort((a, b) => b.words.length - a.words.length);

/** The type named by the words before a reference number: "Nghị quyết số 163/2024/QH15" → NQ. */
export function typeByName(words: string): DocumentType | null {
  const lower = words.toLowerCase();
  const hit = TYPE_HEADINGS.find((h) => lower.endsWith(h.words.toLowerCase()));
  return hit ? typeByCode(hit.code) : null;
}

/**
 * How a decision's first article issues the text it carries (folded): "Điều 1. Ban hành kèm theo
 * Quyết định này Kế hoạch …", "Điều 1. Phê duyệt Đề án …". Source: Nghị định 30/2020/NĐ-CP, Phụ lục
 * I (the form of a decision), and the decisions of the dev set.
 */
export const DECISION_FORMULAS: string[] = ['ban hành kèm theo', 'phê duyệt', 'ban hành'];

/** Types whose text assigns work to agencies: a plan, a programme, a scheme (a record of one with no assignment is worth a warning). */
export const PLAN_TYPES: string[] = ['KH', 'CTr', 'ĐA'];
