// Source text → logical blocks (paragraphs, headings, list items, table cells, footnotes).
// Web conversions hard-wrap lines mid-phrase, break pages mid-sentence and put footnote bodies in
// the middle of a paragraph; this stage joins what belongs together and keeps, for every block, the
// source line each piece came from, so that every extracted item can point into the user's file.
import { cleanCell, cleanLine, FOOTNOTE_BODY, isFurniture } from './clean-line.js';
import { HEADING_START } from '../parse/heading-label.js';
import { nameRunsOn } from '../vocab/agency-catalogue.js';
import { TYPE_HEADINGS } from '../vocab/document-types.js';
import { fold } from '../vocab/fold.js';

export type BlockKind = 'para' | 'cell' | 'row' | 'footnote';

export interface Block {
  kind: BlockKind;
  text: string;
  /** `text` folded for matching (lower case, one tone placement), same length and offsets. */
  folded: string;
  /** Offsets in `text` where each joined source line starts, ascending. */
  starts: number[];
  /** 1-based source line of each piece, parallel to `starts`. */
  lines: number[];
  /** Raw source of the first piece (markup kept): headings are told by their bold marks. */
  firstRaw: string;
  /**
   * For table cells written between "|" lines: how many "|" lines came right before. One starts
   * the next cell of a row, two or more start a new row, none continues the cell after a blank line.
   */
  pipesBefore?: number;
}

/** The 1-based source line of the text at `offset` of a block. */
export function blockLine(block: Block, offset: number): number {
  return block.lines[blockPiece(block, offset)];
}

/** Which of a block's source lines (its pieces, in order) holds `offset`. */
export function blockPiece(block: Block, offset: number): number {
  // Binary search for the last piece starting at or before `offset`: a hard-wrapped block may join
  // thousands of lines, and every extracted item asks.
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (block.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The end matter of a document: "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH". */
export const CLOSING = /^(?:Nơi nhận|T\/M\s|TM\.\s|KT\.\s)/u;

/** A new item starts here: a numbered heading, a list dash, a signature or "Nơi nhận". */
const ITEM_START = /^(?:[-+–•]\s|[a-zđ]\)\s|Nơi nhận|Kính gửi|V\/v\s|Số\s*:|T\/?M\.?\s|KT\.\s|TL\.\s)/u;
/** Header lines that stand alone: the number line and a type name in capitals ("KẾ HOẠCH"). */
const STANDS_ALONE = new RegExp(`^(?:Số\\s{0,2}:?\\s{0,3}\\d|(?:${TYPE_HEADINGS.map((h) => h.words.toLocaleUpperCase('vi')).join('|')})$)`, 'u');
const TERMINAL = /[.;:!?]["”)]?$/;
const SENTENCE_END = /[.;!?]["”)]?$/;
/** A numbering label alone on its line: "2.3.", "IV.", "5)". */
const LONE_LABEL = /^(?:\d{1,2}(?:\.\d{1,2}){0,3}|[IVXLC]{1,6})[.)-]?$/;
const STARTS_LOWER = /^[\p{Ll}\d(]/u;
/** A run-in heading: "I- MỤC ĐÍCH, YÊU CẦU**1. Mục đích**" holds two headings on one line. */
const RUN_IN = /(?<=\S)\*\*(?=\s?(?:\d{1,2}(?:\.\d{1,2}){0,3}\.|[IVX]{1,4}[.-])\s)/g;
/**
 * Text laid out in columns by a PDF converter: a run of four or more spaces between words
 * separates the columns ("ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
 */
const COLUMN_GAP = /(?<=\S)(?<!ngày|tháng|Số:|Số|số) {4,}(?!tháng|năm|\/|-)(?=\S)/gu;
/** A page number alone on its line, outside a table: "7", "- 12 -", "Trang 3". */
const PAGE_NUMBER = /^\s{0,80}(?:-\s?\d{1,3}\s?-|\d{1,3}|Trang\s\d{1,3}(?:\/\d{1,3})?)\s*$/u;
/** A pipe-table row: "| 1 | Tỷ lệ … | % | 80 |". */
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^\s*(?:\|\s*)?:?-{3,}/;

interface Piece {
  line: number;
  raw: string;
  text: string;
}

/** Source lines → blocks; `cleanLines` (each line through cleanLine) may be passed in if already made. */
export function buildBlocks(source: string, cleanLines?: string[]): Block[] {
  const rawLines = source.split(/\r\n|\r|\n/);
  const cleaned = (index: number) => cleanLines?.[index] ?? cleanLine(rawLines[index]);
  const width = wrapWidth(rawLines);
  const runningHeads = runningHeaders(rawLines);
  const bareRows = barePipeRows(rawLines);
  const blocks: Block[] = [];
  let open: Piece[] = [];
  // "(" less ")" in the open block, kept as lines are added: counting afresh per line is quadratic.
  let openBrackets = 0;
  let openKind: BlockKind = 'para';
  let footnote: Piece[] = [];
  let gap = false;
  let inCellRun = false;
  let lastWasPipe = false;
  let pipeRun = 0;
  let openPipes = 0;
  let previousIndent = 0;
  let previousHadColumns = false;

  const flush = () => {
    if (open.length) blocks.push(openKind === 'cell' ? { ...makeBlock('cell', open), pipesBefore: openPipes } : makeBlock(openKind, open));
    open = [];
    openKind = inCellRun ? 'cell' : 'para';
  };
  const flushFootnote = () => {
    if (footnote.length) blocks.push(makeBlock('footnote', footnote));
    footnote = [];
  };

  rawLines.forEach((rawLine, index) => {
    const line = index + 1;
    if ((PIPE_ROW.test(rawLine) && rawLine.trim().length > 1) || bareRows.has(index)) {
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
      pipeRun++;
      return;
    }
    if (isFurniture(rawLine) || (!inCellRun && (PAGE_NUMBER.test(rawLine) || runningHeads.has(index)))) {
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
      footnote.push({ line, raw: rawLine, text: cleaned(index) });
      return;
    }
    if (footnote.length && !gap) {
      footnote.push({ line, raw: rawLine, text: cleaned(index) });
      return;
    }
    flushFootnote();
    // Cheap tests first: most lines have neither a wide gap nor a bold mark.
    const columns = rawLine.includes('    ') ? rawLine.split(COLUMN_GAP) : [rawLine];
    const pieces = rawLine.includes('**') ? columns.flatMap((column) => column.split(RUN_IN)) : columns;
    // An indented line after a less indented one opens a paragraph in laid-out text.
    const indented = indentOf(rawLine) >= 4 && indentOf(rawLine) - previousIndent >= 3;
    previousIndent = indentOf(rawLine);
    // After a line laid out in columns, the next line cannot be told to go on either column.
    const afterColumns = previousHadColumns;
    previousHadColumns = columns.length > 1;
    pieces.forEach((raw, p) => {
      const text = pieces.length === 1 ? cleaned(index) : cleanLine(raw);
      if (!text) return;
      const forcedBreak = (p > 0 && columns.length > 1) || (p === 0 && (indented || afterColumns || columns.length > 1));
      if (open.length && !forcedBreak && continues(open, text, gap, width, openKind, openBrackets)) {
        open.push({ line, raw, text });
        openBrackets += bracketBalance(text);
      } else {
        flush();
        open = [{ line, raw, text }];
        openBrackets = bracketBalance(text);
        openPipes = pipeRun;
        pipeRun = 0;
      }
      gap = false;
    });
  });
  flush();
  flushFootnote();
  return blocks;
}

function continues(open: Piece[], text: string, gap: boolean, width: number | null, kind: BlockKind, openBrackets: number): boolean {
  const prev = open[open.length - 1];
  if (!gap && endsWrappedSentence(open, text, width)) return true;
  if (ITEM_START.test(text) || HEADING_START.test(text)) return false;
  if (kind === 'cell') return !gap;
  if (open.length === 1 && STANDS_ALONE.test(prev.text)) return false;
  // A label wrapped away from its heading ("*2.3." / "Công an tỉnh*") goes on.
  if (open.length === 1 && LONE_LABEL.test(prev.text)) return true;
  // A bracket left open runs on, past a colon too: "5. Các chủ rừng là tổ chức (các" / "Ban quản lý
  // rừng đặc dụng, …)", "(Trong đó: VNPT:" / "25 trạm, Viettel: 33 trạm)"; across a page break
  // only into a line in lower case ("(như quy hoạch" / "" / "sử dụng đất, …)"). A sentence's end ends it.
  if (openBrackets > 0 && !SENTENCE_END.test(prev.text) && (!gap || STARTS_LOWER.test(text))) return true;
  if (TERMINAL.test(prev.text)) return false;
  // A symbol or word broken at its hyphen ("178/2026/NĐ-" / "CP trên địa bàn") goes on.
  if (!gap && /\p{L}-$/u.test(prev.text)) return true;
  const lower = STARTS_LOWER.test(text);
  // Across a blank line only a sentence broken by a page goes on; a capitals title ("KẾ HOẠCH") never does.
  if (gap) return lower && !HEADING_START.test(open[0].text) && prev.text !== prev.text.toLocaleUpperCase('vi');
  // A line ending in a closing bold mark ends a heading or a label, unless the next goes on in lower case.
  if (/[*_]\s*$/.test(prev.raw) && !lower) return false;
  if (lower) return true;
  // A line broken inside a known body's name goes on, however the text was wrapped.
  if (nameRunsOn(prev.text, text)) return true;
  if (width === null) return false;
  // In wrapped text a line well short of the width ended its paragraph ("1. Mục đích" / "Cụ thể
  // hóa …"), unless it breaks after a comma or dash, or a title in capitals runs on.
  const short = prev.raw.trimEnd().length < width * 0.6;
  return !short || /[,\-–]$/u.test(prev.text) || (isCapitals(prev.text) && isCapitals(text)) || emphasisOpen(prev.raw);
}

/**
 * In wrapped text, a number the wrap carried to the next line ends the sentence it belongs to
 * ("… ưu tiên các địa bàn cấp độ" / "1. Cấp ngay mì tôm …"): the line before is a full line of a
 * paragraph already wrapped, cut mid-sentence after a word. A heading "1." never follows that.
 */
function endsWrappedSentence(open: Piece[], text: string, width: number | null): boolean {
  const prev = open[open.length - 1];
  return (
    width !== null && open.length > 1 && WRAPPED_NUMBER.test(text) && /\p{L}$/u.test(prev.text) &&
    prev.raw.trimEnd().length >= width * 0.8 && !/[*_]\s*$/.test(prev.raw)
  );
}
const WRAPPED_NUMBER = /^\d{1,3}\.\s/u;

/** "(" less ")" in a line. */
function bracketBalance(text: string): number {
  let balance = 0;
  for (const char of text) balance += char === '(' ? 1 : char === ')' ? -1 : 0;
  return balance;
}

/** "*2.1. Sở" / "Tài chính*": an emphasis left open runs on to the next line. */
function emphasisOpen(raw: string): boolean {
  const bold = raw.match(/\*\*/g)?.length ?? 0;
  const italic = raw.replace(/\*\*/g, '').match(/\*/g)?.length ?? 0;
  return bold % 2 === 1 || italic % 2 === 1;
}

/**
 * Lines a PDF repeats on every page with the page number ("18.CTRTW31.DOC 2", "… Trang 3"):
 * the same words at least three times, each followed by a number.
 */
function runningHeaders(lines: string[]): Set<number> {
  const byWords = new Map<string, number[]>();
  lines.forEach((line, i) => {
    // Cheap first: most lines do not end in a number, and the pattern tries many splits of those that do not.
    if (!/\d$/.test(line.trimEnd())) return;
    const m = /^\s{0,80}(\S.{3,80}?)\s{1,40}\d{1,3}\s*$/u.exec(line);
    if (!m || /^[-+|*]/u.test(m[1])) return;
    const list = byWords.get(m[1]) ?? [];
    list.push(i);
    byWords.set(m[1], list);
  });
  return new Set([...byWords.values()].filter((l) => l.length >= 3).flat());
}

/**
 * Table rows written without the outer pipes ("1 | Tổ chức quán triệt … | Sở Tư pháp | Quý I/2026"):
 * lines with three cells or more, next to another such line, so that a stray "|" in prose is not one.
 */
function barePipeRows(lines: string[]): Set<number> {
  const cellsOf = (line: string | undefined) => (line?.includes('|') && !PIPE_ROW.test(line) ? line.split('|').length : 0);
  const rows = new Set<number>();
  lines.forEach((line, i) => {
    if (cellsOf(line) < 3) return;
    const neighbour = [lines[i - 1], lines[i + 1], lines[i - 2], lines[i + 2]].some((l) => cellsOf(l) >= 3 || (l !== undefined && PIPE_ROW.test(l)));
    if (neighbour) rows.add(i);
  });
  return rows;
}

function indentOf(line: string): number {
  return /^ */.exec(line)![0].length;
}

/**
 * Most lines cut at 60–90 characters, none much longer: the text was wrapped by a converter, at
 * about the width returned (the length most full lines reach); null when it was not wrapped.
 */
function wrapWidth(lines: string[]): number | null {
  const lengths: number[] = [];
  let long = 0;
  for (const l of lines) {
    const n = l.trimEnd().length;
    if (n >= 40 && n <= 95) lengths.push(n);
    else if (n > 95) long++;
  }
  if (lengths.length <= 20 || long >= lengths.length / 4) return null;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)];
}

export function isCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase('vi');
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
  return { kind, text, folded: fold(text), starts, lines, firstRaw: pieces[0].raw };
}


function makeRow(raw: string, line: number): Block {
  const cells = raw
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map(cleanCell);
  const text = cells.join(' | ');
  return { kind: 'row', text, folded: fold(text), starts: [0], lines: [line], firstRaw: raw };
}
