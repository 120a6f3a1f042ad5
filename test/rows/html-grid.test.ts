// The HTML reader's grid and page layout on hand-written pages: each expected grid is the table
// as a browser lays it out (HTML's table model: colspan, rowspan, rows of thead/tbody/tfoot).
import { describe, expect, it } from 'vitest';
import { htmlToRows } from '../../src/rows/html-rows.js';

const read = (body: string, numbering: 'ordinal' | 'source-line' = 'ordinal', max?: number) =>
  htmlToRows(`<html><body>${body}</body></html>`, { numbering, name: 't.html', maxCellsPerRow: max });
const grid = async (body: string) =>
  (await read(body)).map((r) => r.cells.map((c) => (c.spanned ? '^' : c.text)).join('|'));
const td = (text: string, attrs = '') => `<td${attrs}>${text}</td>`;
const tr = (...cells: string[]) => `<tr>${cells.join('')}</tr>`;
const SIX = tr(...['1', 'Завдання', '1.1. Захід', 'Виконавець', 'Виконано', 'Програма'].map((t) => td(t)));

describe('HTML table grid', () => {
  it('leaves a spanned cell behind a colspan and under a rowspan, in every row it covers', async () => {
    const table = `<table>${SIX}${tr(td('Освіта', ' colspan="6"'))}${tr(td('2', ' rowspan="3"'), td('Задача', ' rowspan="2"'), td('2.1'), td('В'), td('Е'), td('П'))}${tr(td('2.2'), td('В'), td('Е'), td('П'))}${tr(td('Інша'), td('2.3'), td('В'), td('Е'), td('П'))}</table>`;
    expect(await grid(table)).toEqual([
      '1|Завдання|1.1. Захід|Виконавець|Виконано|Програма',
      'Освіта|^|^|^|^|^',
      '2|Задача|2.1|В|Е|П',
      '^|^|2.2|В|Е|П',
      '^|Інша|2.3|В|Е|П',
    ]);
  });
  it('keeps a rowspan running past a row that ends early, and fills short rows with empty cells', async () => {
    const table = `<table>${SIX}${tr(td('x'), td('y'), td('z'), td('w'), td('v'), td('u', ' rowspan="2"'))}${tr(td('a'))}${tr(td('b'), td(''), td('c'))}</table>`;
    expect(await grid(table)).toEqual([
      '1|Завдання|1.1. Захід|Виконавець|Виконано|Програма',
      'x|y|z|w|v|u',
      'a|||||^',
      'b||c',
    ]);
  });
  it('reads a span that is not a number, or less than one, as one; a span past 1,000 as 1,000', async () => {
    const table = `<table>${SIX}${tr(td('a', ' colspan="x"'), td('b', ' colspan="0"'), td('c', ' colspan="-3"'), td('d'), td('e'), td('f'))}</table>`;
    expect((await grid(table))[1]).toBe('a|b|c|d|e|f');
    await expect(read(`<table>${SIX}${tr(td('a', ' colspan="5000"'))}</table>`, 'ordinal', 2000)).resolves.toHaveLength(
      2,
    );
    const wide = await read(`<table>${SIX}${tr(td('a', ' colspan="5000"'))}</table>`, 'ordinal', 2000);
    expect(wide[1]?.cells).toHaveLength(1000);
  });
  it('refuses a row wider than the limit, naming it', async () => {
    await expect(read(`<table>${SIX}${tr(td('a', ' colspan="70"'))}</table>`)).rejects.toThrow(
      't.html: table row 2: the number of cells is 70; the limit is 64 (raise it with --max-cells)',
    );
  });
  it('reads the rows of thead, tbody and tfoot in order, not those of a table inside a cell', async () => {
    const inner = '<table><tr><td>вкладена</td></tr></table>';
    const table = `<table><thead>${SIX}</thead><tbody>${tr(td('2'), td(`Задача ${inner}`), td('2.1'), td('В'), td('Е'), td('П'))}</tbody><tfoot>${tr(td('Разом'), td(''), td(''), td(''), td(''), td('30'))}</tfoot></table>`;
    expect(await grid(table)).toEqual([
      '1|Завдання|1.1. Захід|Виконавець|Виконано|Програма',
      // The inner table's text stays in its cell, on a line of its own (a table is a block).
      '2|Задача\nвкладена|2.1|В|Е|П',
      'Разом|||||30',
    ]);
  });
});

describe('HTML page layout', () => {
  it('reads a div holding only text as one block, and a div holding blocks by its blocks', async () => {
    const rows = await read(
      `<div>Звіт</div><div><p>Перший</p><p>Другий</p></div><div><div>Вкладений</div></div><table>${SIX}</table>`,
    );
    expect(rows.filter((r) => r.outside).map((r) => r.cells[0]?.text)).toEqual([
      'Звіт',
      'Перший',
      'Другий',
      'Вкладений',
    ]);
  });
  it('reads a list item holding a paragraph once', async () => {
    const rows = await read(`<ul><li><p>Пункт</p></li></ul><table>${SIX}</table>`);
    expect(rows.filter((r) => r.outside).map((r) => r.cells[0]?.text)).toEqual(['Пункт']);
  });
  it('looks through a table that lays out the page around the report', async () => {
    const rows = await read(`<table><tr><td><p>Шапка</p><table>${SIX}</table></td></tr></table>`);
    expect(rows.map((r) => [r.cells.length, r.outside ?? false, r.aside ?? false])).toEqual([
      [1, true, false],
      [6, false, false],
    ]);
  });
  it('numbers rows by their line in the source when asked, else in order', async () => {
    const body = `<p>Звіт</p>\n<table>\n${SIX}\n${SIX}</table>`;
    expect((await read(body, 'source-line')).map((r) => r.source.line)).toEqual([1, 3, 4]);
    expect((await read(body)).map((r) => r.source.line)).toEqual([1, 2, 3]);
  });
  it('reads an empty cell as empty, and refuses a page with no report table', async () => {
    expect((await grid(`<table>${SIX}${tr(td(''), '<td></td>', td('x'), td(''), td(''), td(''))}</table>`))[1]).toBe(
      '||x|||',
    );
    await expect(read('<p>Нічого</p><table><tr><td>a</td></tr></table>')).rejects.toThrow(
      't.html: no report table found (no <table> with rows of five or more cells)',
    );
  });
});
