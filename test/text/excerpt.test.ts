import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/text/excerpt.js';

describe('quoted evidence', () => {
  it('keeps a sentence of ordinary length whole', () => {
    const text = 'Định kỳ hàng năm, báo cáo UBND Thành phố trước ngày 05/12.';
    expect(excerpt(text, 0, text.length, 40)).toBe(text);
  });

  it('cuts a sentence without end to a window around the item, at spaces', () => {
    const text = Array.from({ length: 500 }, (_, i) => `ngày${i}`).join(' ');
    const at = text.indexOf('ngày250');
    const quote = excerpt(text, 0, text.length, at);
    expect(quote.length).toBeLessThanOrEqual(404);
    expect(quote).toContain('ngày250');
    expect(quote).toMatch(/^… ngày\d+ .* ngày\d+ …$/u);
  });
});
