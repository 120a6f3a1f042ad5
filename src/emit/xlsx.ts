// A workbook for spreadsheet users: the measures, programmes and diagnostics tables
// of the CSV with their types kept (measure numbers and ids as text, so «1.10» stays
// «1.10»; money and counts as numbers), a frozen header, a filter, widths that fit,
// long texts wrapped, links as hyperlinks; and a summary sheet. Written by
// xlsx-writer.ts with fixed times: the same report gives the same bytes.
import type { Report } from '../model/schema.js';
import { type AnyTable, type CellValue, TABLES } from './tables.js';
import { MONEY_FORMAT, writeWorkbook, XLSX_STYLE, type XlsxCell, type XlsxSheet } from './xlsx-writer.js';

export { MONEY_FORMAT };
const WRAPPED = new Set(['goal', 'task', 'measure', 'execution', 'executors', 'programs', 'message', 'name']);

type ColumnInfo = AnyTable['columns'][number];

const WEB_LINK = /^https?:\/\/[^\s]+$/i;

function typed(column: ColumnInfo, value: CellValue): XlsxCell {
  if (value === null || value === '') return null;
  if (column.type === 'boolean') return value === 'true';
  // A link opens in the spreadsheet on a click: only the web's own schemes, never file:, javascript: or a share.
  if (column.name === 'links' && typeof value === 'string') {
    const first = value.split('; ')[0] as string;
    return WEB_LINK.test(first) ? { text: value, hyperlink: first } : value;
  }
  return value;
}

function widthOf(column: ColumnInfo, values: readonly XlsxCell[]): number {
  if (WRAPPED.has(column.name)) return 60;
  const shown = (v: XlsxCell) => (v !== null && typeof v === 'object' ? v.text : String(v ?? ''));
  const longest = Math.max(column.name.length, ...values.slice(0, 500).map((v) => shown(v).length));
  return Math.min(Math.max(longest + 2, 8), 40);
}

const styleOf = (c: ColumnInfo) =>
  c.type === 'number'
    ? XLSX_STYLE.money
    : c.type === 'integer'
      ? XLSX_STYLE.integer
      : WRAPPED.has(c.name)
        ? XLSX_STYLE.wrapped
        : XLSX_STYLE.text;

/** The sheets of a workbook, in order. */
export type Workbook = XlsxSheet[];

/** A sheet of a table: `cells` without the header row. */
export function addSheet(
  book: Workbook,
  name: string,
  columns: readonly ColumnInfo[],
  cells: ReadonlyArray<readonly CellValue[]>,
): void {
  const rows = cells.map((r) => columns.map((c, i) => typed(c, r[i] ?? null)));
  const sheetColumns = columns.map((c, i) => ({
    header: c.name,
    width: widthOf(
      c,
      rows.map((r) => r[i] ?? null),
    ),
    style: styleOf(c),
  }));
  book.push({ name, columns: sheetColumns, rows, table: true });
}

function summarySheet(report: Report): XlsxSheet {
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
  const columns = [
    { header: 'what', width: 34, style: XLSX_STYLE.plain },
    { header: 'value', width: 80, style: XLSX_STYLE.plain },
  ];
  const money = new Map([[`${lines.findIndex(([what]) => what === 'funding, thousand UAH')},1`, XLSX_STYLE.money]]);
  return { name: 'summary', columns, rows: lines, table: false, cellStyles: money };
}

/** The workbook of a report as bytes. */
export function toXlsx(report: Report): Promise<Uint8Array> {
  return workbookBytes((book) => {
    book.push(summarySheet(report));
    for (const table of TABLES) addSheet(book, table.name, table.columns, table.cells(report).slice(1));
  });
}

/** A workbook `fill` writes, as bytes that depend on its content only. */
export async function workbookBytes(fill: (book: Workbook) => void): Promise<Uint8Array> {
  const book: Workbook = [];
  fill(book);
  return writeWorkbook(book);
}
