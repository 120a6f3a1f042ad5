// The HTML reader on hand-written pages: a report in several tables, text between
// and around them, tables that are not the report, lists.
import { describe, expect, it } from 'vitest';
import { htmlToRows } from '../../src/rows/html-rows.js';

const read = (body: string) =>
  htmlToRows(`<html><body>${body}</body></html>`, { numbering: 'ordinal', name: 't.html' });
const tr = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const six = (n: number) => tr(`${n}`, `Завдання ${n}`, `${n}.1. Захід`, 'Виконавець', 'Виконано', 'Програма');

describe('HTML reader', () => {
  it('reads every table of the report, in order, with the text between them as outside rows', async () => {
    const rows = await read(
      `<p><b>Звіт</b></p><table>${six(1)}</table><p><i>Продовження таблиці</i></p><table>${six(2)}</table><p>*Примітка</p>`,
    );
    expect(rows.map((r) => [r.cells[0]?.text, r.outside ?? false])).toEqual([
      ['Звіт', true],
      ['1', false],
      ['Продовження таблиці', true],
      ['2', false],
      ['*Примітка', true],
    ]);
  });

  it('marks the rows of a table that is not the report as aside', async () => {
    const rows = await read(`<table>${six(1)}</table><table>${tr('Директор', 'Іван ПЕТРЕНКО')}</table>`);
    expect(rows.map((r) => [r.cells.map((c) => c.text).join('|'), r.aside ?? false])).toEqual([
      ['1|Завдання 1|1.1. Захід|Виконавець|Виконано|Програма', false],
      ['Директор|Іван ПЕТРЕНКО', true],
    ]);
  });

  it('looks through a table that only lays out the page around the report', async () => {
    const rows = await read(`<table><tr><td><p>Звіт</p><table>${six(1)}${six(2)}</table></td></tr></table>`);
    expect(rows.map((r) => [r.cells[0]?.text, r.outside ?? false, r.aside ?? false])).toEqual([
      ['Звіт', true, false],
      ['1', false, false],
      ['2', false, false],
    ]);
  });

  it('refuses a page with no table of the report’s width', async () => {
    await expect(read(`<table>${tr('a', 'b')}</table>`)).rejects.toThrow('t.html: no report table found');
  });

  it('reads a list item holding a paragraph once', async () => {
    const rows = await read(
      `<ul><li><p>Перший пункт</p></li><li>Другий <p>пункт</p></li></ul><table>${six(1)}</table>`,
    );
    expect(rows.filter((r) => r.outside).map((r) => r.cells[0]?.text)).toEqual(['Перший пункт', 'Другий\nпункт']);
  });

  it('reads a line end in the markup as a space, as a browser shows it', async () => {
    const rows = await read(
      `<table>${tr('1', 'Завдання', '1.1. Захід', 'Управління капітального\n\t\t\t\tбудівництва міської ради, департамент освіти', 'x<br>y', '<pre>a\nb</pre>')}</table>`,
    );
    expect(rows[0]?.cells.slice(3).map((c) => c.text)).toEqual([
      'Управління капітального будівництва міської ради, департамент освіти',
      'x\ny',
      'a\nb',
    ]);
  });
});
