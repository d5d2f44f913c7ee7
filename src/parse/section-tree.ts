// Blocks → the section tree. Vietnamese documents number their levels as Roman (I.), Arabic (1.),
// dotted (1.1.) and letters (a)); markdown heading marks in converted texts are unreliable
// (`## **2. Yêu cầu**` under `#### 1. Mục đích`), so the numbering alone decides the level.
import type { Section } from '../model.js';
import type { Block } from '../text/blocks.js';
import { cleanLine } from '../text/clean-line.js';
import { parseHeadingLabel, type HeadingLabel, type LabelKind } from './heading-label.js';

export interface Heading {
  section: Section;
  blockIndex: number;
  kind: LabelKind;
  /** Offset in the block's text where the words after the label ("1.", "IV-") begin. */
  labelEnd: number;
  /** Offset in the block's text where the heading's own words end and any run-on body begins. */
  titleEnd: number;
}

export interface SectionTree {
  roots: Section[];
  headings: Heading[];
  /** For each block, the id of the innermost section it falls in (null before the first). */
  sectionOfBlock: Array<string | null>;
  /** For each block, the chain of headings it falls under, outermost first. */
  pathOfBlock: Heading[][];
  /** The heading a block opens, by block index. */
  headingAt: Map<number, Heading>;
}

// An article ("Điều 3.") holds numbered clauses ("1.", "2.") as a Roman section holds items; a
// chapter ("Chương II") holds articles as a part holds Roman sections.
const RANK: Record<LabelKind, number> = { part: 0, chapter: 0, roman: 1, article: 1, arabic: 2, dotted: 3, letter: 6 };
const MAX_TITLE = 160;
/** A bold span marks where a title ends, so it may run longer. */
const MAX_BOLD_TITLE = 320;

function rankOf(h: HeadingLabel): number {
  return h.kind === 'dotted' ? RANK.dotted + h.label.split('.').length - 2 : RANK[h.kind];
}

export function buildSectionTree(blocks: Block[]): SectionTree {
  const roots: Section[] = [];
  const headings: Heading[] = [];
  const stack: Array<{ heading: Heading; rank: number }> = [];
  const sectionOfBlock: Array<string | null> = [];
  const pathOfBlock: Heading[][] = [];
  const recordBlock = () => {
    sectionOfBlock.push(stack.length ? stack[stack.length - 1].heading.section.id : null);
    pathOfBlock.push(stack.map((s) => s.heading));
  };

  blocks.forEach((block, blockIndex) => {
    // "**Điều" / "10. Dự thảo nội dung …**", "**Chương" / "I**": a label whose number a wrapped bold
    // span carried to the next line is read there, and that line is its heading.
    if (isBareLabelWord(block)) return void recordBlock();
    const label = block.kind === 'para' ? carriedLabel(blocks[blockIndex - 1], block) ?? parseHeadingLabel(block.text) : null;
    if (label) {
      const rank = rankOf(label);
      while (stack.length && stack[stack.length - 1].rank >= rank) stack.pop();
      const parent = stack[stack.length - 1]?.heading;
      // Parts ("Phần thứ nhất") group sections whose numbering restarts: "I" stays "I" inside them.
      const idParent = [...stack].reverse().find((s) => s.heading.kind !== 'part')?.heading;
      const { title: ownTitle, titleEnd } = headingTitle(block, label);
      const section: Section = {
        id: label.kind === 'part' ? `Phần ${label.label}` : sectionId(idParent, label),
        label: label.label,
        title: ownTitle || titleUnder(label, blocks[blockIndex + 1]),
        // The line of the word "Điều" when the number stands on the line after it.
        line: isBareLabelWord(blocks[blockIndex - 1]) ? blocks[blockIndex - 1].lines[0] : block.lines[0],
        children: [],
      };
      (parent ? parent.section.children : roots).push(section);
      const heading: Heading = { section, blockIndex, kind: label.kind, labelEnd: label.restOffset, titleEnd };
      headings.push(heading);
      stack.push({ heading, rank });
    }
    recordBlock();
  });
  return { roots, headings, sectionOfBlock, pathOfBlock, headingAt: new Map(headings.map((h) => [h.blockIndex, h])) };
}

/** "Điều", "Chương" or "Phần" alone on its line, its number on the next. */
function isBareLabelWord(block: Block | undefined): boolean {
  return block?.kind === 'para' && /^(?:Điều|Chương|CHƯƠNG|Phần|PHẦN)$/u.test(block.text);
}

/** The label a bare "Điều" / "Chương" before this block opens with this block's number. */
function carriedLabel(previous: Block | undefined, block: Block): HeadingLabel | null {
  if (!isBareLabelWord(previous)) return null;
  const joined = parseHeadingLabel(`${previous!.text} ${block.text}`);
  if (!joined || !['article', 'chapter', 'part'].includes(joined.kind)) return null;
  return { ...joined, restOffset: Math.max(0, joined.restOffset - previous!.text.length - 1) };
}

/**
 * A part, chapter or article whose title stands on the line under its label ("Chương I" / "QUY
 * ĐỊNH CHUNG", "Điều 4." / "Giá trị pháp lý của ý kiến điện tử"): a short line that is no heading.
 */
function titleUnder(label: HeadingLabel, next: Block | undefined): string {
  if (!next || next.kind !== 'para' || parseHeadingLabel(next.text) || next.text.length > MAX_TITLE) return '';
  if (label.kind === 'part' || label.kind === 'chapter') return next.text === next.text.toLocaleUpperCase('vi') ? next.text : '';
  return label.kind === 'article' && !/[.;:]$/u.test(next.text) ? next.text : '';
}

function sectionId(parent: Heading | undefined, label: HeadingLabel): string {
  if (!parent) return label.label;
  // "8.1" under "V.8" is V.8.1; "1.1" with no Arabic parent keeps its whole label.
  const own = label.kind === 'dotted' && parent.kind === 'arabic' ? label.label.split('.').slice(1).join('.') : label.label;
  return `${parent.section.id}.${own}`;
}

/**
 * A heading's title: its bold span when the source marks one ("**2. Nhiệm vụ:** (Có phụ lục)",
 * "**4. Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình**", wrapped or not), up
 * to a colon; else its text up to a colon, or the first semicolon or sentence end, bounded for
 * run-on paragraphs.
 */
function headingTitle(block: Block, label: HeadingLabel): { title: string; titleEnd: number } {
  const rest = block.text.slice(label.restOffset);
  const bold = boldExtent(block, rest, label.restOffset);
  let end: number;
  if (bold === null) end = plainTitleEnd(rest);
  else {
    const colon = rest.slice(0, bold).indexOf(':');
    end = colon >= 0 ? colon : bold;
  }
  let title = rest.slice(0, end).trim();
  const longest = bold === null ? MAX_TITLE : MAX_BOLD_TITLE;
  if (title.length > longest) title = title.slice(0, title.lastIndexOf(' ', longest)).trim();
  return { title: title.replace(/(?<![\s,–-])[\s,–-]+$/, ''), titleEnd: label.restOffset + end };
}

/** Plain text: a colon before the first sentence end closes the title ("1. Giám đốc các Sở …; Chủ tịch UBND các xã:"), else ";" or ". ". */
function plainTitleEnd(text: string): number {
  const sentenceEnd = /\.(?=\s|$)/.exec(text)?.index ?? text.length;
  const colon = text.indexOf(':');
  if (colon >= 0 && colon < sentenceEnd) return colon;
  const semicolon = text.indexOf(';');
  return semicolon >= 0 && semicolon < sentenceEnd ? semicolon : sentenceEnd;
}

/**
 * How much of `rest` (the block's text after the label) a bold heading covers, or null when the
 * heading is not bold. Bold broken into fragments by a PDF conversion ("**4. Phát** triển**, trọng
 * dụng …**", "**II- MỤC** TIÊU") marks the whole first line.
 */
function boldExtent(block: Block, rest: string, restOffset: number): number | null {
  const raw = block.firstRaw.replace(/\*{4,6}/g, ''); // "**2. Mục tiêu đến**** năm 2035**": touching spans are one
  const m = /^[\s#]*(\*{3}|\*{2}|_{2})(.+?)\1/.exec(raw);
  const firstLine = (block.starts[1] ?? block.text.length + 1) - 1 - restOffset;
  if (!m) return /^[\s#]*\*\*(?!\*)/.test(raw) && !raw.slice(2).includes('**') && block.text.length <= MAX_TITLE ? rest.length : null;
  const after = raw.slice(m.index + m[0].length);
  const fragmented = after.includes('**') || (/\p{Lu}$/u.test(m[2]) && /^\s*\p{Lu}{2}/u.test(after));
  if (fragmented) return Math.max(0, Math.min(rest.length, firstLine));
  const boldLabel = parseHeadingLabel(cleanLine(m[2]));
  return boldLabel?.rest && rest.startsWith(boldLabel.rest) ? boldLabel.rest.length : null;
}

export function flattenSections(roots: Section[]): Section[] {
  const out: Section[] = [];
  const walk = (list: Section[]) => {
    for (const s of list) {
      out.push(s);
      walk(s.children);
    }
  };
  walk(roots);
  return out;
}
