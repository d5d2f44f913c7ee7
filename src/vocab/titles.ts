// Signature titles and authority marks of Vietnamese official documents, in their proper case.
// Source: Nghị định 30/2020/NĐ-CP Điều 12 (thẩm quyền ký: TM., KT., TL., TUQ., Q.) and
// Hướng dẫn 36-HD/VPTW (T/M for Party committees).

export const SIGNER_TITLES: string[] = [
  'Phó Chủ tịch', 'Chủ tịch', 'Phó Bí thư', 'Bí thư', 'Tổng Bí thư', 'Phó Thủ tướng', 'Thủ tướng',
  'Thứ trưởng', 'Bộ trưởng', 'Phó Giám đốc', 'Giám đốc', 'Phó Trưởng ban', 'Trưởng ban', 'Chánh Văn phòng',
  'Phó Chánh Văn phòng', 'Phó Trưởng phòng', 'Trưởng phòng', 'Ủy viên', 'Phó Chủ nhiệm', 'Chủ nhiệm',
];

/** Proper case of bodies named in authority lines ("T/M BAN THƯỜNG VỤ" → "T/M Ban Thường vụ"). */
export const BODY_CASE: string[] = [
  'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Ban Thường vụ', 'Ban Chấp hành', 'Ban Bí thư', 'Bộ Chính trị',
  'Chính phủ', 'Thủ tướng', 'Thường trực', 'Đảng ủy', 'Tỉnh ủy', 'Thành ủy', 'Ban chỉ đạo', 'Quốc hội',
  'Ủy ban Mặt trận Tổ quốc', 'Mặt trận Tổ quốc', 'Việt Nam', 'Đảng đoàn', 'Trung ương', 'Văn phòng',
  ...SIGNER_TITLES,
];

/** Authority marks that open a signature line: "TM.", "T/M", "KT.", "TL.", "TUQ.", "Q.". */
export const AUTHORITY_MARK = /^(?:T\/M|TM|KT|TL|TUQ|Q)\.?\s+(?=\p{Lu})/u;

const BODY_WORDS = new RegExp(
  `(?<!\\p{L})(?:${[...BODY_CASE].sort((a, b) => b.length - a.length).map((n) => n.toLocaleLowerCase('vi')).join('|')})(?!\\p{L})`,
  'gu',
);
const CASED_BODY = new Map(BODY_CASE.map((n) => [n.toLocaleLowerCase('vi'), n]));

/** "ĐẢNG ĐOÀN QUỐC HỘI" → "Đảng đoàn Quốc hội": capitals folded, body names keep theirs. */
export function properCase(upper: string): string {
  const lower = upper.toLocaleLowerCase('vi').replace(BODY_WORDS, (m) => CASED_BODY.get(m) ?? m);
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}
