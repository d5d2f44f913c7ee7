// One document cited with two different dates or two different issuers: one of the citations is
// wrong (a copied date, a confused Chỉ thị number), and a reader cannot tell which.
import { citationsOf, type Citation } from '../citations.js';
import { spanInBlock } from '../locate.js';
import { STANDING_BODIES } from '../../vocab/agency-words.js';
import { fold } from '../../vocab/fold.js';
import { noOptions, type Finding, type Rule } from '../types.js';
import type { PlanText } from '../../parse/plan-text.js';

export const referenceConflict: Rule = {
  meta: {
    id: 'reference-conflict',
    description: 'The same document symbol is cited with different dates or issuers.',
    severity: 'error',
    options: noOptions(),
    docs: 'Each citation is compared with the first one that gave a date (or an issuer). Issuers conflict only when neither name contains the other ("Ban Bí thư" and "Ban Bí thư Trung ương Đảng" agree). The finding points at the earlier citation too.',
    examples: {
      bad: ['KẾ HOẠCH\n\nThực hiện Chỉ thị số 37-CT/TW, ngày 10/7/2024 của Ban Bí thư.\n\nI. MỤC ĐÍCH\n\nQuán triệt Chỉ thị số 37-CT/TW, ngày 17/7/2024 của Ban Bí thư.'],
      good: ['KẾ HOẠCH\n\nThực hiện Chỉ thị số 37-CT/TW, ngày 10/7/2024 của Ban Bí thư.\n\nI. MỤC ĐÍCH\n\nQuán triệt Chỉ thị số 37-CT/TW, ngày 10/7/2024 của Ban Bí thư Trung ương Đảng.'],
    },
  },
  check({ extraction }) {
    const { plan, record } = extraction;
    const firstDated = new Map<string, Citation>();
    const firstIssued = new Map<string, Citation>();
    const findings: Finding[] = [];
    for (const citation of citationsOf(plan, record.document.number)) {
      const dated = firstDated.get(citation.key);
      if (citation.date && dated && dated.date !== citation.date) {
        findings.push(conflict(plan, citation, dated, `${citation.hit.symbol} is dated ${citation.date} here but ${dated.date} earlier.`));
      } else if (citation.date && !dated) firstDated.set(citation.key, citation);
      const issued = firstIssued.get(citation.key);
      if (citation.issuer && issued?.issuer && !sameIssuer(issued.issuer, citation.issuer)) {
        findings.push(conflict(plan, citation, issued, `${citation.hit.symbol} is issued by "${citation.issuer}" here but by "${issued.issuer}" earlier.`));
      } else if (citation.issuer && !issued) firstIssued.set(citation.key, citation);
    }
    return findings;
  },
};

function conflict(plan: PlanText, citation: Citation, earlier: Citation, message: string): Finding {
  return {
    ...spanInBlock(plan, citation.block, citation.hit.index, citation.hit.raw.length),
    message,
    related: { ...spanInBlock(plan, earlier.block, earlier.hit.index, earlier.hit.raw.length), message: 'first cited here' },
  };
}

/** Names agree when one holds the other; what follows " và " is cut first, as the issuer read
 * after a symbol can run on into the next phrase ("Ban Thường vụ Thành ủy và Kế hoạch này"). */
function sameIssuer(a: string, b: string): boolean {
  // "Bộ Lao động- Thương binh và Xã hội" is "Bộ Lao động - Thương binh và Xã hội"; "Ban thường vụ
  // Tỉnh ủy" issues for "Tỉnh ủy Lào Cai".
  const [x, y] = [a, b].map((name) => withoutStandingBody(fold(name).replace(/\s{0,3}[-–—]\s{0,3}/gu, ' - ').replace(/\s+/gu, ' ').split(' và ')[0].trim()));
  return x.includes(y) || y.includes(x);
}

function withoutStandingBody(name: string): string {
  const body = STANDING_BODIES.find((b) => name.startsWith(`${b} `));
  return body ? name.slice(body.length + 1) : name;
}
