// The workbook writer, read back by ExcelJS (an independent reader): every cell type,
// the characters XML escapes, white space kept, and the letters of columns past Z.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnName, writeWorkbook, XLSX_STYLE } from '../../src/emit/xlsx-writer.js';

describe('columnName', () => {
  it('names columns as spreadsheets do: A…Z, AA…ZZ, AAA', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnName)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
  });
});

describe('writeWorkbook', () => {
  const texts = ['a & b', '<b>не жирний</b>', 'лапки "так" і «так»', '  два пробіли  ', '1.10', '=1+1'];
  const sheets = [
    {
      name: 'one',
      columns: [
        { header: 'text', width: 20, style: XLSX_STYLE.text },
        { header: 'money', width: 12, style: XLSX_STYLE.money },
        { header: 'flag', width: 8, style: XLSX_STYLE.plain },
        { header: 'link', width: 30, style: XLSX_STYLE.text },
      ],
      rows: texts.map((t, i) => [
        t,
        i === 0 ? null : i * 1.5,
        i % 2 === 0,
        i === 1 ? { text: 'сторінка', hyperlink: 'https://example.org/a?b=1&c=2' } : null,
      ]),
      table: true,
    },
    { name: 'two', columns: [{ header: 'x', width: 5, style: XLSX_STYLE.plain }], rows: [[1]], table: false },
  ];
  const bytes = writeWorkbook(sheets);

  it('is read back cell for cell, each of its type', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['one', 'two']);
    const sheet = book.getWorksheet('one') as ExcelJS.Worksheet;
    expect(sheet.getRow(1).values).toEqual([undefined, 'text', 'money', 'flag', 'link']);
    expect(texts.map((_, i) => sheet.getRow(i + 2).getCell(1).value)).toEqual(texts);
    expect(sheet.getRow(2).getCell(2).value).toBeNull();
    expect(sheet.getRow(3).getCell(2).value).toBe(1.5);
    expect(sheet.getRow(3).getCell(2).numFmt).toBe('#,##0.0##');
    expect([2, 3].map((r) => sheet.getRow(r).getCell(3).value)).toEqual([true, false]);
    expect(sheet.getRow(3).getCell(4).value).toEqual({ text: 'сторінка', hyperlink: 'https://example.org/a?b=1&c=2' });
    expect(sheet.getRow(7).getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:D1');
    expect(book.getWorksheet('two')?.views[0]?.state).not.toBe('frozen');
  });

  it('gives the same bytes for the same sheets', () => {
    expect(Buffer.from(writeWorkbook(sheets)).equals(Buffer.from(bytes))).toBe(true);
  });
});
