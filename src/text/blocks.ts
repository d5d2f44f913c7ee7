// Source text → logical blocks (paragraphs, headings, list items, table cells, footnotes).
// Web conversions hard-wrap lines mid-phrase, break pages mid-sentence and put footnote bodies in
// the middle of a paragraph; this stage joins what belongs together and keeps, for every block, the
// source line each piece came from, so that every extracted item can point into the user's file.
import { cleanLine, FOOTNOTE_BODY, isFurniture } from './clean-line.js';
import { HEADING_START } from '../parse/heading-label.js';

export type BlockKind = 'para' | 'cell' | 'row' | 'footnote';

export interface Block {
  kind: BlockKind;
  text: string;
  /** Offsets in `text` where each joined source line starts, ascending. */
  starts: number[];
  /** 1-based source line of each piece, parallel to `starts`. */
  lines: number[];
  /** Raw source of the first piece (markup kept): headings are told by their bold marks. */
  firstRaw: string;
}

export function blockLine(block: Block, offset: number): number {
  // Binary search for the last piece starting at or before `offset`: a hard-wrapped block may join
  // thousands of lines, and every extracted item asks.
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (block.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return block.lines[lo];
}

/** A new item starts here: a numbered heading, a list dash, a signature or "Nơi nhận". */
const ITEM_START = /^(?:[-+–•]\s|[a-zđ]\)\s|Nơi nhận|Số\s*:|T\/?M\.?\s|KT\.\s|TL\.\s)/u;
const TERMINAL = /[.;:!?]["”)]?$/;
const STARTS_LOWER = /^[\p{Ll}\d(]/u;
/** A run-in heading: "I- MỤC ĐÍCH, YÊU CẦU**1. Mục đích**" holds two headings on one line. */
const RUN_IN = /(?<=\S)\*\*(?=\s?(?:\d{1,2}(?:\.\d{1,2}){0,3}\.|[IVX]{1,4}[.-])\s)/g;
/** A pipe-table row: "| 1 | Tỷ lệ … | % | 80 |". */
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^\s*(?:\|\s*)?:?-{3,}/;

interface Piece {
  line: number;
  raw: string;
  text: string;
}

export function buildBlocks(source: string): Block[] {
  const rawLines = source.split(/\r\n|\r|\n/);
  const hardWrapped = looksHardWrapped(rawLines);
  const blocks: Block[] = [];
  let open: Piece[] = [];
  let openKind: BlockKind = 'para';
  let footnote: Piece[] = [];
  let gap = false;
  let inCellRun = false;
  let lastWasPipe = false;

  const flush = () => {
    if (open.length) blocks.push(makeBlock(openKind, open));
    open = [];
    openKind = inCellRun ? 'cell' : 'para';
  };
  const flushFootnote = () => {
    if (footnote.length) blocks.push(makeBlock('footnote', footnote));
    footnote = [];
  };

  rawLines.forEach((rawLine, index) => {
    const line = index + 1;
    if (PIPE_ROW.test(rawLine) && rawLine.trim().length > 1) {
      flush();
      flushFootnote();
      if (!PIPE_RULE.test(rawLine.replace(/^\s*\|/, ''))) blocks.push(makeRow(rawLine, line));
      gap = false;
      return;
    }
    if (rawLine.trim() === '|' || rawLine.trim() === '||') {
      // Web conversions write each table cell between lines holding only "|".
      flush();
      flushFootnote();
      inCellRun = true;
      openKind = 'cell';
      gap = false;
      lastWasPipe = true;
      return;
    }
    if (isFurniture(rawLine)) {
      flushFootnote();
      // A blank line right after a closing "|" ends the table: what follows is body text again.
      if (!rawLine.trim() && lastWasPipe) inCellRun = false;
      gap = true;
      lastWasPipe = false;
      return;
    }
    lastWasPipe = false;
    if (FOOTNOTE_BODY.test(rawLine.trim())) {
      flushFootnote();
      footnote.push({ line, raw: rawLine, text: cleanLine(rawLine) });
      return;
    }
    if (footnote.length && !gap) {
      footnote.push({ line, raw: rawLine, text: cleanLine(rawLine) });
      return;
    }
    flushFootnote();
    for (const raw of rawLine.split(RUN_IN)) {
      const text = cleanLine(raw);
      if (!text) continue;
      if (open.length && continues(open, text, gap, hardWrapped, openKind)) open.push({ line, raw, text });
      else {
        flush();
        open = [{ line, raw, text }];
      }
      gap = false;
    }
  });
  flush();
  flushFootnote();
  return blocks;
}

function continues(open: Piece[], text: string, gap: boolean, hardWrapped: boolean, kind: BlockKind): boolean {
  const prev = open[open.length - 1];
  if (ITEM_START.test(text) || HEADING_START.test(text)) return false;
  if (kind === 'cell') return !gap;
  if (TERMINAL.test(prev.text)) return false;
  const lower = STARTS_LOWER.test(text);
  // Across a blank line only a sentence broken by a page goes on; a capitals title ("KẾ HOẠCH") never does.
  if (gap) return lower && !HEADING_START.test(open[0].text) && prev.text !== prev.text.toLocaleUpperCase('vi');
  // A line ending in a closing bold mark ends a heading or a label, unless the next goes on in lower case.
  if (/[*_]\s*$/.test(prev.raw) && !lower) return false;
  return hardWrapped || lower;
}

/** Most lines cut at 60–90 characters, none much longer: the text was wrapped by a converter. */
function looksHardWrapped(lines: string[]): boolean {
  let wrapped = 0;
  let long = 0;
  for (const l of lines) {
    const n = l.trim().length;
    if (n >= 40 && n <= 95) wrapped++;
    else if (n > 95) long++;
  }
  return wrapped > 20 && long < wrapped / 4;
}

function makeBlock(kind: BlockKind, pieces: Piece[]): Block {
  let text = '';
  const starts: number[] = [];
  const lines: number[] = [];
  for (const p of pieces) {
    if (text) text += ' ';
    starts.push(text.length);
    lines.push(p.line);
    text += p.text;
  }
  return { kind, text, starts, lines, firstRaw: pieces[0].raw };
}


function makeRow(raw: string, line: number): Block {
  const cells = raw
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => cleanLine(c));
  const text = cells.join(' | ');
  return { kind: 'row', text, starts: [0], lines: [line], firstRaw: raw };
}
