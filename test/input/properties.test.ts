// Readers take whatever a portal or an old disk hands them: they never throw anything but their
// own clear errors. (That their time grows linearly is measured in bench/inputs.bench.mjs.)
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { decodeBytes, DecodeError } from '../../src/input/decode.js';
import { htmlToText } from '../../src/input/html.js';
import { repairPdfText } from '../../src/input/pdf-repair.js';
import { raiseCapitalsFontWords } from '../../src/input/tcvn3-caps.js';

// Whole tags only: a bare "<" is text, so "<" + "<!---->" + "tr>" rightly reads as the text "<tr>".
const htmlish = fc
  .array(fc.constantFrom('<p>', '</p>', '<td>', '</td>', '<tr>', '</tr>', '<script>', '</script>', '<!--', '-->', '>', '&', '#', ';', 'amp', ' ', 'Kế', '\n', '"'), { maxLength: 200 })
  .map((parts) => parts.join(''));

describe('input readers on arbitrary input', () => {
  test.prop([fc.uint8Array({ maxLength: 400 })])('decodeBytes returns text or throws a DecodeError', (bytes) => {
    try {
      expect(typeof decodeBytes(bytes).text).toBe('string');
    } catch (error) {
      expect(error).toBeInstanceOf(DecodeError);
    }
  });

  test.prop([htmlish])('htmlToText never throws and never leaves a tag of a known element', (html) => {
    expect(htmlToText(html)).not.toMatch(/<\/?(?:p|td|tr|script)>/);
  });

  test.prop([fc.string({ maxLength: 300 })])('repairPdfText keeps the line count and never adds letters', (text) => {
    const repaired = repairPdfText(text).text;
    expect(repaired.split('\n')).toHaveLength(text.split('\n').length);
    expect(repaired.replace(/\s/g, '').length).toBeLessThanOrEqual(text.normalize('NFC').replace(/\s/g, '').length);
  });

  test.prop([fc.string({ maxLength: 300 })])('raiseCapitalsFontWords changes only letter case', (text) => {
    expect(raiseCapitalsFontWords(text).toLocaleLowerCase('vi')).toBe(text.toLocaleLowerCase('vi'));
  });
});
