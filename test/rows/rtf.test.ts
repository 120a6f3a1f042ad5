// RTF, written by hand after the RTF 1.9 specification: code pages and Unicode escapes,
// emphasis by group, skipped destinations, cells with several paragraphs, and a heading
// row of one wide cell spanning the columns of the rows below it.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { rtfToRows } from '../../src/rows/rtf/rtf-rows.js';

// Saved as Word saves it: 8-bit text in the declared code page.
const rtf = (body: string) => iconv.encode(`{\\rtf1\\ansi\\ansicpg1251{\\fonttbl{\\f0 Arial;}}${body}}`, 'win1251');
const row = (edges: number[], cells: string[]) =>
  `\\trowd${edges.map((e) => `\\cellx${e}`).join('')}${cells.map((c) => `\\pard\\intbl ${c}\\cell`).join('')}\\row`;
const SIX = [1000, 2000, 3000, 4000, 5000, 6000];

describe('rtfToRows', () => {
  it("decodes \\'xx in the declared code page and \\uN skipping its fallback", () => {
    const { rows } = rtfToRows(
      rtf(`${row(SIX, ["\\'cf\\'f0\\'e8", '\\u1110?\\u1111?', 'c', 'd', 'e', 'f'])}`),
      'x.rtf',
    );
    expect(rows[0]?.cells.slice(0, 2).map((c) => c.text)).toEqual(['При', 'ії']);
  });
  it('spans a one-cell heading row over the columns its right edge covers', () => {
    const { rows } = rtfToRows(rtf(row([6000], ['{\\b Освіта}']) + row(SIX, ['1', '2', '3', '4', '5', '6'])), 'x.rtf');
    expect(rows[0]?.cells.map((c) => c.spanned === true)).toEqual([false, true, true, true, true, true]);
    expect(rows[0]?.cells[0]?.runs[0]).toMatchObject({ bold: true });
  });
  it('keeps a cell of several paragraphs whole, each paragraph a line', () => {
    const cells = ['перший\\par\\pard\\intbl другий', 'b', 'c', 'd', 'e', 'f'];
    const { rows } = rtfToRows(rtf(row(SIX, cells)), 'x.rtf');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.cells[0]?.text).toBe('перший\nдругий');
  });
  it('turns bold on and off by group and by \\b0', () => {
    const { rows } = rtfToRows(
      rtf(row(SIX, ['{\\b Жирний} звичайний \\b так\\b0  ні', 'b', 'c', 'd', 'e', 'f'])),
      'x.rtf',
    );
    expect(rows[0]?.cells[0]?.runs.map((r) => [r.text, r.bold])).toEqual([
      ['Жирний', true],
      ['звичайний', false],
      ['так', true],
      ['ні', false],
    ]);
  });
  it('skips destinations that are not page text: styles, pictures, field instructions, unknown \\* ones', () => {
    const body =
      '{\\stylesheet{\\s1 Heading 1;}}{\\*\\generator Writer;}{\\pict\\pngblip 89504e47}' +
      row(SIX, [
        '{\\field{\\*\\fldinst HYPERLINK "x"}{\\fldrslt посилання}}',
        '{\\*\\bkmkstart a}b',
        'c',
        'd',
        'e',
        'f',
      ]);
    const { rows } = rtfToRows(rtf(body), 'x.rtf');
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([['посилання', 'b', 'c', 'd', 'e', 'f']]);
  });
  it('reads paragraphs outside the table as outside rows, and a footnote after the document with its mark', () => {
    const body = `Заголовок\\par ${row(SIX, ['Виконано{\\footnote Станом на 01.10}', 'b', 'c', 'd', 'e', 'f'])}\\pard Підпис\\par`;
    const { rows } = rtfToRows(rtf(body), 'x.rtf');
    expect(rows.map((r) => [r.outside === true, r.cells[0]?.text])).toEqual([
      [true, 'Заголовок'],
      [false, 'Виконано[1]'],
      [true, 'Підпис'],
      [true, '[1] Станом на 01.10'],
    ]);
  });
  it('names a font of the property names «constructor» without harm', () => {
    const { rows } = rtfToRows(rtf(row(SIX, ['\\constructor a', '\\toString b', 'c', 'd', 'e', 'f'])), 'x.rtf');
    expect(rows[0]?.cells.slice(0, 2).map((c) => c.text)).toEqual(['a', 'b']);
  });
  it('refuses groups nested past the depth limit, in one line', () => {
    const deep = Buffer.from(`{\\rtf1${'{'.repeat(2000)}x${'}'.repeat(2000)}}`, 'latin1');
    expect(() => rtfToRows(deep, 'x.rtf')).toThrow(
      /x\.rtf: the nesting of RTF groups is over the limit 1,000 \(raise it with --max-depth\)/,
    );
  });
});
