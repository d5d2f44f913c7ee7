// The document itself: type, number, issue date, place and title, read from the header block
// ("Số: 177/KH-UBND", "Hà Nội, ngày 07 tháng 7 năm 2025"), the type name ("KẾ HOẠCH") and the
// summary line under it. A blank number or date in a draft ("Số: /KH-UBND") is null.
import type { DocumentInfo } from '../model.js';
import { openingBlocks, type PlanText } from '../parse/plan-text.js';
import { blockLine, type Block } from '../text/blocks.js';
import { isValidDate, toIso } from '../vocab/dates.js';
import { TYPE_HEADINGS, typeByCode } from '../vocab/document-types.js';
import { fold } from '../vocab/fold.js';
import { capitaliseNamedProvinces } from '../vocab/provinces.js';

export interface DocumentFacts extends DocumentInfo {
  numberLine: number | null;
  dateLine: number | null;
  /** "Số:" was printed but left blank. */
  numberBlank: boolean;
  /** "ngày … tháng … năm" was printed with a part left blank. */
  dateBlank: boolean;
  /** Index of the block holding the type name ("KẾ HOẠCH"), if any. */
  typeBlock: number | null;
}

/** "Số: 177/KH-UBND", "Số 253-KH/TU", "Số: 904 /QĐ-UBND" (a stray space), "Số: /KH-UBND" (blank). */
const NUMBER_FIELD = /(?:^|[\s|])Số\s{0,2}:?\s{0,3}([^|,;]{0,40})/u;
/** A document symbol: digits first, then codes: "177/KH-UBND", "253-KH/TU", "03/NQ-CP". */
const SYMBOL = /^\d{1,5}(?:\/\d{4})?\s?[/-]\s?[\p{L}\d&]{1,12}(?:[/-][\p{L}\d&]{1,12}){0,3}/u;
/** "<place>, ngày 07 tháng 7 năm 2025" with any part possibly blank. */
const PLACE_DATE = /(?:^|[\s|])([^\s|,][^|,]{0,60}?),?\s{0,3}ngày\s{0,3}(\d{1,2})?\s{0,3}tháng\s{0,3}(\d{1,2})?\s{0,3}năm\s{0,3}(\d{4})?/iu;
/**
 * "Hà Nội, 07/7/2025" or "Hà Nội, ngày 07/7/2025", as some web copies print the date: a comma
 * before and nothing after, so that a dated reference inside a sentence is not taken for it.
 */
const PLACE_SLASHED_DATE = /(?:^|[\s|])([^\s|,][^|,]{0,60}),\s{0,3}(?:ngày\s{0,3})?(\d{1,2})\/(\d{1,2})\/(\d{4})(?=\s{0,3}(?:\||\n|$))/iu;
/** The digital-signature stamp: "Thời gian ký: 16/06/2026 17:09:29". */
const SIGNED_AT = /Thời gian ký\s{0,2}:\s{0,2}(\d{1,2})\/(\d{1,2})\/(\d{4})/u;

export function extractDocument(plan: PlanText): DocumentFacts {
  const opening = openingBlocks(plan);
  const header = opening.length ? opening : plan.blocks.slice(0, 20);
  const facts: DocumentFacts = {
    type: null, typeName: null, number: null, date: null, place: null, title: null,
    numberLine: null, dateLine: null, numberBlank: false, dateBlank: false, typeBlock: null,
  };
  readNumber(header, facts);
  readPlaceDate(header, facts);
  readTypeAndTitle(plan, header.length, facts);
  if (!facts.title) facts.title = subjectLine(header);
  if (!facts.date && !facts.dateBlank) readSignedAt(plan, facts);
  return facts;
}

function readNumber(header: Block[], facts: DocumentFacts): void {
  for (const block of header) {
    const m = NUMBER_FIELD.exec(block.text);
    if (!m) continue;
    const symbol = SYMBOL.exec(m[1]);
    facts.numberLine = block.lines[0];
    if (symbol) {
      facts.number = symbol[0].replace(/\s+/g, '');
      const code = /^\d+(?:\/\d{4})?[/-]([\p{L}&]+)/u.exec(facts.number)?.[1];
      // A state number without a type code ("7103/UBND-TH") is an official letter (công văn).
      const type = code ? (typeByCode(code) ?? (facts.number.includes('/') ? typeByCode('CV') : null)) : null;
      if (type) {
        facts.type = type.code;
        facts.typeName = type.name;
      }
    } else facts.numberBlank = true;
    return;
  }
}

function readPlaceDate(header: Block[], facts: DocumentFacts): void {
  for (const block of header) {
    const m = PLACE_DATE.exec(block.text);
    if (!m) continue;
    const place = placeOf(m[1]);
    // A dated reference in the opening ("… số 144/KH-UBND ngày 24 tháng 11 năm 2025") has no place.
    if (!place && m.index > 0) continue;
    const at = m.index + m[0].indexOf('ngày');
    facts.dateLine = blockLine(block, at);
    facts.place = place;
    const [day, month, year] = [m[2], m[3], m[4]].map((x) => (x ? Number(x) : null));
    if (day && month && year && isValidDate(day, month, year)) facts.date = toIso({ day, month, year });
    else facts.dateBlank = true;
    return;
  }
  for (const block of header) {
    const m = PLACE_SLASHED_DATE.exec(block.text);
    const place = m ? placeOf(m[1]) : null;
    if (!m || !place) continue;
    const [day, month, year] = [m[2], m[3], m[4]].map(Number);
    if (!isValidDate(day, month, year)) continue;
    facts.dateLine = blockLine(block, m.index + m[0].indexOf(',') + 1);
    facts.place = place;
    facts.date = toIso({ day, month, year });
    return;
  }
}

/** "Số: /KH-UBND Thành phố Lai Châu" → "Thành phố Lai Châu": the capitalised words before the comma. */
function placeOf(before: string): string | null {
  const words = before.trim().split(/\s+/);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 6; i--) {
    if (/[\d/]|:$/.test(words[i])) break;
    kept.unshift(words[i]);
  }
  while (kept.length && !/^\p{Lu}/u.test(kept[0])) kept.shift();
  const place = kept.join(' ').replace(/^(?:Số|Độc lập.*Hạnh phúc)\s*/u, '').trim();
  return place && /^\p{Lu}/u.test(place) ? place : null;
}

/** The type name stands alone on its line, in capitals ("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG"). */
function readTypeAndTitle(plan: PlanText, headerEnd: number, facts: DocumentFacts): void {
  const limit = Math.max(headerEnd, Math.min(plan.blocks.length, 30));
  for (let i = 0; i < limit; i++) {
    const text = plan.blocks[i].text.trim();
    if (text !== text.toLocaleUpperCase('vi')) continue;
    const folded = fold(text);
    const heading = TYPE_HEADINGS.find((h) => folded === fold(h.words) || folded.startsWith(`${fold(h.words)} `));
    if (!heading) continue;
    const type = typeByCode(heading.code)!;
    facts.type = type.code;
    facts.typeName = folded === fold(type.name) || heading.words === type.name ? type.name : heading.words;
    facts.typeBlock = i;
    const rest = text.slice(heading.words.length).trim();
    facts.title = rest ? sentenceCase(rest) : titleAfter(plan, i);
    return;
  }
}

/** An official letter states its subject after "V/v" ("V/v triển khai thực hiện Nghị định số …"). */
function subjectLine(header: Block[]): string | null {
  const block = header.find((b) => /^V\/v\s/u.test(b.text));
  return block ? block.text.replace(/^V\/v\s+/u, '').trim() : null;
}

function titleAfter(plan: PlanText, typeIndex: number): string | null {
  const next = plan.blocks[typeIndex + 1];
  if (!next || next.kind === 'row' || typeIndex + 1 >= plan.bodyStart) return null;
  if (/^(?:Căn cứ|Xét|Theo đề nghị)/u.test(next.text)) return null;
  return sentenceCase(next.text);
}

/** "TRIỂN KHAI CHỈ THỊ SỐ 37-CT/TW TRÊN ĐỊA BÀN TỈNH SƠN LA" → "Triển khai chỉ thị số 37-CT/TW trên địa bàn tỉnh Sơn La". */
export function sentenceCase(text: string): string {
  const t = text.trim();
  if (t !== t.toLocaleUpperCase('vi')) return t;
  const lower = t
    .split(/\s+/)
    .map((w) => (/[\d/]/.test(w) ? w : w.toLocaleLowerCase('vi')))
    .join(' ');
  return capitaliseNamedProvinces(lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1));
}

function readSignedAt(plan: PlanText, facts: DocumentFacts): void {
  plan.lines.forEach((line, i) => {
    const m = SIGNED_AT.exec(line);
    if (!m || facts.date) return;
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidDate(day, month, year)) return;
    facts.date = toIso({ day, month, year });
    facts.dateLine = i + 1;
  });
}

