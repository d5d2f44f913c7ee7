// The issuer: the body that issues the plan, read from the opening ("Ủy ban nhân dân tỉnh ban hành
// Kế hoạch …"), the header ("ỦY BAN NHÂN DÂN / TỈNH BẮC NINH"), the signature ("TM. ỦY BAN NHÂN DÂN")
// and the digital stamp ("Ký bởi: Tỉnh ủy Thái Nguyên"); its province may come from elsewhere in
// the text ("trên địa bàn tỉnh Sơn La").
import type { Evidence, Issuer, IssuerLevel } from '../model.js';
import { openingBlocks, type PlanText } from '../parse/plan-text.js';
import { blockLine } from '../text/blocks.js';
import { capitalisePortfolios, expandAbbreviations } from '../vocab/agencies.js';
import { TYPE_HEADINGS } from '../vocab/document-types.js';
import { fold } from '../vocab/fold.js';
import { issuerOfCode } from '../vocab/issuer-codes.js';
import { canonicalProvince, capitaliseNamedProvinces, capitaliseProvinces, countNamedProvinces, firstProvinceIn, isCentralCity, PROVINCE_NAMES } from '../vocab/provinces.js';
import { properCase } from '../vocab/titles.js';

/** "Từ tình hình trên, Bộ Chính trị yêu cầu": a body that asks, resolves or concludes in the opening. */
const SPEAKS = /(?:^|[.;:,]\s{0,3})(\p{Lu}[^.;:,()]{2,60}?)\s{1,3}(?:yêu cầu|quyết nghị|kết luận)\s/gu;
const STATE_BODY = /^(?:ủy ban nhân dân|hội đồng nhân dân)/u;
/** "…, Ban Thường vụ Tỉnh ủy Thái Nguyên ban hành Chương trình": the subject before "ban hành". */
const ISSUES = /(?:^|[.;,)]\s{0,3})(\p{Lu}[^.;,()]{2,120}?)\s{1,3}ban hành\s{1,3}(?:\p{L}{1,12}\s{1,3}){0,3}?(?:[Kk]ế hoạch|[Cc]hương trình|[Nn]ghị quyết|[Qq]uyết định|[Cc]hỉ thị|[Hh]ướng dẫn|[Kk]ết luận|[Đđ]ề án)/gu;
/** A header line that names a body (not a place): "ĐẢNG ỦY …", "SỞ Y TẾ", "BAN CHẤP HÀNH …". */
const BODY_START = /^(?:ĐẢNG BỘ|ĐẢNG (?:ỦY|UỶ)|ĐẢNG ĐOÀN|BAN |BỘ |SỞ |(?:ỦY|UỶ) BAN|UBND|HỘI ĐỒNG|HĐND|(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ) (?:ỦY|UỶ)(?!\p{L})|CHÍNH PHỦ|THỦ TƯỚNG|QUỐC HỘI|VĂN PHÒNG)/u;
/** A body's standing organ, named in a header under the body itself. */
const ORGAN = /^(?:BAN THƯỜNG TRỰC|BAN THƯỜNG VỤ|THƯỜNG TRỰC)$/u;
/** The Front and the mass organisations: neither state nor party bodies. */
const FRONT = /^(?:(?:ban thường trực|ban chấp hành|ban thường vụ|ủy ban)\s){0,2}(?:mặt trận tổ quốc|công đoàn|liên đoàn lao động|đoàn thanh niên|hội liên hiệp phụ nữ|hội nông dân|hội cựu chiến binh)/u;
/** Header lines of the issuing body, before the national motto. */
const MOTTO = /CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập\s*-\s*Tự do/u;
/** "Ký bởi: Tỉnh ủy Thái Nguyên" in a digital-signature stamp. */
const SIGNED_BY = /Ký bởi\s{0,2}:\s{0,2}(.{3,80})$/u;
/** "TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ". */
const ON_BEHALF = /^(?:T\/M|TM)\.?\s{1,3}(.{3,60})$/u;
const PARTY = /^(?:ban thường vụ|ban chấp hành|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy|đảng đoàn|ban cán sự|bộ chính trị|ban bí thư|ban tuyên giáo|ban dân vận|ban tổ chức|ban chỉ đạo .* ủy|thường trực (?:tỉnh|thành|huyện) ủy)/u;
const CENTRAL = /^(?:chính phủ|thủ tướng|quốc hội|ủy ban thường vụ quốc hội|bộ chính trị|ban bí thư|ban chấp hành trung ương|bộ \p{L}|ban .* trung ương)|(?:^|\s)(?:quốc hội|chính phủ|trung ương)$/u;

interface Candidate {
  name: string;
  line: number;
  text: string;
}

export interface IssuerHints {
  /** The symbol's issuer code ("UBND" in "177/KH-UBND"). */
  numberCode: string | null;
  typeName: string | null;
  /** The place of the header's date line, a province for most issuers. */
  place: string | null;
  /** The block under the type name ("CỦA BỘ CHÍNH TRỊ" under "NGHỊ QUYẾT"). */
  titleBlock: number | null;
}

export function extractIssuer(plan: PlanText, { numberCode, typeName, place, titleBlock }: IssuerHints): Issuer {
  const candidates = [
    ...fromOpening(plan, typeName), ...fromTitle(plan, titleBlock), ...fromHeader(plan), ...fromSignature(plan), ...fromRequest(plan),
  ];
  const evidence: Evidence[] = candidates.map((c) => ({ line: c.line, text: c.text }));
  let name = completest(candidates) ?? (numberCode ? issuerOfCode(numberCode, null) : null);
  if (!name) return { name: null, system: null, province: null, level: null, evidence };

  const evidenceText = candidates.map((c) => c.text).join(' ');
  const province =
    firstProvinceIn(name) ??
    firstProvinceIn(evidenceText) ??
    // A header in capitals: "ĐẢNG BỘ TỈNH NGHỆ AN" above "HUYỆN ỦY NAM ĐÀN".
    firstProvinceIn(capitaliseNamedProvinces(fold(evidenceText))) ??
    mostMentionedProvince(plan) ??
    (place ? canonicalProvince(place) : null);
  if (province && !firstProvinceIn(name) && needsPlace(name)) name = `${name} ${province}`;
  const f = fold(name);
  const system = PARTY.test(f) ? 'party' : FRONT.test(f) ? null : 'state';
  return { name, system, province: CENTRAL.test(f) ? null : province, level: levelOf(f, province), evidence };
}

/**
 * The first candidate, unless another one names the same body more fully: the opening's
 * "Ủy ban nhân dân xã" is "Ủy ban nhân dân xã Tân Hòa" in the header.
 */
function completest(candidates: Candidate[]): string | null {
  const first = candidates[0]?.name;
  if (!first) return null;
  const key = fold(first);
  const fuller = candidates.find((c) => c.name.length > first.length && fold(c.name).startsWith(`${key} `));
  return fuller?.name ?? first;
}

/**
 * "… Ủy ban nhân dân tỉnh ban hành Kế hoạch …" in the opening. A body that "đã ban hành" issued
 * another document; one that issues a document of this plan's own type comes first.
 */
function fromOpening(plan: PlanText, typeName: string | null): Candidate[] {
  const out: Array<Candidate & { ownType: boolean }> = [];
  for (const block of openingBlocks(plan)) {
    if (!block.folded.includes('ban hành')) continue;
    for (const m of block.text.matchAll(ISSUES)) {
      if (/\s(?:đã|vừa|từng)$/u.test(m[1])) continue;
      const name = cleanName(m[1]);
      const at = m.index! + m[0].indexOf(m[1]);
      const ownType = typeName !== null && fold(m[0]).endsWith(fold(typeName).split(' ')[0]);
      if (name) out.push({ name, line: blockLine(block, at), text: block.text.slice(at, at + m[1].length + 40).trim(), ownType });
    }
  }
  return out.sort((a, b) => Number(b.ownType) - Number(a.ownType));
}

/** "NGHỊ QUYẾT / CỦA BỘ CHÍNH TRỊ": a title that opens with "của" names the issuer. */
function fromTitle(plan: PlanText, titleBlock: number | null): Candidate[] {
  const block = titleBlock === null ? undefined : plan.blocks[titleBlock];
  const m = block ? /^(?:CỦA|CUA)\s((?:\p{Lu}+\s?){2,12})/u.exec(block.text) : null;
  if (!block || !m) return [];
  const name = cleanName(properCaseName(m[1].trim()));
  return name ? [{ name, line: block.lines[0], text: m[0].trim() }] : [];
}

function fromHeader(plan: PlanText): Candidate[] {
  const lines: Array<{ text: string; line: number }> = [];
  for (const block of plan.blocks.slice(0, 12)) {
    if (TYPE_HEADINGS.some((h) => block.folded.startsWith(fold(h.words)))) break;
    // The motto stands in the other column of the same header: read past it.
    if (MOTTO.test(block.text)) continue;
    if (/^Số\b/u.test(block.text) || /\d/.test(block.text)) continue;
    if (block.text === block.text.toLocaleUpperCase('vi') && block.text.length < 80) lines.push({ text: block.text, line: block.lines[0] });
  }
  // A header may name the superior body first ("ĐẢNG BỘ TỈNH LÀO CAI / ĐẢNG ỦY ỦY BAN NHÂN DÂN
  // TỈNH", "UBND TỈNH LÀO CAI / SỞ Y TẾ"): the issuer is the last body named; a place line
  // ("TỈNH BẮC NINH") belongs to the body above it.
  const starts = lines.map((l, i) => (BODY_START.test(l.text) ? i : -1)).filter((i) => i >= 0);
  const start = starts.pop() ?? 0;
  const own = lines.slice(start);
  if (!own.length) return [];
  // A standing organ is named with its body: "ỦY BAN MTTQ VIỆT NAM / XÃ LƯƠNG MINH / BAN THƯỜNG TRỰC"
  // is the "Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh".
  const parent = ORGAN.test(own[0].text) && starts.length ? lines.slice(starts[starts.length - 1], start) : [];
  const name = cleanName(properCaseName([...own, ...parent].map((l) => l.text).join(' ')));
  // The evidence keeps the superior body: "ĐẢNG BỘ TỈNH NGHỆ AN / HUYỆN ỦY NAM ĐÀN" places the issuer in its province.
  return name ? [{ name, line: own[0].line, text: lines.map((l) => l.text).join(' ') }] : [];
}

function fromSignature(plan: PlanText): Candidate[] {
  const out: Candidate[] = [];
  plan.cleanLines.forEach((line, i) => {
    const stamp = SIGNED_BY.exec(line);
    if (stamp) out.push({ name: cleanName(stamp[1]) ?? stamp[1], line: i + 1, text: line });
    const behalf = ON_BEHALF.exec(line);
    if (behalf) out.push({ name: properCaseName(behalf[1]), line: i + 1, text: line });
  });
  // The stamp names the body fully ("Tỉnh ủy Thái Nguyên"); T/M lines name only its organ.
  return out.sort((a, b) => Number(/^Ký bởi/.test(b.text)) - Number(/^Ký bởi/.test(a.text)));
}

/**
 * Last resort, for a copy that lost its header and signature: the body that speaks in the opening,
 * "Từ tình hình trên, Bộ Chính trị yêu cầu …", "Ban Bí thư kết luận như sau". Only a known kind of
 * body counts, so that "Các cấp ủy yêu cầu" or a sentence's subject phrase is not taken.
 */
function fromRequest(plan: PlanText): Candidate[] {
  const out: Candidate[] = [];
  for (const block of openingBlocks(plan)) {
    for (const m of block.text.matchAll(SPEAKS)) {
      const name = cleanName(m[1]);
      const f = name ? fold(name) : '';
      if (!name || !(PARTY.test(f) || CENTRAL.test(f) || STATE_BODY.test(f))) continue;
      const at = m.index + m[0].indexOf(m[1]);
      out.push({ name, line: blockLine(block, at), text: block.text.slice(at, at + m[0].length).trim() });
    }
  }
  return out;
}

/** "ỦY BAN NHÂN DÂN TỈNH BẮC NINH" → "Ủy ban nhân dân tỉnh Bắc Ninh"; "UBND XÃ ĐỨC HÒA" → "Ủy ban nhân dân xã Đức Hòa". */
function properCaseName(upper: string): string {
  return capitalisePortfolios(capitaliseProvinces(properCase(expandAbbreviations(upper.replace(/\s+/g, ' ').trim()))))
    // The place after its unit, or after a party committee named by its unit, is a proper name:
    // "ủy ban nhân dân xã tân hòa" → "… xã Tân Hòa", "huyện ủy nam đàn" → "Huyện ủy Nam Đàn".
    .replace(/(?<=(?:^|\s)(?:(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|đặc khu)|(?:[Hh]uyện|[Qq]uận|[Tt]hị|[Tt]hành|[Tt]ỉnh) (?:ủy|uỷ))\s)[\p{Ll}\s]+$/u, (place) =>
      place.replace(/(?<=^|\s)\p{Ll}/gu, (c) => c.toLocaleUpperCase('vi')),
    )
    .replace(/(?<=[Bb]an [Cc]hấp hành )đảng bộ/u, 'Đảng bộ')
    .replace(/^(ủy ban nhân dân|hội đồng nhân dân)/iu, (m) => m.charAt(0).toUpperCase() + m.slice(1).toLowerCase())
    .replace(/(?<=ban )thường vụ/u, 'Thường vụ')
    .replace(/(?<!\p{L})(tỉnh|thành) ủy/u, (_, w: string) => `${w.charAt(0).toUpperCase()}${w.slice(1)} ủy`);
}

function cleanName(text: string): string | null {
  // "TỈNH ỦY LÀO CAI (DỰ THẢO)": the draft mark is not part of the name.
  const name = expandAbbreviations(text.replace(/^(?:và|do|của)\s+/iu, '').replace(/(?<!\s)\s*\((?:dự thảo|lần \d)\)/iu, '').trim());
  const words = name.split(/\s+/);
  if (words.length < 1 || words.length > 14 || !/^\p{Lu}/u.test(name)) return null;
  if (!/^(?:ủy ban|hội đồng|ban|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy|chính phủ|thủ tướng|bộ|sở|quốc hội|văn phòng|đảng đoàn)/u.test(fold(name))) return null;
  return name;
}

/** The province most often named as "tỉnh X" / "thành phố X" in the whole text. */
function mostMentionedProvince(plan: PlanText): string | null {
  const counts = countNamedProvinces(plan.blocks.map((b) => b.text));
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : null;
}

/** "Ủy ban nhân dân tỉnh", "Ban Thường vụ Tỉnh ủy": the name ends before its place. */
function needsPlace(name: string): boolean {
  return /(?:tỉnh|thành phố|tỉnh ủy|thành ủy|ban thường vụ|ủy ban nhân dân|hội đồng nhân dân|ban chấp hành đảng bộ)$/u.test(fold(name));
}

function levelOf(foldedName: string, province: string | null): IssuerLevel | null {
  if (CENTRAL.test(foldedName)) return 'central';
  if (/(?:^|\s)(?:xã|phường|đặc khu)(?:\s|$)/u.test(foldedName)) return 'commune';
  if (/(?:huyện|quận|thị xã|thị ủy)/u.test(foldedName)) return 'district-era';
  const city = /thành (?:phố|ủy)\s+(\S.*)$/u.exec(foldedName)?.[1];
  if (city && !PROVINCE_NAMES.some((p) => isCentralCity(p) && fold(p) === city)) return 'district-era';
  return province ? 'province' : null;
}
