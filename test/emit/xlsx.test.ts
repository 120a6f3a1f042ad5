// The workbook read back with ExcelJS: sheets, types of cells (not only values),
// the frozen header and filter, and the same bytes for the same report.
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, SAMPLE } from '../helpers.js';

let book: ExcelJS.Workbook;
let bytes: Buffer;

beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'zhyt-xlsx-')), 'report.xlsx');
  expect(runCli(['parse', SAMPLE, '--out', out, '-q']).status).toBe(0);
  bytes = readFileSync(out);
  book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
});

const header = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1) as string[];
const column = (sheet: ExcelJS.Worksheet, name: string) => header(sheet).indexOf(name) + 1;

describe('XLSX', () => {
  it('has a summary, the measures, programmes and diagnostics', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['summary', 'measures', 'programs', 'diagnostics']);
    expect(book.getWorksheet('measures')?.rowCount).toBe(174);
    expect(book.getWorksheet('programs')?.rowCount).toBe(21);
    expect(book.getWorksheet('diagnostics')?.rowCount).toBe(22);
  });

  it('keeps measure numbers as text and money as numbers', () => {
    const sheet = book.getWorksheet('measures') as ExcelJS.Worksheet;
    const numbers = column(sheet, 'measure_number');
    const funding = column(sheet, 'funding_thousand_uah');
    const rows = Array.from({ length: 173 }, (_, i) => sheet.getRow(i + 2));
    // Благоустрій 1.10: a spreadsheet must not read it as the number 1.1.
    const tenth = rows.find((r) => r.getCell(numbers).value === '1.10');
    expect(tenth?.getCell(numbers).type).toBe(ExcelJS.ValueType.String);
    const funded = rows.filter((r) => r.getCell(funding).type === ExcelJS.ValueType.Number);
    expect(funded.map((r) => r.getCell(funding).value)).toEqual([30, 434.09, 4577.6, 3963.4, 500]);
    expect(sheet.getColumn(funding).numFmt).toBe('#,##0.0##');
    expect(sheet.getRow(2).getCell(column(sheet, 'period_year')).value).toBe(2023);
  });

  it('freezes the header and filters it', () => {
    const sheet = book.getWorksheet('measures') as ExcelJS.Worksheet;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // The filter on the header row: columns A to AG (the 33 columns of the measures CSV).
    expect(sheet.autoFilter).toBe('A1:AG1');
  });

  it('gives the same bytes for the same report', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'zhyt-xlsx-')), 'again.xlsx');
    runCli(['parse', SAMPLE, '-f', 'xlsx', '--out', out, '-q']);
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });
});

describe('XLSX links', () => {
  it('makes a hyperlink of a web link only: file:, javascript: and shares stay text', async () => {
    const { parseReport } = await import('../../src/index.js');
    const { toXlsx } = await import('../../src/emit/xlsx.js');
    // Three measures' execution texts given links by hand, each a scheme a spreadsheet would follow on a click.
    const text = readFileSync(SAMPLE, 'utf8')
      .replace('Виготовлено проектно-кошторисну документацію', '<a href="https://example.org/pkd">ПКД</a> виготовлено')
      .replace('Встановлено 9 відеокамер', '<a href="javascript:alert(1)">Встановлено</a> 9 відеокамер')
      .replace('Надано 4 довготермінових кредити', '<a href="file:///etc/passwd">Надано</a> 4 довготермінових кредити');
    const report = await parseReport({ bytes: new TextEncoder().encode(text), path: 'links.txt' });
    const links = new ExcelJS.Workbook();
    await links.xlsx.load((await toXlsx(report)) as unknown as ArrayBuffer);
    const sheet = links.getWorksheet('measures') as ExcelJS.Worksheet;
    const at = column(sheet, 'links');
    const cells = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).getCell(at).value).filter(
      (v) => v !== null,
    );
    const linked = cells.filter((v) => typeof v === 'object').map((v) => (v as { hyperlink: string }).hyperlink);
    expect(linked).toContain('https://example.org/pkd');
    // Every hyperlink the workbook holds is a web one (the sample has one of its own).
    expect(linked).toHaveLength(2);
    for (const link of linked) expect(link).toMatch(/^https?:\/\//);
    const plain = cells.filter((v) => typeof v === 'string');
    expect(plain).toContain('javascript:alert(1)');
    expect(plain).toContain('file:///etc/passwd');
  });
});
