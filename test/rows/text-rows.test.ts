import { describe, expect, it } from 'vitest';
import { textToRows } from '../../src/rows/text-rows.js';

describe('textToRows', () => {
  it('makes one row per line, cells split on TAB, lines numbered from 1', () => {
    const rows = textToRows('a\tb\n\nc\r\nd\re\n');
    expect(rows.map((r) => r.source.line)).toEqual([1, 2, 3, 4, 5]);
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([['a', 'b'], [''], ['c'], ['d'], ['e']]);
  });

  it('reads CRLF and LF files alike (the fast path without lone CRs)', () => {
    const crlf = textToRows('\r\na\tb\r\n\r\nc\r\n');
    const lf = textToRows('\na\tb\n\nc\n');
    expect(crlf).toEqual(lf);
    expect(lf.map((r) => r.cells.map((c) => c.text))).toEqual([[''], ['a', 'b'], [''], ['c']]);
  });

  it('counts a last line without a line break', () => {
    expect(textToRows('a\nb')).toHaveLength(2);
    expect(textToRows('')).toHaveLength(0);
  });

  it('keeps empty cells so column positions hold', () => {
    expect(textToRows('\t\t1.2. Захід\tВиконавець')[0]?.cells.map((c) => c.text)).toEqual([
      '',
      '',
      '1.2. Захід',
      'Виконавець',
    ]);
  });
});
