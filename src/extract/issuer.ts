// The issuer: the body that issues the plan, read from the opening ("Ủy ban nhân dân tỉnh ban hành
// Kế hoạch …"), the header ("ỦY BAN NHÂN DÂN / TỈNH BẮC NINH"), the signature ("TM. ỦY BAN NHÂN DÂN")
// and the digital stamp ("Ký bởi: Tỉnh ủy Thái Nguyên"); its province may come from elsewhere in
// the text ("trên địa bàn tỉnh Sơn La").
import type { Evidence, Issuer, IssuerLevel } from '../model.js';
import { openingBlocks, type PlanText } from '../parse/plan-text.js';
import { blockLine } from '../text/blocks.js';
import { expandAbbreviations } from '../vocab/agencies.js';
import { TYPE_HEADINGS } from '../vocab/document-types.js';
import { fold } from '../vocab/fold.js';
import { issuerOfCode } from '../vocab/issuer-codes.js';
import { canonicalProvince, isCentralCity, PROVINCE_NAMES } from '../vocab/provinces.js';
import { properCase } from '../vocab/titles.js';

/** "…, Ban Thường vụ Tỉnh ủy Thái Nguyên ban hành Chương trình": the subject before "ban hành". */
const ISSUES = /(?:^|[.;,)]\s{0,3})(\p{Lu}[^.;,()]{2,120}?)\s{1,3}ban hành\s{1,3}(?:\p{L}{1,12}\s{1,3}){0,3}(?:[Kk]ế hoạch|[Cc]hương trình|[Nn]ghị quyết|[Qq]uyết định|[Cc]hỉ thị|[Hh]ướng dẫn|[Kk]ết luận|[Đđ]ề án)/u;
/** Header lines of the issuing body, before the national motto. */
const MOTTO = /CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập\s*-\s*Tự do/u;
/** "Ký bởi: Tỉnh ủy Thái Nguyên" in a digital-signature stamp. */
const SIGNED_BY = /Ký bởi\s{0,2}:\s{0,2}(.{3,80})$/u;
/** "TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ". */
const ON_BEHALF = /^(?:T\/M|TM)\.?\s{1,3}(.{3,60})$/u;
const PARTY = /^(?:ban thường vụ|ban chấp hành|tỉnh ủy|thành ủy|huyện ủy|quận ủy|đảng ủy|đảng đoàn|ban cán sự|bộ chính trị|ban bí thư|ban tuyên giáo|ban dân vận|ban tổ chức|ban chỉ đạo .* ủy|thường trực (?:tỉnh|thành|huyện) ủy)/u;
const CENTRAL = /^(?:chính phủ|thủ tướng|quốc hội|ủy ban thường vụ quốc hội|bộ chính trị|ban bí thư|ban chấp hành trung ương|bộ \p{L}|ban .* trung ương)/u;

interface Candidate {
  name: string;
  line: number;
  text: string;
}

export function extractIssuer(plan: PlanText, numberCode: string | null): Issuer {
  const candidates = [...fromOpening(plan), ...fromHeader(plan), ...fromSignature(plan)];
  const evidence: Evidence[] = candidates.map((c) => ({ line: c.line, text: c.text }));
  let name = candidates[0]?.name ?? (numberCode ? issuerOfCode(numberCode, null) : null);
  if (!name) return { name: null, system: null, province: null, level: null, evidence };

  const province = provinceIn(name) ?? provinceIn(candidates.map((c) => c.text).join(' ')) ?? mostMentionedProvince(plan);
  if (province && !provinceIn(name) && needsPlace(name)) name = `${name} ${province}`;
  const f = fold(name);
  const system = PARTY.test(f) ? 'party' : 'state';
  return { name, system, province: CENTRAL.test(f) ? null : province, level: levelOf(f, province), evidence };
}

function fromOpening(plan: PlanText): Candidate[] {
  const out: Candidate[] = [];
  for (const block of openingBlocks(plan)) {
    const m = ISSUES.exec(block.text);
    if (!m) continue;
    const name = cleanName(m[1]);
    const at = m.index + m[0].indexOf(m[1]);
    if (name) out.push({ name, line: blockLine(block, at), text: block.text.slice(at, at + m[1].length + 40).trim() });
  }
  return out;
}

function fromHeader(plan: PlanText): Candidate[] {
  const lines: Array<{ text: string; line: number }> = [];
  for (const block of plan.blocks.slice(0, 12)) {
    if (MOTTO.test(block.text) || TYPE_HEADINGS.some((h) => fold(block.text).startsWith(fold(h.words)))) break;
    if (/^Số\b/u.test(block.text) || /\d/.test(block.text)) continue;
    if (block.text === block.text.toLocaleUpperCase('vi') && block.text.length < 80) lines.push({ text: block.text, line: block.lines[0] });
  }
  if (!lines.length) return [];
  const text = lines.map((l) => l.text).join(' ');
  const name = cleanName(properCaseName(text));
  return name ? [{ name, line: lines[0].line, text }] : [];
}

function fromSignature(plan: PlanText): Candidate[] {
  const out: Candidate[] = [];
  plan.lines.forEach((raw, i) => {
    const line = raw.replace(/[*_#]/g, '').trim();
    const stamp = SIGNED_BY.exec(line);
    if (stamp) out.push({ name: cleanName(stamp[1]) ?? stamp[1], line: i + 1, text: line });
    const behalf = ON_BEHALF.exec(line);
    if (behalf) out.push({ name: properCaseName(behalf[1]), line: i + 1, text: line });
  });
  // The stamp names the body fully ("Tỉnh ủy Thái Nguyên"); T/M lines name only its organ.
  return out.sort((a, b) => Number(/^Ký bởi/.test(b.text)) - Number(/^Ký bởi/.test(a.text)));
}

/** "ỦY BAN NHÂN DÂN TỈNH BẮC NINH" → "Ủy ban nhân dân tỉnh Bắc Ninh". */
function properCaseName(upper: string): string {
  let text = properCase(upper.replace(/\s+/g, ' ').trim());
  for (const p of PROVINCE_NAMES) {
    const re = new RegExp(`(?<!\\p{L})${p.toLocaleLowerCase('vi')}(?!\\p{L})`, 'u');
    text = text.replace(re, p);
  }
  return text
    .replace(/^(ủy ban nhân dân|hội đồng nhân dân)/iu, (m) => m.charAt(0).toUpperCase() + m.slice(1).toLowerCase())
    .replace(/(?<=ban )thường vụ/u, 'Thường vụ')
    .replace(/(?<!\p{L})(tỉnh|thành) ủy/u, (_, w: string) => `${w.charAt(0).toUpperCase()}${w.slice(1)} ủy`);
}

function cleanName(text: string): string | null {
  const name = expandAbbreviations(text.replace(/^(?:và|do|của)\s+/iu, '').trim());
  const words = name.split(/\s+/);
  if (words.length < 1 || words.length > 14 || !/^\p{Lu}/u.test(name)) return null;
  if (!/^(?:ủy ban|hội đồng|ban|tỉnh ủy|thành ủy|huyện ủy|đảng ủy|chính phủ|thủ tướng|bộ|sở|quốc hội|văn phòng|đảng đoàn)/u.test(fold(name))) return null;
  return name;
}

/** The province named inside a text: "… tỉnh Sơn La", "thành phố Hà Nội", "Tỉnh ủy Thái Nguyên". */
function provinceIn(text: string): string | null {
  for (const p of PROVINCE_NAMES) {
    if (new RegExp(`(?<!\\p{L})${p}(?!\\p{L})`, 'u').test(text)) return canonicalProvince(p) ?? p;
  }
  return null;
}

/** The province most often named as "tỉnh X" / "thành phố X" in the whole text. */
function mostMentionedProvince(plan: PlanText): string | null {
  const counts = new Map<string, number>();
  for (const block of plan.blocks) {
    for (const p of PROVINCE_NAMES) {
      const re = new RegExp(`(?:tỉnh|thành phố|Thành phố|TP\\.?)\\s${p}(?!\\p{L})`, 'gu');
      const n = block.text.match(re)?.length ?? 0;
      if (n) counts.set(p, (counts.get(p) ?? 0) + n);
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? (canonicalProvince(best[0]) ?? best[0]) : null;
}

/** "Ủy ban nhân dân tỉnh", "Ban Thường vụ Tỉnh ủy": the name ends before its place. */
function needsPlace(name: string): boolean {
  return /(?:tỉnh|thành phố|tỉnh ủy|thành ủy|ban thường vụ|ủy ban nhân dân|hội đồng nhân dân)$/u.test(fold(name));
}

function levelOf(foldedName: string, province: string | null): IssuerLevel | null {
  if (CENTRAL.test(foldedName)) return 'central';
  if (/(?:^|\s)(?:xã|phường|đặc khu)(?:\s|$)/u.test(foldedName)) return 'commune';
  if (/(?:huyện|quận|thị xã)/u.test(foldedName)) return 'district-era';
  const city = /thành (?:phố|ủy)\s+(\S.*)$/u.exec(foldedName)?.[1];
  if (city && !PROVINCE_NAMES.some((p) => isCentralCity(p) && fold(p) === city)) return 'district-era';
  return province ? 'province' : null;
}
