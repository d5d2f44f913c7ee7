// The parsed form every extractor and lint rule reads: source lines, logical blocks and the
// section tree, built once per file (nothing downstream re-reads or re-splits the text).
import { buildBlocks, type Block } from '../text/blocks.js';
import { cleanLine } from '../text/clean-line.js';
import type { Section } from '../model.js';
import { appendixCaptions } from './appendix.js';
import { decisionArticles } from './decision.js';
import { buildSectionTree, type SectionTree } from './section-tree.js';

export interface PlanText {
  /** Source lines as decoded (NFC), index 0 is line 1. */
  lines: string[];
  /** The same lines cleaned of markup, for readers that work line by line (signature, recipients). */
  cleanLines: string[];
  /**
   * Text laid out in two columns by a PDF converter ("Nơi nhận:        KT. CHỦ TỊCH"), split:
   * per line, the cleaned words of the left and of the right column ("" where a column is empty).
   */
  columns: { left: string[]; right: string[] };
  blocks: Block[];
  tree: SectionTree;
  /** Index of the first block that is a section heading: blocks before it are header and opening. */
  bodyStart: number;
  /** Per block, the caption of the appendix it stands in (folded), or null in the body. */
  appendixOfBlock: Array<string | null>;
  /** The sections of the record: the tree's roots but for a decision's own articles. */
  sections: Section[];
}

export function parsePlanText(text: string): PlanText {
  const lines = text.split(/\r\n|\r|\n/);
  const cleanLines = lines.map(cleanLine);
  const blocks = buildBlocks(text, cleanLines);
  const tree = buildSectionTree(blocks);
  const first = tree.headings.find((h) => h.kind === 'roman' || h.kind === 'part' || h.kind === 'chapter' || h.kind === 'article') ?? tree.headings[0];
  const bodyStart = first ? first.blockIndex : blocks.length;
  const own = decisionArticles(tree, blocks);
  const sections = tree.roots.filter((s) => !own.has(s));
  return { lines, cleanLines, columns: splitColumns(lines, cleanLines), blocks, tree, bodyStart, appendixOfBlock: appendixCaptions(blocks, bodyStart), sections };
}

/** The blocks before the first section: header, type name, title, opening paragraph. */
export function openingBlocks(plan: PlanText): Block[] {
  return plan.blocks.slice(0, plan.bodyStart);
}

/** Where the right column starts in laid-out text: signatures and mottos stand past it. */
const RIGHT_COLUMN = 30;
const GAP = / {4,}/g;

/** A signature table row: "| Nơi nhận: - …; - … | THỦ TƯỚNG Phạm Minh Chính |". */
const PIPE_ROW = /^\s{0,3}\|(.+)\|\s*$/u;

function splitColumns(lines: string[], cleanLines: string[]): { left: string[]; right: string[] } {
  if (!lines.some((l) => /(?<! ) {4,}\S/.test(l.trimStart()) || /^ {30}/.test(l) || PIPE_ROW.test(l))) return { left: cleanLines, right: lines.map(() => '') };
  const left: string[] = [];
  const right: string[] = [];
  lines.forEach((line, i) => {
    const row = PIPE_ROW.exec(line);
    if (row) {
      const cells = row[1].split('|');
      left.push(cleanLine(cells[0]));
      right.push(cleanLine(cells.slice(1).join(' ')));
      return;
    }
    if (!line.includes('    ')) {
      // No gap, one column: the line as already cleaned.
      left.push(cleanLines[i]);
      right.push('');
      return;
    }
    const pieces: Array<{ at: number; text: string }> = [];
    let at = 0;
    for (const gap of line.matchAll(GAP)) {
      pieces.push({ at, text: line.slice(at, gap.index) });
      at = gap.index! + gap[0].length;
    }
    pieces.push({ at, text: line.slice(at) });
    const side = (p: { at: number; text: string }) => (p.text.trim() ? p.at : Infinity);
    left.push(pieces.filter((p) => side(p) < RIGHT_COLUMN).map((p) => cleanLine(p.text)).join(' ').trim() || (pieces.length === 1 && side(pieces[0]) < RIGHT_COLUMN ? cleanLines[i] : ''));
    right.push(cleanLine(pieces.filter((p) => side(p) >= RIGHT_COLUMN && side(p) !== Infinity).map((p) => p.text).join(' ')));
  });
  return { left, right };
}
