// A workbook for spreadsheet users (ExcelJS): the measures, programmes and
// diagnostics tables of the CSV with their types kept (measure numbers and ids as
// text, so «1.10» stays «1.10»; money and counts as numbers), a frozen header, an
// autofilter, widths that fit, long texts wrapped, links as hyperlinks; and a
// summary sheet. The zip is rewritten with fixed times: the same report gives the
// same bytes.
import { unzipSync, zipSync } from 'fflate';
import type { Report } from '../model/schema.js';
import { type AnyTable, type CellValue, TABLES } from './tables.js';

const MONEY_FORMAT = '#,##0.0##';
const WRAPPED = new Set(['goal', 'task', 'measure', 'execution', 'executors', 'programs', 'message', 'name']);
const FIXED_TIME = new Date(Date.UTC(2000, 0, 1));

type Cell = string | number | boolean | null | { text: string; hyperlink: string };

type ColumnInfo = AnyTable['columns'][number];

const WEB_LINK = /^https?:\/\/[^\s]+$/i;

function typed(column: ColumnInfo, value: CellValue): Cell {
  if (value === null || value === '') return null;
  if (column.type === 'boolean') return value === 'true';
  // A link opens in the spreadsheet on a click: only the web's own schemes, never file:, javascript: or a share.
  if (column.name === 'links' && typeof value === 'string') {
    const first = value.split('; ')[0] as string;
    return WEB_LINK.test(first) ? { text: value, hyperlink: first } : value;
  }
  return value;
}

function widthOf(column: ColumnInfo, values: readonly Cell[]): number {
  if (WRAPPED.has(column.name)) return 60;
  const longest = Math.max(column.name.length, ...values.slice(0, 500).map((v) => String(v ?? '').length));
  return Math.min(Math.max(longest + 2, 8), 40);
}

// ExcelJS is large: loaded only when a workbook is written.
type Workbook = import('exceljs').Workbook;
type Worksheet = import('exceljs').Worksheet;

/** A sheet of a table: `cells` without the header row, which sheet.columns writes. */
export function addSheet(
  book: Workbook,
  name: string,
  columns: readonly ColumnInfo[],
  cells: ReadonlyArray<readonly CellValue[]>,
): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const rows = cells.map((r) => columns.map((c, i) => typed(c, r[i] ?? null)));
  sheet.columns = columns.map((c, i) => ({
    header: c.name,
    key: c.name,
    width: widthOf(
      c,
      rows.map((r) => r[i] ?? null),
    ),
    style: {
      ...(c.type === 'number' ? { numFmt: MONEY_FORMAT } : c.type === 'integer' ? { numFmt: '0' } : { numFmt: '@' }),
      ...(WRAPPED.has(c.name) ? { alignment: { wrapText: true, vertical: 'top' as const } } : {}),
    },
  }));
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

function addSummary(book: Workbook, report: Report): Worksheet {
  const sheet = book.addWorksheet('summary');
  const { counts, diagnostics, funding, programRefs } = report.stats;
  const lines: Array<[string, string | number | null]> = [
    ['title', report.report.title],
    ['period', report.report.period.label],
    ['period_year', report.report.period.year],
    ['period_months', report.report.period.months],
    ['source_file', report.source.path],
    ['measures', counts.measures],
    ['errors', diagnostics.error],
    ['warnings', diagnostics.warning],
    ['funded measures', funding.measures],
    ['funding, thousand UAH', funding.totalThousandUah],
    ['programme references resolved', programRefs.resolved],
    ['programme references unresolved', programRefs.unresolved],
  ];
  sheet.columns = [
    { header: 'what', key: 'what', width: 34 },
    { header: 'value', key: 'value', width: 80 },
  ];
  for (const [what, value] of lines) sheet.addRow([what, value]);
  sheet.getCell('B11').numFmt = MONEY_FORMAT;
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

/** The workbook of a report as bytes. */
export function toXlsx(report: Report): Promise<Uint8Array> {
  return workbookBytes((book) => {
    addSummary(book, report);
    for (const table of TABLES) addSheet(book, table.name, table.columns, table.cells(report).slice(1));
  });
}

/** A workbook `fill` writes, as bytes that depend on its content only. */
export async function workbookBytes(fill: (book: Workbook) => void): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'zhyt-report';
  book.created = FIXED_TIME;
  book.modified = FIXED_TIME;
  fill(book);
  const written = new Uint8Array(await book.xlsx.writeBuffer());
  // ExcelJS stamps each zip entry with the time of writing: fixed, entries in the same order.
  const entries = unzipSync(written);
  return zipSync(
    Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, [data, { mtime: FIXED_TIME }]])),
    { level: 6 },
  );
}
