// The parsed form every extractor and lint rule reads: source lines, logical blocks and the
// section tree, built once per file (nothing downstream re-reads or re-splits the text).
import { buildBlocks, type Block } from '../text/blocks.js';
import { cleanLine } from '../text/clean-line.js';
import { buildSectionTree, type SectionTree } from './section-tree.js';

export interface PlanText {
  /** Source lines as decoded (NFC), index 0 is line 1. */
  lines: string[];
  /** The same lines cleaned of markup, for readers that work line by line (signature, recipients). */
  cleanLines: string[];
  blocks: Block[];
  tree: SectionTree;
  /** Index of the first block that is a section heading: blocks before it are header and opening. */
  bodyStart: number;
}

export function parsePlanText(text: string): PlanText {
  const lines = text.split(/\r\n|\r|\n/);
  const cleanLines = lines.map(cleanLine);
  const blocks = buildBlocks(text, cleanLines);
  const tree = buildSectionTree(blocks);
  const first = tree.headings.find((h) => h.kind === 'roman' || h.kind === 'part' || h.kind === 'article') ?? tree.headings[0];
  return { lines, cleanLines, blocks, tree, bodyStart: first ? first.blockIndex : blocks.length };
}

/** The blocks before the first section: header, type name, title, opening paragraph. */
export function openingBlocks(plan: PlanText): Block[] {
  return plan.blocks.slice(0, plan.bodyStart);
}
