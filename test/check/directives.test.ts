// Comments that silence a rule for a line or the rest of the file, as a drafter writes them.
import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers.js';

// Lai Châu's draft: "Phân đầu" twice, "với với" once.
const PLAN = (lines: string[]) => ['KẾ HOẠCH', '', 'I. MỤC TIÊU', '', ...lines].join('\n');
const SLIP_1 = 'Phân đầu đến năm 2030 đạt 80%.';
const SLIP_2 = 'Phân đầu đến năm 2031 đạt 90%.';
const lines = (ruleId: string, text: string) => findingsOf(ruleId, text).map((d) => d.line);

describe('plans-disable comments', () => {
  it.each([
    ['nothing silenced', [SLIP_1, '', SLIP_2], [5, 7]],
    ['the next line that holds text, past blank lines', ['<!-- plans-disable-next-line known-typo -- đúng như văn bản gốc -->', '', SLIP_1, '', SLIP_2], [9]],
    ['its own line', [`${SLIP_1} <!-- plans-disable-line known-typo -->`, '', SLIP_2], [7]],
    ['the rest of the file, from the comment on', [SLIP_1, '', '<!-- plans-disable known-typo -->', SLIP_2], [5]],
    ['every rule, with no rule named', ['<!-- plans-disable-next-line -->', SLIP_1, '', SLIP_2], [8]],
    ['one of several rules named, comma-separated', ['<!-- plans-disable-next-line repeated-word, known-typo -->', SLIP_1, '', SLIP_2], [8]],
    ['not another rule', ['<!-- plans-disable-next-line repeated-word -->', SLIP_1, '', SLIP_2], [6, 8]],
    ['not a misspelt directive', ['<!-- plans-disabled known-typo -->', SLIP_1, '', SLIP_2], [6, 8]],
  ])('%s', (_name, body, expected) => {
    expect(lines('known-typo', PLAN(body))).toEqual(expected);
  });

  it('silences nothing before a file-wide comment', () => {
    expect(lines('known-typo', PLAN([SLIP_1, '', SLIP_2, '<!-- plans-disable -->']))).toEqual([5, 7]);
  });
});
