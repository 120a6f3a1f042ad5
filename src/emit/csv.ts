// CSV output: RFC 4180 via csv-stringify, optionally shaped for Excel.
import { stringify } from 'csv-stringify/sync';
import type { Report } from '../model/schema.js';
import { MEASURES, tableRows, type AnyTable, type CellValue } from './tables.js';

export interface CsvOptions {
  /** For Excel: a UTF-8 BOM (so it reads Cyrillic right) and CRLF line ends. */
  excel?: boolean;
  /** Field delimiter; `;` for locales whose Excel expects it. */
  delimiter?: string;
  /**
   * `uk`: for a spreadsheet in a locale that writes a decimal comma (Ukrainian, and
   * any whose Excel wants `;`): numbers with a decimal comma, `;` between fields
   * unless `delimiter` says otherwise, and text that reads as a number or a date
   * («1.10», «2.4») written `="1.10"`, which Excel and LibreOffice keep as text.
   */
  locale?: 'uk';
}

/** The measures table: one row per measure. */
export function toCsv(report: Report, options: CsvOptions = {}): string {
  return stringifyTable(tableRows(MEASURES, report), options, MEASURES.columns);
}

export function tableCsv(table: AnyTable, report: Report, options: CsvOptions = {}): string {
  return stringifyTable(table.cells(report), options, table.columns);
}

/** What a decimal-comma CSV needs to know of a column. */
export type ColumnKind = Pick<AnyTable['columns'][number], 'type' | 'numbers'>;

// A spreadsheet runs a cell that starts with one of these as a formula (CSV
// injection); OWASP's remedy is a leading apostrophe. JSON and NDJSON keep the text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(value: CellValue): CellValue {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

// Text a spreadsheet would take for a number or a date: digits joined by dots, commas,
// slashes or dashes (measure numbers «1.10», «2.4.1», a task «3»). Bounded: linear.
const NUMBER_LIKE = /^\d{1,12}(?:[.,/-]\d{1,12}){0,8}\.?$/;

/**
 * A cell as text for a decimal-comma spreadsheet: numbers, and the numbers of a list
 * column, with «,»; other number-like text as a formula that gives the text.
 */
function forDecimalComma(value: CellValue, kind: ColumnKind | undefined): CellValue {
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value !== 'string') return value;
  if (kind?.numbers) return value.replace(/(\d)\.(\d)/g, '$1,$2');
  return NUMBER_LIKE.test(value) ? `="${value}"` : value;
}

/** Rows (the header first) as CSV; `columns` tell a decimal-comma CSV the kind of each. */
export function stringifyTable(
  rows: ReadonlyArray<ReadonlyArray<CellValue>>,
  options: CsvOptions = {},
  columns: readonly ColumnKind[] = [],
): string {
  const uk = options.locale === 'uk';
  const safe = rows.map((row, r) =>
    row.map((v, i) => (uk && r > 0 ? forDecimalComma(neutralise(v), columns[i]) : neutralise(v))),
  );
  const body = stringify(safe, {
    record_delimiter: options.excel ? '\r\n' : '\n',
    delimiter: options.delimiter ?? (uk ? ';' : ','),
    cast: { number: (n) => String(n) },
  });
  return options.excel ? `\uFEFF${body}` : body;
}
