import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/input/html.js';
import { declaredCharset, decodePage } from '../../src/input/html-charset.js';

describe('htmlToText', () => {
  it.each([
    ['one line per paragraph', '<p>KẾ HOẠCH</p><p>I. MỤC ĐÍCH</p>', 'KẾ HOẠCH\nI. MỤC ĐÍCH'],
    ['inline elements run on', '<p><b>1.</b> <i>Mục đích</i> chung</p>', '1. Mục đích chung'],
    ['<br> ends a line', '<p>Số: 177/KH-UBND<br>Hà Nội, ngày 07 tháng 7 năm 2025</p>', 'Số: 177/KH-UBND\nHà Nội, ngày 07 tháng 7 năm 2025'],
    ['source line breaks and spaces fold', '<p>Tỷ lệ lao động\n   qua đào tạo</p>', 'Tỷ lệ lao động qua đào tạo'],
    ['script and style are dropped', '<style>p{}</style><script>var a = "<p>x</p>";</script><p>Nội dung</p>', 'Nội dung'],
    ['the head and its title are dropped', '<html><head><title>Cổng thông tin</title></head><body><p>Nội dung</p></body></html>', 'Nội dung'],
    ['comments are dropped', '<p>Một<!-- <p>ẩn</p> --> hai</p>', 'Một hai'],
    ['a doctype is dropped', '<!DOCTYPE html><p>Nội dung</p>', 'Nội dung'],
    ['a bare "<" is text', '<p>a < b và c > d</p>', 'a < b và c > d'],
    ['entities decode', '<p>Ủy&nbsp;ban &amp; H&agrave; N&#7897;i &#x1EA1;</p>', 'Ủy ban & Hà Nội ạ'],
    ['a table row is a line of cells', '<table><tr><th>TT</th><th>Chỉ tiêu</th></tr><tr><td>1</td><td>Tỷ lệ <b>80%</b></td></tr></table>', '| TT | Chỉ tiêu |\n| 1 | Tỷ lệ 80% |'],
    ['paragraphs inside a cell join with a space', '<table><tr><td><p>Sở Nội vụ</p><p>chủ trì</p></td><td>2025</td></tr></table>', '| Sở Nội vụ chủ trì | 2025 |'],
    ['text after a table is a line again', '<table><tr><td>1</td></tr></table>Sau bảng', '| 1 |\nSau bảng'],
    ['an empty row is left out', '<table><tr><td> </td><td></td></tr><tr><td>x</td></tr></table>', '| x |'],
    ['a cell outside any row opens one', '<td>a</td><td>b</td>', '| a | b |'],
    ['decomposed text is composed', '<p>Ke\u0302\u0301 hoa\u0323ch</p>', 'Kế hoạch'],
    // What the hand-written reader got wrong (issue 13): a ">" inside a quoted attribute, and the
    // named references beyond the few it knew.
    ['a ">" inside a quoted attribute is markup', '<p><a title="a>b" href="/kh?x=1&y=2">Kế hoạch</a> số 12</p>', 'Kế hoạch số 12'],
    ['every named reference decodes', '<p>&Dstrok;&agrave; N&abreve;ng, &dstrok;&ocirc; th&#7883;, &hellip;&unknown;</p>', 'Đà Năng, đô thị, …&unknown;'],
    ['numeric references past the end of Unicode are replaced', '<p>a&#0;b&#x110000;c</p>', 'a\ufffdb\ufffdc'],
    ['an unclosed element closes at the end', '<div><p>Một<p>Hai', 'Một\nHai'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('reads an unclosed script to the end without hanging', () => {
    expect(htmlToText('<p>Đầu</p><script>' + '<'.repeat(50_000))).toBe('Đầu');
  });
});

describe('the encoding of a saved page', () => {
  const latin1 = (s: string) => Buffer.from(s, 'latin1');
  it.each([
    ['<meta charset="windows-1258">', 'windows-1258'],
    ["<META CHARSET='UTF-8'>", 'utf-8'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />', 'windows-1258'],
    ['<meta charset="iso-8859-1">', null],
    ['<p>charset=utf-8 in the text</p>', null],
  ])('%s declares %s', (head, encoding) => {
    expect(declaredCharset(latin1(`<html><head>${head}</head>`))).toBe(encoding);
  });

  it('decodes a markup-heavy Windows-1258 page by its declaration, where scoring alone has too few words', () => {
    // "Kế hoạch số" in Windows-1258: "ê" + acute (0xEC), "a" + dot below (0xF2), "ô" + acute.
    const body = latin1('<p>K\u00ea\u00ec hoa\u00f2ch s\u00f4\u00ec 5</p>');
    const styled = (meta: string) => Buffer.concat([latin1(`<html><head>${meta}<style>${'.a{color:red}'.repeat(200)}</style></head><body>`), body]);
    expect(decodePage(styled('<meta charset="windows-1258">'), 'auto')).toMatchObject({ encoding: 'windows-1258' });
    expect(htmlToText(decodePage(styled('<meta charset="windows-1258">'), 'auto').text)).toBe('Kế hoạch số 5');
    expect(() => decodePage(styled(''), 'auto')).toThrow(/--encoding/);
  });

  it('scores a page whose bytes are not in the encoding it declares', () => {
    const page = Buffer.concat([latin1('<meta charset="utf-8">'), readFileSync('fixtures/formats/002_son-la.vni.txt')]);
    expect(decodePage(page, 'auto').encoding).toBe('vni');
  });

  it('lets --encoding win over the declaration', () => {
    // "Keá" is VNI for "Kế"; read as the declared Windows-1258 it would be "Keá".
    expect(decodePage(latin1('<meta charset="windows-1258"><p>Ke\u00e1</p>'), 'vni').text).toContain('Kế');
  });
});
