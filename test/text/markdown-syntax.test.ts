import { describe, expect, it } from 'vitest';
import { stripMarkdownSyntax } from '../../src/text/markdown-syntax.js';

describe('markdown syntax removal (remark-parse)', () => {
  it.each([
    ['a link keeps its text', 'Căn cứ [Nghị quyết số 57-NQ/TW](https://vbpl.vn/57-NQ-TW-2024) của Bộ Chính trị', 'Căn cứ Nghị quyết số 57-NQ/TW của Bộ Chính trị'],
    ['inline HTML goes, a footnote mark with it', 'đạt 80%<br>trong đó <sup>1</sup> tỷ lệ', 'đạt 80%trong đó  tỷ lệ'],
    ['an image goes', 'Sơ đồ ![tổ chức](so-do.png) kèm theo', 'Sơ đồ  kèm theo'],
    ['inline code loses its fences', 'mã `KH-01` của kế hoạch', 'mã KH-01 của kế hoạch'],
    ['bold and heading marks stay for the structure reader', '## **2. Yêu cầu**', '## **2. Yêu cầu**'],
  ])('%s', (_name, input, expected) => {
    expect(stripMarkdownSyntax(input)).toBe(expected);
  });

  it('keeps every line where it was', () => {
    const input = 'Dòng 1 [liên kết\nqua hai dòng](https://x.vn)\n\n<div>\nkhối\n</div>\nDòng 7';
    const output = stripMarkdownSyntax(input);
    expect(output.split('\n')).toHaveLength(input.split('\n').length);
    expect(output.split('\n')[6]).toBe('Dòng 7');
  });
});
