// The data tables behind agency-renamed and known-typo: well-formed, sourced, and each entry
// found by its rule in a sentence (and its correction not found).
import { describe, expect, it } from 'vitest';
import { AGENCY_RENAMES } from '../../src/vocab/agency-renames.js';
import { KNOWN_TYPOS } from '../../src/vocab/typos.js';
import { findingsOf } from './helpers.js';

const plan = (body: string) => `Số: 12/KH-UBND\nSơn La, ngày 10 tháng 8 năm 2025\nKẾ HOẠCH\n\nI. TỔ CHỨC THỰC HIỆN\n\n${body}\n`;

describe('AGENCY_RENAMES', () => {
  it.each(AGENCY_RENAMES.map((r) => [r.id, r]))('%s has a source, a real end date and a successor', (_id, rename) => {
    expect(rename.source).toMatch(/\d{1,3}\/2025\/(?:QH15|NĐ-CP)/);
    expect(rename.ended).toMatch(/^2025-0[37]-01$/);
    expect(rename.successor.length).toBeGreaterThan(3);
    expect(rename.names.length).toBeGreaterThan(0);
  });

  it.each(AGENCY_RENAMES.flatMap((r) => r.names.map((name) => [name, r.successor])))('"%s" is reported in a plan dated 2025-08-10', (name, successor) => {
    expect(findingsOf('agency-renamed', plan(`1. Giao ${name} chủ trì triển khai.`)).map((d) => d.suggestion)).toEqual([successor]);
  });

  it('the successors themselves pass', () => {
    const successors = ['Sở Nội vụ', 'Sở Tài chính', 'Sở Nông nghiệp và Môi trường', 'Sở Khoa học và Công nghệ', 'Sở Xây dựng', 'Bộ Nội vụ', 'Ủy ban nhân dân các xã, phường'];
    expect(findingsOf('agency-renamed', plan(successors.map((s, i) => `${i + 1}. ${s} chủ trì.`).join('\n\n')))).toEqual([]);
  });
});

describe('KNOWN_TYPOS', () => {
  it.each(KNOWN_TYPOS.map((t) => [t.wrong, t.right]))('"%s" is reported with "%s" as the fix, and the fix passes', (wrong, right) => {
    const sentence = (phrase: string) => plan(`Các đơn vị ${phrase} mạnh mẽ trong năm 2026.`);
    expect(findingsOf('known-typo', sentence(wrong)).map((d) => d.suggestion)).toEqual([right]);
    expect(findingsOf('known-typo', sentence(right))).toEqual([]);
  });
});
