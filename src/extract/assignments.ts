// Assignments: who must do what, read from the organisation section ("TỔ CHỨC THỰC HIỆN") where
// each item names an agency (as its heading, "1. Sở Tài chính", or as the subject of its first
// sentence, "1. Các đảng ủy trực thuộc Tỉnh ủy căn cứ …"), plus "Giao X chủ trì" sentences and
// explicit role fields ("Đơn vị chủ trì: …", "Cơ quan phối hợp: …") anywhere in the plan.
import type { Assignment, Role, Section } from '../model.js';
import type { PlanText } from '../parse/plan-text.js';
import type { Heading } from '../parse/section-tree.js';
import { blockLine, CLOSING, type Block } from '../text/blocks.js';
import { agencyId } from '../vocab/agencies.js';
import { fold } from '../vocab/fold.js';
import { COORDINATE_DUTIES, DESCRIPTIVE_TITLES, DUTY_OPENERS, LEAD_DUTIES, ORGANISATION_TITLES, ROLE_LABEL_NOUNS, ROLE_LABEL_TAILS, ROLE_TITLE_PREFIXES } from '../vocab/roles.js';
import { PARTY_ORGANS } from '../vocab/agency-words.js';
import { agencySubject, splitAgencies, startsWithAgency, tidyAgency } from './agency-phrase.js';
import { roleColumnAssignments } from './table-roles.js';

/** Longer than this, a heading is a duty, not an agency's name. */
const MAX_NAME_WORDS = 25;
const ORGANISATION = new RegExp(`(?:${ORGANISATION_TITLES.join('|')})`, 'u');
/** "Là cơ quan thường trực, chủ trì …", "Chủ trì, phối hợp …", "giao … chủ trì": the agency leads. */
const LEADS = new RegExp(`^(?:${LEAD_DUTIES.join('|')})`, 'u');
const COORDINATES = new RegExp(`^(?:${COORDINATE_DUTIES.join('|')})`, 'u');
/**
 * "Đơn vị chủ trì: Sở Tư pháp.", "Cơ quan phối hợp: Sở Nội vụ, Sở Tài chính.", "Cơ quan/Đơn vị thực
 * hiện: …", "Đơn vị (Cơ quan) chủ trì: …", "Chủ trì: …".
 */
const LABEL_NOUN = `(?:${ROLE_LABEL_NOUNS.join('|')})`;
const ROLE_FIELD = new RegExp(
  `(?:^|[.;]\\s)(?:[-+]\\s)?(?:${LABEL_NOUN}(?:\\s?\\/\\s?${LABEL_NOUN}|\\s\\(${LABEL_NOUN}\\))?)?\\s{0,2}(chủ trì|phối hợp|thực hiện)(?:\\s{1,2}(?:${ROLE_LABEL_TAILS.join('|')}))?\\s{0,2}:\\s{0,2}([^.;]{3,300})`,
  'giu',
);
/** Sections that state aims, principles or past results, where "X chủ trì" describes rather than assigns. */
const DESCRIPTIVE = new RegExp(`^(?:${DESCRIPTIVE_TITLES.join('|')})`, 'u');
/** "Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Kiểm lâm thực hiện …": the body directed performs the duty. */
const DIRECTS = /(?:^|\s)chỉ đạo\s{1,2}(?=\p{Lu})/gu;
/** "Có trách nhiệm chủ trì …": the duty's verb comes after. */
const DUTY_OPENER = new RegExp(`^(?:${DUTY_OPENERS.join('|')})\\s+`, 'u');
const REQUEST = new RegExp(`^(?:${ROLE_TITLE_PREFIXES.join('|')})\\s+`, 'iu');
const PARTY_ORGAN = new RegExp(`^(?:${PARTY_ORGANS.join('|')})(?!\\p{L})`, 'u');
/** "Giao Sở Y tế chủ trì, …" anywhere in the text. */
const GIAO = /(?:^|[.;]\s{1,2}|\s)(?:Giao|giao)\s{1,2}(?=\p{Lu})/gu;

export function extractAssignments(plan: PlanText, issuerName: string | null): Assignment[] {
  const found: Assignment[] = [];
  const add = (agency: string, role: Role, block: Block, offset: number, text: string, section: string | null) => {
    for (const name of splitAgencies(agency)) {
      if (isIssuer(name, issuerName)) continue;
      found.push({ agency: name, agencyId: agencyId(name), role, section, line: blockLine(block, offset), text: firstSentence(text) });
    }
  };

  // The innermost matching section: "III. NHIỆM VỤ, GIẢI PHÁP, PHÂN CÔNG TRÁCH NHIỆM" holds tasks,
  // its "2. Phân công trách nhiệm" the agencies.
  // A short title names the section; a long one is a duty that mentions "tổ chức thực hiện".
  // "Trách nhiệm của các cơ quan, đơn vị" names an agency's item, not a section of them.
  const matching = plan.tree.headings.filter(
    (h) => ORGANISATION.test(fold(h.section.title)) && h.section.title.split(/\s+/).length <= 12 && !startsWithAgency(stripPrefix(h.section.title)),
  );
  const organisationHeadings = matching.filter((h) => !matching.some((d) => d !== h && d.section.id.startsWith(`${h.section.id}.`)));
  const handled = new Set<number>();
  if (organisationHeadings.length) {
    for (const org of [...organisationHeadings, ...rosterHeadings(plan, organisationHeadings)]) {
      readOrganisation(plan, org.blockIndex + 1, sectionEnd(plan, org), add, handled);
    }
  } else {
    // Letters and directives (công văn, chỉ thị) give their duties as numbered items with no such
    // section: then the whole body, rosters included, is read as one.
    readOrganisation(plan, plan.bodyStart, closingOf(plan, plan.bodyStart, plan.blocks.length), add, handled);
  }

  plan.blocks.forEach((block, index) => {
    const section = plan.tree.sectionOfBlock[index];
    if (!handled.has(index) && block.folded.includes('chủ trì')) {
      // "UBND phường Lào Cai chủ trì, phối hợp …" opening a paragraph or a list item, in any section
      // but those that only describe ("2. Yêu cầu: Các đơn vị chủ trì nhiệm vụ … có trách nhiệm …").
      const opener = openerOf(block.text.replace(/^[-+•]\s+|^[a-zđ]\)\s+/u, ''));
      const describes = plan.tree.pathOfBlock[index].some((h) => DESCRIPTIVE.test(fold(h.section.title)));
      const subject = describes ? null : agencySubject(opener);
      if (subject && /^chủ trì/u.test(fold(opener.slice(subject.dutyStart, subject.dutyStart + 10)))) {
        add(subject.name, 'lead', block, block.text.length - opener.length, opener.slice(subject.dutyStart), section);
      }
      for (const m of block.text.matchAll(GIAO)) {
        const at = m.index! + m[0].length;
        const subject = agencySubject(block.text.slice(at));
        if (subject && /^chủ trì/u.test(fold(block.text.slice(at + subject.dutyStart)))) {
          add(subject.name, 'lead', block, at, block.text.slice(at), section);
        }
      }
    }
    for (const m of block.text.matchAll(ROLE_FIELD)) {
      const role: Role = fold(m[1]) === 'chủ trì' ? 'lead' : fold(m[1]) === 'phối hợp' ? 'coordinate' : 'responsible';
      const at = m.index! + m[0].indexOf(m[2]);
      const names = m[2].replace(/(?<!\s)\s+(?:và|cùng)\s+các\s+(?:cơ quan|đơn vị)\s+(?:có\s+)?liên quan.*$/iu, '');
      if (startsWithAgency(names)) add(names, role, block, at, block.text, section);
    }
  });
  for (const a of roleColumnAssignments(plan)) if (!isIssuer(a.agency, issuerName)) found.push(a);
  return dedupe(found);
}

type Add = (agency: string, role: Role, block: Block, offset: number, text: string, section: string | null) => void;

/**
 * Sections laid out as a roster, whatever their title: "II. NỘI DUNG THỰC HIỆN" whose items are
 * "1. Sở Y tế", "2. Sở Tài chính", … each with its duties below. Two agency-named items, and no
 * fewer than half of the items, make a roster; one inside or around an organisation section is
 * read with it.
 */
function rosterHeadings(plan: PlanText, organisation: Heading[]): Heading[] {
  // By the tree, not by ids: a file holding many plans repeats "II", and ids would join their items.
  const headingOf = new Map<Section, Heading>(plan.tree.headings.map((h) => [h.section, h]));
  const related = new Set<Section>();
  const addDescendants = (section: Section) => {
    related.add(section);
    section.children.forEach(addDescendants);
  };
  for (const o of organisation) {
    addDescendants(o.section);
    for (const ancestor of plan.tree.pathOfBlock[o.blockIndex]) related.add(ancestor.section);
  }
  return plan.tree.headings.filter((h) => {
    if (related.has(h.section) || h.section.children.length < 2) return false;
    const named = h.section.children.filter((child) => isAgencyTitle(plan, headingOf.get(child)!)).length;
    return named >= 2 && named * 2 >= h.section.children.length;
  });
}

/** A heading that is an agency's name and nothing more: "2. Sở Tài chính", "7. Đề nghị Ủy ban Mặt trận …". */
function isAgencyTitle(plan: PlanText, heading: Heading): boolean {
  const text = plan.blocks[heading.blockIndex].text;
  const titleOnly = text.slice(heading.titleEnd).replace(/^[\s:.]+/u, '').length < 3;
  const title = stripPrefix(heading.section.title);
  return titleOnly && title.split(/\s+/).length <= MAX_NAME_WORDS && startsWithAgency(title) && !agencySubject(title);
}

/**
 * The items of one organisation section. An item names its agency either as its heading
 * ("1. Sở Tài chính", duties below it) or as the subject of its text ("2. Ban Tuyên giáo … chủ trì,
 * …"); body paragraphs are the current agency's further duties unless they open with an agency
 * of their own ("Giao Đảng ủy UBND tỉnh chủ trì …", "Sở Lao động … theo dõi, tổng hợp …").
 */
function readOrganisation(plan: PlanText, start: number, end: number, add: Add, handled: Set<number>): void {
  /** `dash`: opened by a "- …" paragraph, so a further "- X …" with its own subject is a sibling. */
  type Item = { agency: string; block: Block; offset: number; section: string | null; duties: string[]; byHeading: boolean; depth: number; dash?: boolean };
  let current: Item | null = null;
  const close = () => {
    if (current) for (const role of rolesOf(current.duties)) add(current.agency, role, current.block, current.offset, current.duties[0] ?? '', current.section);
    current = null;
  };
  const open = (item: Item) => {
    close();
    current = item;
  };
  for (let i = start; i < end; i++) {
    const block = plan.blocks[i];
    handled.add(i);
    const section = plan.tree.sectionOfBlock[i];
    // Once the block's own item is known: "4. Sở X chỉ đạo Chi cục Y thực hiện …" directs for Sở X.
    const directed = () => {
      if (current && block.folded.includes('chỉ đạo')) addDirected(current, block, section, add);
    };
    const heading = plan.tree.headingAt.get(i);
    const item = current as Item | null;
    if (heading) {
      const depth = heading.section.id.split('.').length;
      const opener = openerOf(block.text.slice(heading.labelEnd));
      const offset = block.text.length - opener.length;
      const titleOnly = block.text.slice(heading.titleEnd).replace(/^[\s:.]+/u, '').length < 3;
      const subject = agencySubject(opener);
      if (subject) {
        open({ agency: subject.name, block, offset, section, duties: [opener.slice(subject.dutyStart)], byHeading: false, depth });
      } else if (titleOnly && startsWithAgency(opener) && heading.section.title.split(/\s+/).length <= MAX_NAME_WORDS) {
        open({ agency: stripPrefix(heading.section.title), block, offset, section, duties: [], byHeading: true, depth });
      } else if (item && depth > item.depth) {
        // "a) Tham mưu …" under "2.1. Sở Tài chính": a duty of the agency above.
        item.duties.push(opener);
      } else close();
      directed();
      continue;
    }
    const text = block.text.replace(/^[-+]\s+/u, '');
    const dash = text.length < block.text.length;
    const explicit = /^(?:Giao|Đề nghị)\s/u.test(text);
    const opener = openerOf(text);
    const subject = agencySubject(opener);
    const offset = block.text.length - opener.length;
    // "- Sở Văn hóa … phối hợp …" after "- Đề nghị Ủy ban MTTQ … phát huy …": a list of agencies, one per dash.
    if (subject && (explicit || !item || (!item.byHeading && (!dash || item.dash)))) {
      const depth = item?.depth ?? (section ? section.split('.').length : 1);
      open({ agency: subject.name, block, offset, section, duties: [opener.slice(subject.dutyStart)], byHeading: false, depth, dash });
    } else if (item) {
      item.duties.push(text);
      // "- Ủy ban nhân dân phường Yên Bái chủ trì …" under "Ủy ban nhân dân cấp xã": a lead of its own too.
      if (subject && LEADS.test(fold(opener.slice(subject.dutyStart)))) add(subject.name, 'lead', block, offset, opener.slice(subject.dutyStart), section);
    }
    directed();
  }
  close();
}

/**
 * "Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Kiểm lâm thực hiện …": the body a state agency
 * directs performs the duty. A Party committee's "lãnh đạo, chỉ đạo" of the government or the Front
 * is leadership, not an assignment.
 */
function addDirected(item: { agency: string }, block: Block, section: string | null, add: Add): void {
  if (PARTY_ORGAN.test(fold(item.agency))) return;
  for (const m of block.text.matchAll(DIRECTS)) {
    const at = m.index! + m[0].length;
    const subject = agencySubject(block.text.slice(at));
    if (subject) add(subject.name, 'responsible', block, at, block.text.slice(at + subject.dutyStart), section);
  }
}

/** "Đề nghị …", "Giao …", and a regulation's "Trách nhiệm của Sở Khoa học và Công nghệ": the agency after. */
function stripPrefix(text: string): string {
  return text.replace(REQUEST, '');
}

/**
 * Where an item's own words begin: after "Đề nghị"/"Giao", and after a lead-in clause such as
 * "Căn cứ Kế hoạch này, các Sở, ban, ngành … xây dựng kế hoạch" when an agency follows it.
 */
function openerOf(text: string): string {
  const bare = stripPrefix(text);
  const leadIn = /^(?:(?:Căn cứ|Trên cơ sở|Theo|Để)\s[^,;.]{1,160}|Định kỳ|Đồng thời|Hằng năm|Hàng năm),\s{1,2}/u.exec(bare);
  if (leadIn && startsWithAgency(bare.slice(leadIn[0].length))) return stripPrefix(bare.slice(leadIn[0].length));
  return bare;
}

/**
 * The roles an item's duties give its agency: the first duty's kind, and lead as well when a later
 * duty opens with "Chủ trì" ("a) Tổ chức hướng dẫn …" / "d) Chủ trì triển khai Dự án 6" → responsible
 * and lead). A lead-in clause does not hide the verb: "Trên cơ sở đề xuất …, chủ trì tổng hợp" leads.
 */
function rolesOf(duties: string[]): Role[] {
  const folded = duties.map((d) => withoutLeadIn(fold(d).replace(/^[-+\s]+|^[a-zđ]\)\s+/u, '')).replace(DUTY_OPENER, ''));
  const first: Role = !folded.length ? 'responsible' : LEADS.test(folded[0]) ? 'lead' : COORDINATES.test(folded[0]) ? 'coordinate' : 'responsible';
  return first !== 'lead' && folded.slice(1).some((d) => LEADS.test(d)) ? [first, 'lead'] : [first];
}

/**
 * "trên cơ sở đề xuất kinh phí của các sở, ban, ngành, địa phương, chủ trì tổng hợp" → "chủ trì
 * tổng hợp": after a lead-in clause, the duty from its first "chủ trì" or "phối hợp" in the sentence.
 */
function withoutLeadIn(duty: string): string {
  if (!/^(?:trên cơ sở|căn cứ|theo)\s/u.test(duty)) return duty;
  const sentence = duty.slice(0, 240).split(/[.;]/u)[0];
  const at = [', chủ trì', ', phối hợp'].map((v) => sentence.indexOf(v)).filter((i) => i > 0);
  return at.length ? duty.slice(Math.min(...at) + 2) : duty;
}

/** The section ends at the next heading outside it, or where the closing "Nơi nhận" and signature begin. */
function sectionEnd(plan: PlanText, org: Heading): number {
  const { headings } = plan.tree;
  const inside = `${org.section.id}.`;
  let end = plan.blocks.length;
  // From the section's own heading on (headings are in block order), not from the first heading:
  // a search from the first made a file of many plans run in quadratic time.
  for (let k = headings.indexOf(org) + 1; k < headings.length; k++) {
    const h = headings[k];
    if (h.blockIndex > org.blockIndex && !h.section.id.startsWith(inside)) {
      end = h.blockIndex;
      break;
    }
  }
  return closingOf(plan, org.blockIndex + 1, end);
}

function closingOf(plan: PlanText, from: number, to: number): number {
  for (let i = from; i < to; i++) if (CLOSING.test(plan.blocks[i].text)) return i;
  return to;
}

function isIssuer(name: string, issuerName: string | null): boolean {
  if (!issuerName) return false;
  const a = fold(tidyAgency(name)).replace(/(?<!\s)\s+(?:tỉnh|thành phố)$/u, '');
  const b = fold(issuerName);
  return a.length > 6 && b.startsWith(a) && !/^(?:đảng ủy|các)/u.test(a);
}

function firstSentence(text: string): string {
  const m = /^.{20,400}?[.;](?=\s|$)/u.exec(text);
  return (m ? m[0] : text.slice(0, 400)).trim();
}

/** One assignment per (agency, role), the first found. */
function dedupe(list: Assignment[]): Assignment[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const key = `${fold(a.agency)}|${a.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
