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
  'Chính phủ', 'Thủ tướng', 'Thường trực', 'Đảng ủy', 'Tỉnh ủy', 'Thành ủy', 'Ban chỉ đạo',
  ...SIGNER_TITLES,
];

/** Authority marks that open a signature line: "TM.", "T/M", "KT.", "TL.", "TUQ.", "Q.". */
export const AUTHORITY_MARK = /^(?:T\/M|TM|KT|TL|TUQ|Q)\.?\s+(?=\p{Lu})/u;

export function properCase(upper: string): string {
  const lower = upper.toLocaleLowerCase('vi');
  for (const name of BODY_CASE) if (lower === name.toLocaleLowerCase('vi')) return name;
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}
