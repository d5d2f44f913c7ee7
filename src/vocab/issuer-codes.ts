// Issuer codes at the end of a document symbol ("…/KH-UBND", "…-CT/TW") and whom they stand for.
// Source: Nghị định 30/2020/NĐ-CP Phụ lục III; Hướng dẫn 36-HD/VPTW; codes seen in plans.
// `byType` names the body when the code alone is ambiguous (TW: Ban Bí thư issues chỉ thị,
// Bộ Chính trị nghị quyết and kết luận).

export interface IssuerCode {
  code: string;
  name: string;
  system: 'state' | 'party';
  level: 'central' | 'province' | 'district-era' | 'commune';
  byType?: Record<string, string>;
}

export const ISSUER_CODES: IssuerCode[] = [
  { code: 'TW', name: 'Ban Chấp hành Trung ương Đảng', system: 'party', level: 'central', byType: { CT: 'Ban Bí thư', KL: 'Bộ Chính trị', QĐ: 'Bộ Chính trị', HD: 'Ban Bí thư' } },
  { code: 'BTGTW', name: 'Ban Tuyên giáo Trung ương', system: 'party', level: 'central' },
  { code: 'BTGDVTW', name: 'Ban Tuyên giáo và Dân vận Trung ương', system: 'party', level: 'central' },
  { code: 'BDVTW', name: 'Ban Dân vận Trung ương', system: 'party', level: 'central' },
  { code: 'BTCTW', name: 'Ban Tổ chức Trung ương', system: 'party', level: 'central' },
  { code: 'VPTW', name: 'Văn phòng Trung ương Đảng', system: 'party', level: 'central' },
  { code: 'TU', name: 'Tỉnh ủy', system: 'party', level: 'province' },
  { code: 'ThU', name: 'Thành ủy', system: 'party', level: 'province' },
  { code: 'HU', name: 'Huyện ủy', system: 'party', level: 'district-era' },
  { code: 'QU', name: 'Quận ủy', system: 'party', level: 'district-era' },
  { code: 'ĐU', name: 'Đảng ủy', system: 'party', level: 'commune' },
  { code: 'ĐĐ', name: 'Đảng đoàn', system: 'party', level: 'province' },
  { code: 'BCSĐ', name: 'Ban cán sự đảng', system: 'party', level: 'province' },
  { code: 'QH', name: 'Quốc hội', system: 'state', level: 'central' },
  { code: 'UBTVQH', name: 'Ủy ban Thường vụ Quốc hội', system: 'state', level: 'central' },
  { code: 'CP', name: 'Chính phủ', system: 'state', level: 'central' },
  { code: 'TTg', name: 'Thủ tướng Chính phủ', system: 'state', level: 'central' },
  { code: 'VPCP', name: 'Văn phòng Chính phủ', system: 'state', level: 'central' },
  { code: 'UBND', name: 'Ủy ban nhân dân', system: 'state', level: 'province' },
  { code: 'HĐND', name: 'Hội đồng nhân dân', system: 'state', level: 'province' },
  { code: 'BCA', name: 'Bộ Công an', system: 'state', level: 'central' },
  { code: 'BQP', name: 'Bộ Quốc phòng', system: 'state', level: 'central' },
  { code: 'BGDĐT', name: 'Bộ Giáo dục và Đào tạo', system: 'state', level: 'central' },
  { code: 'BLĐTBXH', name: 'Bộ Lao động - Thương binh và Xã hội', system: 'state', level: 'central' },
  { code: 'BNV', name: 'Bộ Nội vụ', system: 'state', level: 'central' },
  { code: 'BTC', name: 'Bộ Tài chính', system: 'state', level: 'central' },
  { code: 'BKHCN', name: 'Bộ Khoa học và Công nghệ', system: 'state', level: 'central' },
  { code: 'BTTTT', name: 'Bộ Thông tin và Truyền thông', system: 'state', level: 'central' },
  { code: 'BNNMT', name: 'Bộ Nông nghiệp và Môi trường', system: 'state', level: 'central' },
  { code: 'BYT', name: 'Bộ Y tế', system: 'state', level: 'central' },
  { code: 'BCT', name: 'Bộ Công Thương', system: 'state', level: 'central' },
];

const BY_CODE = new Map<string, IssuerCode>();
for (const c of ISSUER_CODES) if (!BY_CODE.has(c.code.toLowerCase())) BY_CODE.set(c.code.toLowerCase(), c);

/** The body a symbol's issuer code names, given the document type ("CT" + "TW" → Ban Bí thư). */
export function issuerOfCode(code: string, typeCode: string | null): string | null {
  const c = BY_CODE.get(code.toLowerCase());
  if (!c) return null;
  return (typeCode && c.byType?.[typeCode]) || c.name;
}
