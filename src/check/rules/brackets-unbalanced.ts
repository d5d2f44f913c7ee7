// An opening bracket or quote with no closing one in the same paragraph, or a closing one with
// no opening: "(Có phụ lục đính kèm." — usually a cut-and-paste that lost its end.
import { spanInBlock } from '../locate.js';
import type { Block } from '../../text/blocks.js';
import { noOptions, type Finding, type Rule, type Span } from '../types.js';

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '“': '”' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));
/** A list label closes with ")" alone: "a)", "đ)", "2)", "iv)" at the start or after a blank or ";". */
const LIST_LABEL = /(?:^|[\s;:,])(?:[a-zđ]|\d{1,2}|[ivx]{1,4})$/iu;

export const bracketsUnbalanced: Rule = {
  meta: {
    id: 'brackets-unbalanced',
    description: 'A bracket or curly quote opened and not closed (or closed and never opened) within a paragraph.',
    severity: 'warning',
    options: noOptions(),
    docs: 'Checks ( ), [ ] and “ ” within each paragraph, table cell or list item (hard-wrapped lines are joined first, so a bracket may close on the next line). A list label such as "a)" or "2)" is not a bracket.',
    examples: {
      bad: ['KẾ HOẠCH\n\nI. NHIỆM VỤ\n\nNguồn vốn ngân sách nhà nước (Ngân sách Trung ương và Ngân sách địa phương; vốn lồng ghép.'],
      good: ['KẾ HOẠCH\n\nI. NHIỆM VỤ\n\nNguồn vốn ngân sách nhà nước (Ngân sách Trung ương và Ngân sách địa phương); vốn “xã hội hóa” [1].', 'KẾ HOẠCH\n\nI. NHIỆM VỤ\n\na) Tham mưu Ủy ban nhân dân tỉnh; gồm: 1) kế hoạch, 2) kinh phí (nếu có).'],
    },
  },
  check({ extraction, shown }) {
    const { plan } = extraction;
    const findings: Finding[] = [];
    // Past the findings shown (and the one that counts the rest), the place of the last one located.
    let lastPlace: Span | null = null;
    const place = (block: Block, at: number): Span => (findings.length <= shown || !lastPlace ? (lastPlace = spanInBlock(plan, block, at, 1)) : lastPlace);
    for (const block of plan.blocks) {
      const open: Array<{ char: string; at: number }> = [];
      for (let at = 0; at < block.text.length; at++) {
        const char = block.text[at];
        if (PAIRS[char]) open.push({ char, at });
        else if (CLOSERS.has(char)) {
          const top = open[open.length - 1];
          if (top && top.char === CLOSERS.get(char)) open.pop();
          else if (!(char === ')' && LIST_LABEL.test(block.text.slice(Math.max(0, at - 6), at)))) findings.push({ ...place(block, at), message: `"${char}" closes a bracket that was never opened.` });
        }
      }
      for (const { char, at } of open) findings.push({ ...place(block, at), message: `"${char}" is never closed (expected "${PAIRS[char]}").` });
    }
    return findings;
  },
};
