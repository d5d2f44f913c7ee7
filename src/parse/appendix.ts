// Appendices: a "PHỤ LỤC" heading (or "Phụ lục I", "PHỤ LỤC SỐ 02") after the signature, and the
// caption in capitals under it ("PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU … ĐẾN NĂM 2030"). The caption says
// what the appendix's tables hold and for when; the section tree knows nothing of appendices, and
// leaves their blocks under the body's last section.
import { isCapitals, type Block } from '../text/blocks.js';

/**
 * "phụ lục", "phụ lục ii", "phụ lục số 2", and the forms a budget plan attaches ("mẫu biểu số 01",
 * "biểu số 3"), then the end or a caption (folded text).
 */
export const APPENDIX_LABEL =
  /^(?:phụ\s{1,2}lục(?:\s{1,3}[\divxlc]{1,5}|\s{1,3}số\s{1,3}\d{1,3})?|(?:mẫu\s{1,2})?biểu(?:\s{1,2}mẫu)?\s{1,3}(?:số\s{1,3})?\d{1,3})\s{0,3}[.:\-–]?\s{0,3}(?:\p{L}|$)/u;

/** Blocks in capitals under the label that may carry the caption. */
const CAPTION_BLOCKS = 3;
/** Longer than this, a block that starts "Phụ lục …" is a sentence, not a heading. */
const MAX_HEADING_CHARS = 200;

/** For each block, the caption of the appendix it stands in (folded; label included), or null in the body. */
export function appendixCaptions(blocks: Block[], bodyStart: number): Array<string | null> {
  let caption: string | null = null;
  return blocks.map((block, index) => {
    if (index >= bodyStart && isAppendixHeading(block)) caption = captionFrom(blocks, index);
    return caption;
  });
}

function isAppendixHeading(block: Block): boolean {
  if (block.kind !== 'para' || block.text.length > MAX_HEADING_CHARS || !APPENDIX_LABEL.test(block.folded)) return false;
  // "PHỤ LỤC …" in capitals, or a short label ("Phụ lục I"), not "Phụ lục kèm theo gồm các nội dung sau …".
  // The note of what it is attached to may run on in lower case: "PHỤ LỤC 1 CÁC CHỈ TIÊU … (Kèm theo
  // Chương trình hành động số … của Tỉnh uỷ Lào Cai)".
  return isCapitals(withoutNotes(block.text)) || block.text.length <= 16;
}

function captionFrom(blocks: Block[], index: number): string {
  const parts = [blocks[index].folded];
  for (let k = index + 1; k < Math.min(blocks.length, index + 1 + CAPTION_BLOCKS); k++) {
    if (blocks[k].kind !== 'para' || !isCapitals(withoutNotes(blocks[k].text))) break;
    parts.push(blocks[k].folded);
  }
  // "(KÈM THEO KẾ HOẠCH SỐ 144/KH-UBND NGÀY 24 THÁNG 11 NĂM 2025)": the year of issue, not of the contents.
  return withoutNotes(parts.join(' '));
}

/** The text without its bracketed notes, and without a note left open at the end. */
function withoutNotes(text: string): string {
  return text.replace(/\([^()]{0,300}\)/gu, ' ').replace(/\([^()]{0,300}$/u, ' ');
}
