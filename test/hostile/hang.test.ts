// Hang detection: long adversarial runs of the characters and words the regexes look for, each
// extracted in a worker that is terminated past a deadline, so a super-linear regex fails the test
// with the input's size instead of stalling the suite.
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { GuardedExtractor } from './guarded-extract.js';

/**
 * No input of at most a few hundred KB may take longer than this. Linear extraction of 200 KB takes
 * well under a second, and under 3 s on a loaded 2-core machine; every quadratic pattern found so
 * far took 15 s to minutes on the inputs below. A hang detector, never a speed target.
 */
const DEADLINE_MS = 12_000;

const ADVERSARIAL = [
  '1', '0', '.', ',', ' ', '  ', '\f', '\ufeff', '\t', '-', '–', '/', ':', ';', '(', ')', '|', '**', '*', '_', '#', '\n',
  'ngày', 'số', 'Số:', 'tháng', 'năm', 'quý', 'I.', 'a)', 'và', 'đạt', 'là', 'trên', 'chủ trì', 'Sở', 'tỉnh', 'TM.',
  'ộ', 'Ư', 'đ', 'ế',
];
/** Where a run lands decides which extractors see it. */
const CONTEXTS: Record<string, (run: string) => string> = {
  bare: (run) => `${run}x`,
  target: (run) => `KẾ HOẠCH\n\nII. MỤC TIÊU\n\nPhấn đấu ${run}x đạt 80%.\n`,
  organisation: (run) => `KẾ HOẠCH\n\nIV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ${run} chủ trì, phối hợp ${run}x.\n`,
  recipients: (run) => `Nơi nhận:\n- Bộ Nội vụ${run}x\n- Lưu: VT.\n`,
  table: (run) => `| STT | Đơn vị chủ trì |\n|---|---|\n| 1 | Sở Y tế${run}x |\n`,
  signature: (run) => `TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH${run}x\n`,
  heading: (run) => `II. MỤC TIÊU${run}x\n\n1. Đến năm 2030${run}x\n`,
};

const extractor = new GuardedExtractor();
afterAll(() => extractor.close());

async function expectFinishes(text: string): Promise<void> {
  const { schemaErrors } = await extractor.extract(text, DEADLINE_MS);
  expect(schemaErrors).toEqual([]);
}

const repeatTo = (unit: string, kb: number) => unit.repeat(Math.ceil((kb * 1024) / unit.length));

describe('long adversarial inputs finish', () => {
  test.prop(
    [
      fc.array(fc.constantFrom(...ADVERSARIAL), { minLength: 1, maxLength: 5 }).map((t) => t.join('')),
      fc.constantFrom(...Object.keys(CONTEXTS)),
      fc.integer({ min: 50, max: 200 }),
    ],
    { numRuns: 25 },
  )('a 50–200 KB run of one short unit, in any context', async (unit, context, kb) => {
    await expectFinishes(CONTEXTS[context](repeatTo(unit, kb)));
  });

  // Inputs that once took quadratic time, each sized so that the old code would run far past the
  // deadline (figures from this machine, before the fix).
  it.each([
    ['spaces and form feeds on one line (cleanLine: 40 KB took 3 s)', () => repeatTo(' \f', 300) + 'x'],
    ['spaces and U+FEFF on one line (cleanLine)', () => repeatTo(' \ufeff', 300) + 'x'],
    ['a pipe row of spaces (PIPE_RULE: 32 KB took 0.45 s)', () => `|${repeatTo(' ', 400)}x|\n`],
    ['a recipient followed by " ," (trailing-run trim: 32 KB took 0.24 s)', () => CONTEXTS.recipients(repeatTo(' ,', 600))],
    ['a table agency followed by ". " (tidyAgency)', () => CONTEXTS.table(repeatTo('. ', 600))],
    ['a target after a run of " là" (LINKING_TAIL: 32 KB took 0.1 s)', () => CONTEXTS.target(repeatTo(' là', 800))],
    // Found by the property above (seed 397087519): the sentence's cues were read once per number in it.
    ['numbers all through one long sentence (targets: 20 KB took 1.5 s)', () => CONTEXTS.organisation(repeatTo('ộa)0\f', 150))],
    [
      'hard-wrapped duties, a deadline on every line, no full stop (deadlines: 200 KB took 1.6 s, 400 KB 18 s loaded)',
      () => `IV. TỔ CHỨC THỰC HIỆN\n${repeatTo('Sở Nội vụ chủ trì, phối hợp Sở Tài chính báo cáo trước ngày 15/12 hằng năm\n', 1000)}`,
    ],
    [
      // Sections repeat their ids ("II", "II.1" …) once per plan: a lookup by id joined them.
      'a file of 3,000 plans laid out agency by agency (rosters by id: 2,000 took 12 s)',
      () => repeatTo('KẾ HOẠCH\n\nII. NỘI DUNG\n\n1. Sở Y tế\n\nChủ trì triển khai.\n\n2. Sở Tài chính\n\nPhối hợp bố trí kinh phí.\n\n', 300),
    ],
  ])('%s', async (_name, make) => {
    await expectFinishes(make());
  });
});
