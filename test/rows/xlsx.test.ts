// Excel workbooks: a number cell's displayed text from its format (expected values as
// Excel shows them, written by hand), cell addresses, merged ranges, and the sheet chosen.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displayNumber } from '../../src/rows/xlsx/number-format.js';
import { cellAddress, readSheet } from '../../src/rows/xlsx/sheet.js';
import { xlsxToRows } from '../../src/rows/xlsx/xlsx-rows.js';
import { ROOT } from '../helpers.js';

const DEPTH = { max: 100, what: 'test' };

describe('displayNumber', () => {
  it.each([
    [1.1, '0.00', '1.10'],
    [1.1, undefined, '1.1'],
    [0.1 + 0.2, 'General', '0.3'],
    [434.09, '0.0', '434.1'],
    [1234.5, '#,##0.0', '1 234,5'],
    [434.09, '#,##0.000', '434,090'],
    [1250000, '#,##0', '1 250 000'],
    [0.125, '0.0%', '12.5%'],
    [12, '@', '12'],
    [2.5, '0.0#', '2.5'],
    [2.55, '0.0#', '2.55'],
    [-1.5, '0.0;(0.0)', '(1.5)'],
    [-1.5, '0.0', '-1.5'],
    [150, '0.0" тис. грн"', '150.0 тис. грн'],
    [45200, 'dd.mm.yyyy', '01.10.2023'],
    [45200, 'yyyy-mm-dd', '2023-10-01'],
    [45200.5, 'h:mm', '12:00'],
    [1500000, '0.00E+00', '1.50E+06'],
  ])('%s in «%s» shows «%s»', (value, code, shown) => {
    expect(displayNumber(value, code)).toBe(shown);
  });
});

describe('cellAddress', () => {
  it('reads columns in base 26 from A', () => {
    expect(cellAddress('B12')).toEqual({ row: 12, column: 1 });
    expect(cellAddress('AA1')).toEqual({ row: 1, column: 26 });
    expect(cellAddress('$C$3')).toEqual({ row: 3, column: 2 });
    expect(cellAddress('12B')).toBeNull();
  });
});

const sheet = (cells: string, merges = '') =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cells}</sheetData>` +
  `${merges ? `<mergeCells>${merges}</mergeCells>` : ''}</worksheet>`;

describe('readSheet', () => {
  it('gives shared, inline and number cells their text, gaps as empty cells, rows their numbers', () => {
    const xml = sheet(
      '<row r="3"><c r="A3" t="s"><v>0</v></c><c r="C3" t="inlineStr"><is><t>в рядку</t></is></c>' +
        '<c r="D3" s="1"><v>1.1</v></c></row>',
    );
    const rows = readSheet(
      xml,
      [[{ text: 'спільний' }]],
      [
        { format: undefined, bold: false },
        { format: '0.00', bold: true },
      ],
      DEPTH,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.line).toBe(3);
    expect(rows[0]?.cells.map((c) => c.pieces.map((p) => [p.text, p.bold]))).toEqual([
      [['спільний', false]],
      [],
      [['в рядку', false]],
      [['1.10', true]],
    ]);
  });
  it('makes the cells a merge covers spanned, across the row from a heading', () => {
    const xml = sheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Освіта</t></is></c></row>',
      '<mergeCell ref="A1:F1"/>',
    );
    const [row] = readSheet(xml, [], [], DEPTH);
    expect(row?.cells.map((c) => c.vMerge)).toEqual([null, 'continue', 'continue', 'continue', 'continue', 'continue']);
  });
  it('keeps rich-text runs bold where they are, plain runs in the cell font', () => {
    const xml = sheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>Житлове господарство</t></r>' +
        '<r><t xml:space="preserve"> Провести</t></r></is></c></row>',
    );
    const [row] = readSheet(xml, [], [], DEPTH);
    expect(row?.cells[0]?.pieces.map((p) => [p.text, p.bold])).toEqual([
      ['Житлове господарство', true],
      [' Провести', false],
    ]);
  });
  it('bounds a merge reaching the last column of the sheet: a title so merged is no row of 16,384 cells', () => {
    const xml = sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>', '<mergeCell ref="A1:XFD1"/>');
    const [row] = readSheet(xml, [], [], DEPTH);
    expect(row?.cells.length).toBe(16);
  });
});

describe('xlsxToRows', () => {
  it('reads the sheet holding the report, not the first one, and says which', () => {
    const { rows, notices } = xlsxToRows(readFileSync(`${ROOT}fixtures/formats/openpyxl.xlsx`), 'openpyxl.xlsx');
    expect(notices.map((n) => [n.code, n.details])).toEqual([['sheet-chosen', { sheet: 'Звіт', sheets: 2 }]]);
    expect(rows.some((r) => r.cells.some((c) => /^1\.1\. Інформаційна/.test(c.text)))).toBe(true);
  });
});
