// The first citation of a document gives no date. The rules on official documents (Nghị định
// 30/2020/NĐ-CP) cite a document by type, number, date and issuer the first time it is named;
// later mentions may be short.
import { citationsOf, type Citation } from '../citations.js';
import { spanInBlock } from '../locate.js';
import type { Finding, Rule } from '../types.js';

/** A state symbol that carries its year: "109/2022/NĐ-CP", "163/2024/QH15". */
const YEAR_IN_SYMBOL = /^\d{1,5}\/\d{4}\//;

export const referenceUndated: Rule = {
  meta: {
    id: 'reference-undated',
    description: 'The first citation of a document gives no date.',
    severity: 'warning',
    options: {
      type: 'object',
      properties: { yearInSymbol: { type: 'boolean', description: 'also report symbols that carry their year ("109/2022/NĐ-CP"); default false' } },
      additionalProperties: false,
    },
    docs: 'Give the date the first time a document is named ("Chỉ thị số 37-CT/TW, ngày 10/7/2024 của Ban Bí thư"). When a later citation has the date, the finding suggests it and points there. Symbols that carry their year ("109/2022/NĐ-CP", common in lists of decrees to amend) pass unless `{"yearInSymbol": true}`.',
    examples: {
      bad: ['KẾ HOẠCH\n\nThực hiện Chỉ thị số 37-CT/TW của Ban Bí thư về đào tạo nghề.\n\nI. MỤC ĐÍCH\n\nQuán triệt Chỉ thị số 37-CT/TW, ngày 10/7/2024 của Ban Bí thư.'],
      good: [
        'KẾ HOẠCH\n\nThực hiện Chỉ thị số 37-CT/TW, ngày 10/7/2024 của Ban Bí thư.\n\nI. MỤC ĐÍCH\n\nQuán triệt Chỉ thị số 37-CT/TW.',
        'KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW NGÀY 10/7/2024 CỦA BAN BÍ THƯ\n\nI. MỤC ĐÍCH\n\nSửa đổi Nghị định số 80/2020/NĐ-CP về quản lý vốn.',
      ],
    },
  },
  check({ extraction }, options) {
    const { plan, record } = extraction;
    const citations = citationsOf(plan, record.document.number);
    const seen = new Set<string>();
    const findings: Finding[] = [];
    for (const [i, citation] of citations.entries()) {
      if (seen.has(citation.key)) continue;
      seen.add(citation.key);
      if (citation.date || (!options.yearInSymbol && YEAR_IN_SYMBOL.test(citation.hit.symbol))) continue;
      if (inTitleOfPrevious(citation, citations[i - 1])) continue;
      const later = citations.find((c) => c.key === citation.key && c.date);
      const here = spanInBlock(plan, citation.block, citation.hit.index, citation.hit.raw.length);
      findings.push({
        ...here,
        message: `${citation.hit.symbol} is first cited without its date.`,
        ...(later
          ? {
              suggestion: `${citation.hit.symbol}, ngày ${isoToVietnamese(later.date!)}`,
              related: { ...spanInBlock(plan, later.block, later.hit.index, later.hit.raw.length), message: 'dated here' },
            }
          : {}),
      });
    }
    return findings;
  },
};

/**
 * A symbol in the subject of the document cited just before it, which is dated: "Kết luận số
 * 01-KL/TW ngày 15/8/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW về …". It
 * is part of that title, which a clerk does not rewrite.
 */
function inTitleOfPrevious(citation: Citation, previous: Citation | undefined): boolean {
  if (!previous || previous.block !== citation.block || previous.date === null) return false;
  const between = citation.block.folded.slice(previous.hit.index + previous.hit.raw.length, citation.hit.index);
  return between.includes(' về ') && !/[;:]/u.test(between);
}

/** "2024-07-10" → "10/7/2024", the way plans write dates. */
function isoToVietnamese(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${String(day).padStart(2, '0')}/${month}/${year}`;
}
