import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NoTextLayerError, pdfToText } from '../../src/input/pdf.js';
import { itemsToLines, pageText, type PdfTextItem } from '../../src/input/pdf-lines.js';
import { repairPdfText } from '../../src/input/pdf-repair.js';

describe('repairPdfText', () => {
  it.each([
    ['Ư u tiên phát triển', 'Ưu tiên phát triển'],
    ['Đ ảng bộ tỉnh', 'Đảng bộ tỉnh'],
    ['T rong năm 2025', 'Trong năm 2025'],
    ['Ứ ng dụng công nghệ', 'Ứng dụng công nghệ'],
    ['tha \u0300nh phố', 'thành phố'],
    ['Vie\u0323\u0302t Nam', 'Việt Nam'],
  ])('rejoins %j', (input, output) => {
    expect(repairPdfText(input)).toEqual({ text: output, doubtful: [] });
  });

  it.each([
    ['điểm a khoản 1', 'a list label'],
    ['mục b ưu tiên', 'a list label before a word'],
    ['ở đây', 'a one-letter word'],
    ['Ý kiến', 'a one-letter word, capitalised'],
    ['A và B', 'an ASCII capital before a word'],
    ['Ô nhiễm', 'no syllable "ônhiễm"'],
  ])('leaves %j alone (%s)', (input) => {
    expect(repairPdfText(input).text).toBe(input);
  });

  it('reports a lone non-ASCII letter it could not rejoin, with its line', () => {
    expect(repairPdfText('Dân tộc\nÊ đê', 7)).toEqual({ text: 'Dân tộc\nÊ đê', doubtful: ["line 8: 'Ê đê'"] });
  });
});

// Synthetic text items: a 400-point-wide column from x=50, lines 20 points apart.
const item = (str: string, x: number, y: number, width: number, hasEOL = true): PdfTextItem => ({
  str, transform: [12, 0, 0, 12, x, y], width, height: 12, hasEOL,
});

describe('PDF lines and paragraphs', () => {
  it('puts a blank line after a line that stops short of the margin', () => {
    const lines = itemsToLines([
      item('2. Yêu cầu', 50, 700, 80),
      item('Các cấp, các ngành xác định việc tổ chức thực hiện là một nhiệm', 50, 680, 400),
      item('vụ thường xuyên.', 50, 660, 120),
      item('3. Mục tiêu', 50, 640, 90),
    ]);
    expect(pageText(lines)).toBe('2. Yêu cầu\n\nCác cấp, các ngành xác định việc tổ chức thực hiện là một nhiệm\nvụ thường xuyên.\n\n3. Mục tiêu');
  });

  it('puts a blank line at a vertical gap wider than the line spacing', () => {
    const lines = itemsToLines([
      item('Dòng đầy đủ thứ nhất của đoạn văn một', 50, 700, 400),
      item('Dòng đầy đủ thứ hai của đoạn văn một', 50, 680, 400),
      item('Dòng đầy đủ của đoạn văn hai', 50, 640, 400),
      item('Dòng đầy đủ cuối', 50, 620, 400),
    ]);
    expect(pageText(lines).split('\n')).toEqual(['Dòng đầy đủ thứ nhất của đoạn văn một', 'Dòng đầy đủ thứ hai của đoạn văn một', '', 'Dòng đầy đủ của đoạn văn hai', 'Dòng đầy đủ cuối']);
  });

  it('joins items of one baseline and mends a symbol broken at its hyphen', () => {
    const lines = itemsToLines([
      item('thực hiện Chỉ thị số ', 50, 700, 200, false),
      item('37-', 250, 700, 200),
      item('CT/TW là một nhiệm vụ', 50, 680, 400),
    ]);
    expect(pageText(lines)).toBe('thực hiện Chỉ thị số 37-CT/TW\nlà một nhiệm vụ');
  });

  it.each(['2', '- 12 -', 'Trang 3'])('leaves out a page number %j at the top or bottom of a page', (number) => {
    const lines = itemsToLines([
      item(number, 240, 800, 20),
      item('tổ chức thực hiện Kế hoạch này.', 50, 700, 300),
      item(number, 240, 40, 20),
    ]);
    expect(pageText(lines)).toBe('tổ chức thực hiện Kế hoạch này.');
  });

  it('keeps a number inside the page', () => {
    const lines = itemsToLines([item('Chỉ tiêu', 50, 700, 100), item('2025', 50, 680, 40), item('Tỷ lệ đạt 80%', 50, 660, 120)]);
    expect(pageText(lines).split('\n').filter(Boolean)).toEqual(['Chỉ tiêu', '2025', 'Tỷ lệ đạt 80%']);
  });

  it('keeps a spaced dash at a line end as it is', () => {
    const lines = itemsToLines([item('phát triển kinh tế -', 50, 700, 400), item('Xã hội', 50, 680, 400)]);
    expect(pageText(lines)).toBe('phát triển kinh tế -\nXã hội');
  });
});

describe('pdfToText', () => {
  it('reads the text layer of a LibreOffice PDF, one line per line, pages kept apart', async () => {
    const { text, doubtful } = await pdfToText(readFileSync('fixtures/formats/003_ha-noi.pdf'));
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual(['Số: 177/KH-UBND', '', 'Hà Nội, ngày 07 tháng 7 năm 2025', '']);
    expect(lines.filter((l) => l === '\f').length).toBeGreaterThan(0);
    expect(text).toBe(text.normalize('NFC'));
    expect(doubtful).toEqual([]);
  });

  it('refuses a PDF whose pages hold no text: a scan to OCR first', async () => {
    const scan = '%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n';
    await expect(pdfToText(Buffer.from(scan, 'latin1'))).rejects.toThrow(NoTextLayerError);
    await expect(pdfToText(Buffer.from(scan, 'latin1'))).rejects.toThrow(/no text layer.*OCR it first/);
  });
});
