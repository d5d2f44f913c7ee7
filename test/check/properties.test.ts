// Whatever the text, the rules never throw, and every diagnostic points inside the file.
import { fc, test } from '@fast-check/vitest';
import { checkText } from './helpers.js';

// Plan-like pieces that the rules look for, glued in any order with arbitrary text.
const piece = fc.constantFrom(
  'Số: /KH-UBND', 'ngày tháng năm 2025', 'I. MỤC ĐÍCH', 'IV. KINH PHÍ', '1. Mục đích', 'a) Nội dung', 'b) ', '**2. Yêu cầu**',
  'Phân đầu', 'với với', '(Có phụ lục đính kèm)', '37-CT/TW, ngày 10/7/2024 của Ban Bí thư', '27/NQ- TW', '31/6/2025',
  'Sở Kế hoạch và Đầu tư', 'UBND các huyện', 'hoá', 'hóa', '(', ')', '“', '|', '\n', '\n\n', ' ', 'đạt 75%', 'Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN',
);
// Headed by a type name, so that `plans check` takes the text for a plan and runs every rule.
const planText = fc.array(fc.oneof(piece, fc.string({ maxLength: 12 })), { maxLength: 60 }).map((parts) => `KẾ HOẠCH\n\n${parts.join(' ')}`);

test.prop([planText], { numRuns: 300 })('never throws; every place is inside the file', (text) => {
  const lines = text.normalize('NFC').split(/\r\n|\r|\n/);
  for (const d of checkText(text, { stage: 'final' })) {
    const places = [d, ...(d.related ? [d.related] : [])];
    for (const p of places) {
      if (p.line < 1 || p.line > lines.length || p.endLine < p.line) return false;
      if (p.column < 1 || (p.endLine === p.line && p.endColumn <= p.column)) return false;
      if (p.column > lines[p.line - 1].length + 1) return false;
    }
  }
  return true;
});
