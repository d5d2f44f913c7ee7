// References: every document named with its number, in the state form ("177/KH-UBND",
// "113/2025/NQ-HĐND", "163/2024/QH15") or the Party form ("37-CT/TW", "223-KH/ThU"), with the date
// and issuer the surrounding words give ("…, ngày 10/7/2024 của Ban Bí thư về …"). Those the title
// and opening say the plan carries out or rests on ("Thực hiện …", "Căn cứ …") are `implements`.
import type { Reference, Section } from '../model.js';
import type { PlanText } from '../parse/plan-text.js';
import { blockLine, type Block } from '../text/blocks.js';
import { parseDateAt, toIso } from '../vocab/dates.js';
import { typeByCode, typeByName } from '../vocab/document-types.js';
import { fold } from '../vocab/fold.js';
import { expandAbbreviations } from '../vocab/agencies.js';

export interface SymbolHit {
  symbol: string;
  /** As printed, e.g. "132- KL/TW". */
  raw: string;
  index: number;
  typeCode: string | null;
  form: 'state' | 'party';
}

// State form: number, optional year, then codes joined by "-": "177/KH-UBND", "113/2025/NQ-HĐND",
// "163/2024/QH15". Party form: number-type/issuer: "37-CT/TW", "132- KL/TW" (a stray space).
// Bounded repetitions only; the look-behind keeps dates and longer numbers out.
const SYMBOL = /(?<![\p{L}\d/.-])(?:(\d{1,5})(?:\/(\d{4}))?\s?\/([\p{Lu}][\p{L}\d&]{0,11})((?:-\s?[\p{Lu}][\p{L}\d&]{0,11}){0,3})|(\d{1,5})\s?-\s?([\p{Lu}][\p{L}]{0,5})\s?\/\s?([\p{Lu}][\p{L}]{0,9}))(?![\p{L}\d])/gu;
/** "của Ban Bí thư", "do Thủ tướng Chính phủ" up to where the subject of the reference begins. */
const ISSUER_AFTER = /^,?\s{0,2}(?:của|do)\s{1,3}([^;,:()"“|]{3,90}?)(?=\s(?:về|phê duyệt|ban hành|thực hiện|triển khai|tại|sửa đổi|quy định|hướng dẫn|đối với|đến năm|trong|nhằm|và các|ngày|,)\s|[;,:()"“.|]|$)/u;
/** The opening sentences that name what the plan carries out or rests on. */
const OPENING_VERB = /^(?:thực hiện|căn cứ|triển khai|thi hành|tiếp tục thực hiện|nhằm|để|trên cơ sở|quán triệt|cụ thể hóa)/u;

export function findSymbols(text: string): SymbolHit[] {
  const hits: SymbolHit[] = [];
  for (const m of text.matchAll(SYMBOL)) {
    if (m[1] !== undefined) {
      const codes = [m[3], ...(m[4] ? m[4].replace(/\s/g, '').slice(1).split('-') : [])];
      const typeCode = typeByCode(codes[0]) ? typeByCode(codes[0])!.code : null;
      // "12/2025/QH15" and "45/2025/NĐ-CP" are symbols; "2/3" and "10/7/2024" never reach here.
      if (!typeCode && codes.length === 1 && !m[2]) continue;
      // No type code ("1289/UBND-TH"): the words before name it, or it is an official letter (công văn).
      const typeFromWords =
        typeCode ?? typeByName(text.slice(Math.max(0, m.index! - 30), m.index).replace(/(?<!\s)\s*số\s*$/iu, '').trim())?.code ?? (m[2] ? null : 'CV');
      hits.push({ symbol: m[0].replace(/\s+/g, ''), raw: m[0], index: m.index!, typeCode: typeFromWords, form: 'state' });
    } else {
      const typeCode = typeByCode(m[6])?.code ?? null;
      if (!typeCode) continue;
      hits.push({ symbol: `${m[5]}-${m[6]}/${m[7]}`, raw: m[0], index: m.index!, typeCode, form: 'party' });
    }
  }
  return hits;
}

export function extractReferences(plan: PlanText, ownNumber: string | null, titleBlock: number | null): Reference[] {
  const own = ownNumber ? normalSymbol(ownNumber) : null;
  // The title under the type name, and its further lines in capitals ("TRIỂN KHAI …" / "SỐ 316-KH/TU …").
  const titleBlocks = new Set<number>();
  for (let i = titleBlock ?? plan.blocks.length; i < plan.bodyStart; i++) {
    const text = plan.blocks[i].text;
    if (i !== titleBlock && text !== text.toLocaleUpperCase('vi')) break;
    titleBlocks.add(i);
  }
  // "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" lists what the plan rests on, as an opening would.
  const basisSections = new Set(
    plan.tree.headings.filter((h) => /^(?:căn cứ|cơ sở pháp lý|cơ sở xây dựng)/u.test(fold(h.section.title))).flatMap((h) => [h.section.id, ...descendants(h.section)]),
  );
  const bySymbol = new Map<string, Reference>();
  // "Thực hiện Chỉ thị số 27/CT-TTg …;" / "Công văn số 6676/BYT-CDS …": a list the opening verb
  // governs goes on after a semicolon, though the converter broke it into blocks.
  let listGoesOn = false;
  plan.blocks.forEach((block, blockIndex) => {
    // "Theo đề nghị của … tại Tờ trình số …" after the list is a proposal, not a basis.
    const goesOn = listGoesOn && !/^(?:theo|xét)\s{1,2}đề nghị/u.test(block.folded);
    const opening = blockIndex < plan.bodyStart && (titleBlocks.has(blockIndex) || OPENING_VERB.test(block.folded) || goesOn);
    listGoesOn = opening && /[;,]$/u.test(block.text);
    const inOpening = opening || basisSections.has(plan.tree.sectionOfBlock[blockIndex] ?? '');
    for (const hit of findSymbols(block.text)) {
      const key = normalSymbol(hit.symbol);
      if (key === own || isAppendixSelfMention(block, hit)) continue;
      const after = block.text.slice(hit.index + hit.raw.length, hit.index + hit.raw.length + 160);
      const dated = dateAfter(after);
      const issuer = issuerAfter(dated ? after.slice(dated.length) : after);
      // "Nghị quyết số 34-NQ/TU của Tỉnh ủy Lào Cai ngày 27/12/2025": the date after the issuer;
      // "Ngày 09 tháng 6 năm 2025, Chính phủ ban hành Nghị định số 119/2025/NĐ-CP": both before it.
      const issuedBefore = dated || issuer ? null : issuedBeforeSymbol(block.text.slice(Math.max(0, hit.index - 160), hit.index));
      const datedLater =
        dated ?? (issuer ? dateAfter(after.replace(/^,?\s{0,2}(?:của|do)\s{1,3}/u, '').slice(issuerLength(after))) : issuedBefore);
      let ref = bySymbol.get(key);
      if (!ref) {
        const type = hit.typeCode ? typeByCode(hit.typeCode) : null;
        ref = {
          symbol: hit.symbol,
          type: type?.code ?? null,
          typeName: type?.name ?? null,
          date: null,
          issuer: null,
          relation: 'cites',
          mentions: 0,
          line: blockLine(block, hit.index),
        };
        bySymbol.set(key, ref);
      }
      ref.mentions++;
      // A title in capitals prints "13/CT-TTG"; the body's "13/CT-TTg" is the symbol as issued.
      if (ref.symbol === ref.symbol.toUpperCase() && hit.symbol !== hit.symbol.toUpperCase()) ref.symbol = hit.symbol;
      ref.date ??= datedLater?.iso ?? null;
      ref.issuer ??= issuer ?? issuedBefore?.issuer ?? null;
      if (inOpening) ref.relation = 'implements';
    }
  });
  return [...bySymbol.values()];
}

function descendants(section: Section): string[] {
  return section.children.flatMap((c) => [c.id, ...descendants(c)]);
}

export function normalSymbol(symbol: string): string {
  return fold(symbol.replace(/\s+/g, ''));
}

/** ", ngày 10/7/2024", " ngày 07 tháng 7 năm 2025": the date right after a symbol. */
export function dateAfter(after: string): { iso: string; length: number } | null {
  const lead = /^,?\s{0,2}(?:ban hành\s{1,2})?(?=ngày)/u.exec(after);
  if (!lead) return null;
  const parsed = parseDateAt(after.slice(lead[0].length));
  return parsed ? { iso: toIso(parsed.date), length: lead[0].length + parsed.length } : null;
}

/** "Ngày 09 tháng 6 năm 2025, Chính phủ ban hành Nghị định số " right before a symbol. */
const ISSUED_BEFORE = /(?:^|[.;]\s{1,2})(Ngày\s[^,;.]{6,30}),\s{1,2}(\p{Lu}[^,;.]{2,60}?)\s{1,2}(?:đã\s)?ban hành\s{1,2}[^,;.]{2,60}$/u;

function issuedBeforeSymbol(before: string): { iso: string; length: number; issuer: string } | null {
  const m = ISSUED_BEFORE.exec(before);
  const parsed = m ? parseDateAt(m[1]) : null;
  if (!m || !parsed) return null;
  return { iso: toIso(parsed.date), length: 0, issuer: expandAbbreviations(m[2].trim()) };
}

/** How many characters the issuer phrase after a symbol takes ("của Ban Bí thư" without "của"). */
function issuerLength(after: string): number {
  return ISSUER_AFTER.exec(after)?.[1].length ?? 0;
}

export function issuerAfter(after: string): string | null {
  const m = ISSUER_AFTER.exec(after);
  if (!m) return null;
  const name = expandAbbreviations(m[1].trim());
  return /^\p{Lu}/u.test(name) && name.split(/\s+/).length <= 12 ? name : null;
}

/** "(Ban hành kèm theo Kế hoạch số 144/KH-UBND …)" heading an appendix names the plan itself. */
function isAppendixSelfMention(block: Block, hit: SymbolHit): boolean {
  return /kèm theo\s{1,3}\S{1,20}(?:\s\S{1,20}){0,3}\s{1,3}số\s{0,2}$/iu.test(block.text.slice(Math.max(0, hit.index - 60), hit.index));
}
