// A cell's markup as word processors and web editors write it: emphasis by element or by style,
// blocks as line breaks, <pre>, CDATA, markup never closed, markdown escapes. Each expected text
// and emphasis is what a browser shows.
import { describe, expect, it } from 'vitest';
import { cellFromMarkup } from '../../src/rows/cell.js';

const runs = (raw: string, markdown = false) =>
  cellFromMarkup(raw, { markdown }).runs.map((r) => [r.text, r.bold, r.underline, r.italic === true]);

describe('cell emphasis', () => {
  it('reads bold, underline and italics from elements: b strong th, u ins, i em cite dfn', () => {
    // Runs are the emphasised stretches; the spaces between them are in the text, not runs of their own.
    expect(runs('<th>А</th> <strong>Б</strong> <ins>В</ins> <cite>Г</cite> <dfn>Ґ</dfn> Д')).toEqual([
      ['А', true, false, false],
      ['Б', true, false, false],
      ['В', false, true, false],
      ['Г', false, false, true],
      ['Ґ', false, false, true],
      ['Д', false, false, false],
    ]);
    expect(cellFromMarkup('<th>А</th> <strong>Б</strong> <ins>В</ins> <cite>Г</cite> <dfn>Ґ</dfn> Д').text).toBe(
      'А Б В Г Ґ Д',
    );
  });
  it('reads them from a style: weight 600 to 900 or bold, italic or oblique, an underline declaration', () => {
    const span = (style: string) => `<span style="${style}">Т</span>`;
    expect(runs(span('font-weight: 700'))).toEqual([['Т', true, false, false]]);
    expect(runs(span('font-weight:bolder'))).toEqual([['Т', true, false, false]]);
    expect(runs(span('font-weight: 500'))).toEqual([['Т', false, false, false]]);
    expect(runs(span('font-style: oblique'))).toEqual([['Т', false, false, true]]);
    expect(runs(span('color: red; text-decoration-line: underline'))).toEqual([['Т', false, true, false]]);
    expect(runs(span('text-decoration: none; --note: underline'))).toEqual([['Т', false, false, false]]);
  });
  it('ends an emphasis with its element, however elements nest', () => {
    expect(runs('<b>а<i>б</i>в</b>г')).toEqual([
      ['а', true, false, false],
      ['б', true, false, true],
      ['в', true, false, false],
      ['г', false, false, false],
    ]);
  });
  it('reads markdown ** as bold and \\ as an escape only in the text export', () => {
    expect(runs('**Освіта** 1\\.', true)).toEqual([
      ['Освіта', true, false, false],
      ['1.', false, false, false],
    ]);
    expect(cellFromMarkup('**Освіта** 1\\.').text).toBe('**Освіта** 1\\.');
  });
});

describe('cell text', () => {
  it('breaks lines at blocks (li, hr, h3, pre, blockquote), and keeps a <pre>’s own line breaks', () => {
    expect(cellFromMarkup('<ul><li>один</li><li>два</li></ul>три<hr>чотири<h3>п’ять</h3>').text).toBe(
      'один\nдва\nтри\nчотири\nп’ять',
    );
    expect(cellFromMarkup('<pre>рядок 1\nрядок 2</pre>').text).toBe('рядок 1\nрядок 2');
    expect(cellFromMarkup('<span>рядок 1\nрядок 2</span>').text).toBe('рядок 1 рядок 2');
  });
  it('keeps CDATA’s text, and the words after markup never closed', () => {
    expect(cellFromMarkup('a <![CDATA[b < c]]> d').text).toBe('a b < c d');
    expect(cellFromMarkup('Роботи <b тривають').text).toBe('Роботи <b тривають');
    expect(cellFromMarkup('Роботи <!-- тривають').text).toBe('Роботи <!-- тривають');
    expect(cellFromMarkup('<b>x</b> a < b').text).toBe('x a < b');
  });
  it('collects each link’s target, trimmed, and none for an empty one', () => {
    expect(cellFromMarkup('<a href=" https://a.ua ">a</a><a href="">b</a><a>c</a>').links).toEqual(['https://a.ua']);
  });
  it('says a cell had markup when its text differs from what was typed', () => {
    expect(cellFromMarkup('Двоє  пробілів').markup).toBe(false);
    expect(cellFromMarkup('a &amp; b').markup).toBe(true);
    expect(cellFromMarkup('<b>x</b>').markup).toBe(true);
  });
});
