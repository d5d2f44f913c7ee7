// Property tests: whatever text arrives, extraction returns a schema-valid record and never throws;
// whatever bytes arrive, a file is either extracted or refused with a DecodeError.
import { readdirSync, readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { extractFile, extractText } from '../../src/extract/index.js';
import { DecodeError } from '../../src/input/decode.js';
import { applyEdits, editArbitrary } from './fixture-edits.js';
import { schemaErrors } from './record-schema.js';

const SOURCE = { path: 'hostile.txt', sha256: '0'.repeat(64), format: 'text' as const };
const seeds = readdirSync('fixtures/seeds')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(`fixtures/seeds/${f}`, 'utf8'));

/** Words and marks plans are made of, so random text reaches headings, tables, dates and targets. */
const PLAN_TOKENS = [
  'I.', 'II.', 'IV.', 'I-', '1.', '2.1.', '1.1.1.', 'a)', 'đ)', '- ', '+ ', '\n', '\n\n', ' ', '  ', '|', '||', '**', '*', '_', '#', '## ',
  'Số:', 'số', 'ngày', 'tháng', 'năm', '2025', '2030', '15/12', '12/KH-UBND', '37-CT/TW', '113/2025/NQ-HĐND', 'KẾ HOẠCH',
  'Kế hoạch', 'MỤC TIÊU', 'TỔ CHỨC THỰC HIỆN', 'Sở Nội vụ', 'Ủy ban nhân dân tỉnh Sơn La', 'chủ trì', 'phối hợp', 'Giao',
  'Đơn vị chủ trì:', 'đạt', 'trên', '80%', '1.234,5', '03 - 04', 'Nơi nhận:', 'Lưu: VT.', 'TM.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH',
  'trước ngày', 'Quý I/2026', 'hằng năm', 'phấn đấu', 'đến năm', 'Thực hiện', '\u0000', '\t', '\f', '\ufeff', '¹', '[1]', '(', ')',
  ':', ';', ',', '.', '–', '<br>', '\\', 'ộ', 'e\u0301', 'hoá', 'Nguyễn Văn A',
];
// size 'max': fast-check's default size keeps arrays and strings to about ten items whatever maxLength says.
const planSoup = fc.array(fc.constantFrom(...PLAN_TOKENS), { maxLength: 400, size: 'max' }).map((tokens) => tokens.join(''));

/**
 * A hang detector, not a speed target: extraction runs at about 1 ms per KB, so 3 s plus 25 ms per
 * KB only trips on time that grows faster than the input (or a stall), even on a loaded 2-core CI
 * machine. Speed itself is measured in bench/.
 */
const budgetMs = (text: string) => 3000 + (25 * text.length) / 1024;

function expectValidRecord(text: string): void {
  const started = performance.now();
  const { record } = extractText(text, SOURCE);
  const ms = performance.now() - started;
  expect(schemaErrors(record)).toEqual([]);
  expect(ms).toBeLessThan(budgetMs(text));
}

describe('extraction of any text', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 3000, size: 'max' })], { numRuns: 150 })('arbitrary Unicode strings', (text) => {
    expectValidRecord(text);
  });

  test.prop([planSoup], { numRuns: 300 })('random sequences of plan words, numbers and marks', (text) => {
    expectValidRecord(text);
  });

  test.prop([fc.constantFrom(...seeds.keys()), fc.array(editArbitrary, { minLength: 1, maxLength: 8 })], { numRuns: 60 })(
    'seed plans cut, duplicated, shuffled, with | ** NUL and very long lines injected',
    (seed, edits) => {
      expectValidRecord(applyEdits(seeds[seed], edits));
    },
  );
});

describe('extraction of any file', () => {
  const BOMS = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]];
  const bytes = fc.tuple(fc.constantFrom(...BOMS), fc.uint8Array({ maxLength: 4000, size: 'max' })).map(([bom, body]) => Uint8Array.from([...bom, ...body]));

  test.prop([bytes], { numRuns: 200 })('arbitrary bytes are extracted or refused with a reason', (data) => {
    try {
      expect(schemaErrors(extractFile({ path: 'hostile.txt', bytes: data }).record)).toEqual([]);
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      expect(error.message).toMatch(/^(?:binary file|not valid UTF-8|empty file)/);
    }
  });

  test.prop([fc.constantFrom(...seeds.keys()), fc.array(editArbitrary, { minLength: 1, maxLength: 8 })], { numRuns: 40 })(
    'damaged seed files are extracted, or refused only for NUL bytes',
    (seed, edits) => {
      const text = applyEdits(seeds[seed], edits);
      const bytes = new TextEncoder().encode(text);
      if (text.includes('\u0000')) expect(() => extractFile({ path: 'hostile.txt', bytes })).toThrow(DecodeError);
      else expect(schemaErrors(extractFile({ path: 'hostile.txt', bytes }).record)).toEqual([]);
    },
  );
});
