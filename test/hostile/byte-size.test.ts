import { describe, expect, it } from 'vitest';
import { formatByteSize, parseByteSize } from '../../src/input/byte-size.js';

describe('--max-size values', () => {
  it.each([
    ['1048576', 1048576],
    ['50MB', 50 * 1024 ** 2],
    ['50 mb', 50 * 1024 ** 2],
    ['50M', 50 * 1024 ** 2],
    ['50MiB', 50 * 1024 ** 2],
    ['1.5G', 1.5 * 1024 ** 3],
    ['800k', 800 * 1024],
    ['800KB', 800 * 1024],
    ['12b', 12],
    [' 2MB ', 2 * 1024 ** 2],
  ])('%s is %d bytes', (text, bytes) => expect(parseByteSize(text)).toBe(bytes));

  it.each(['', 'lots', '-5MB', '5 TB', '5 M B', '1e9', '50MBs', '1.2.3k'])('%j is not a size', (text) => expect(parseByteSize(text)).toBeNull());

  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 KB'],
    [26_800, '26.2 KB'],
    [50 * 1024 ** 2, '50.0 MB'],
    [104_857_600 + 50_000, '100.0 MB'],
    [1.5 * 1024 ** 3, '1.5 GB'],
  ])('%d bytes read as %s', (bytes, text) => expect(formatByteSize(bytes)).toBe(text));
});
