// An agency that no longer exists on the plan's date (or `--as-of`), named with its successor:
// a plan dated after the 2025 reorganisation that assigns work to "Sở Lao động - Thương binh và
// Xã hội" sends it nowhere. The renames are data (src/vocab/agency-renames.ts, with sources).
import { findSymbols } from '../../extract/references.js';
import { AGENCY_RENAMES, type AgencyRename } from '../../vocab/agency-renames.js';
import { fold } from '../../vocab/fold.js';
import { spanInBlock } from '../locate.js';
import { noOptions, type Finding, type Rule } from '../types.js';

/** Folded, with en and em dashes as hyphens (same length, so offsets survive). */
const matchKey = (text: string) => fold(text).replace(/[–—]/g, '-');

const NEEDLES = AGENCY_RENAMES.flatMap((rename) => rename.names.map((name) => ({ rename, needle: matchKey(name) })));

export const agencyRenamed: Rule = {
  meta: {
    id: 'agency-renamed',
    description: 'An agency named in the plan no longer exists at the plan\'s date; its successor is suggested.',
    severity: 'warning',
    options: noOptions(),
    docs: 'Judged at `--as-of DATE` when given, else at the plan\'s own date, else at the earliest the text can have been written (after every document it cites, within the year of a blank date "ngày tháng năm 2025"), else today. The catalogue holds the 2025 mergers of ministries (Nghị quyết 176/2025/QH15) and provincial departments (Nghị định 45/2025/NĐ-CP) from 01/3/2025 and the end of district-level government on 01/7/2025 (Nghị quyết 203/2025/QH15). An agency named as the issuer of a cited document ("Quyết định số … của Bộ Lao động - Thương binh và Xã hội", also among joint issuers) is history, not an assignment, and passes.',
    examples: {
      bad: ['Số: 12/KH-UBND\nSơn La, ngày 10 tháng 8 năm 2025\nKẾ HOẠCH\n\nI. TỔ CHỨC THỰC HIỆN\n\n1. Sở Lao động - Thương binh và Xã hội chủ trì triển khai Kế hoạch.'],
      good: [
        'Số: 12/KH-UBND\nSơn La, ngày 10 tháng 8 năm 2025\nKẾ HOẠCH\n\nI. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ chủ trì triển khai Kế hoạch.',
        'Số: 12/KH-UBND\nSơn La, ngày 10 tháng 10 năm 2024\nKẾ HOẠCH\n\nI. TỔ CHỨC THỰC HIỆN\n\n1. Sở Lao động - Thương binh và Xã hội chủ trì triển khai Kế hoạch.',
      ],
    },
  },
  check({ extraction, asOf }) {
    const { plan } = extraction;
    const findings: Finding[] = [];
    for (const block of plan.blocks) {
      const text = matchKey(block.text);
      for (const { rename, needle } of NEEDLES) {
        if (asOf < rename.ended) continue;
        for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
          if (!isWordAt(text, at, needle.length) || isCitedIssuer(block.text, at)) continue;
          findings.push({ ...spanInBlock(plan, block, at, needle.length), message: message(block.text.slice(at, at + needle.length), rename), suggestion: rename.successor });
        }
      }
    }
    return findings;
  },
};

function message(name: string, rename: AgencyRename): string {
  return `"${name}" no longer exists since ${rename.ended} (${rename.source}): its work passed to ${rename.successor}.`;
}

function isWordAt(text: string, at: number, length: number): boolean {
  return !/[\p{L}\d]/u.test(text[at - 1] ?? '') && !/[\p{L}\d&]/u.test(text[at + length] ?? '');
}

/**
 * "… số 1017/QĐ-TTg ngày 21/9/2024 của Bộ Lao động …": the issuer of an earlier document, alone or
 * among joint issuers ("Thông tư liên tịch số 07/2016/TTTLT-BYT-BTC-BLĐTBXH ngày 15/4/2016 của Bộ
 * Y tế - Bộ Tài chính - Bộ Lao động …").
 */
function isCitedIssuer(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at);
  const by = Math.max(before.lastIndexOf('của '), before.lastIndexOf('do '));
  if (by < 0 || findSymbols(before.slice(0, by)).length === 0) return false;
  // Between "của" and the name only other issuers may stand, each opening with a capital.
  const others = before.slice(before.indexOf(' ', by) + 1).split(JOINT_ISSUERS);
  return others.at(-1)!.trim() === '' && others.slice(0, -1).every((name) => /^\p{Lu}[^;:.()]*$/u.test(name.trim()));
}
const JOINT_ISSUERS = /\s[-–]\s|,\s|\svà\s/u;
