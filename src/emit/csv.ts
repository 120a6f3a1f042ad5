// CSV output: RFC 4180 via csv-stringify, optionally shaped for Excel.
import { stringify } from 'csv-stringify/sync';
import type { Report } from '../model/schema.js';
import { MEASURES, tableRows, type AnyTable, type CellValue } from './tables.js';

export interface CsvOptions {
  /** For Excel: a UTF-8 BOM (so it reads Cyrillic right) and CRLF line ends. */
  excel?: boolean;
  /** Field delimiter; `;` for locales whose Excel expects it. */
  delimiter?: string;
}

/** The measures table: one row per measure. */
export function toCsv(report: Report, options: CsvOptions = {}): string {
  return stringifyTable(tableRows(MEASURES, report), options);
}

export function tableCsv(table: AnyTable, report: Report, options: CsvOptions = {}): string {
  return stringifyTable(table.cells(report), options);
}

// A spreadsheet runs a cell that starts with one of these as a formula (CSV
// injection); OWASP's remedy is a leading apostrophe. JSON and NDJSON keep the text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(value: CellValue): CellValue {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

export function stringifyTable(rows: ReadonlyArray<ReadonlyArray<CellValue>>, options: CsvOptions = {}): string {
  const safe = rows.map((row) => row.map(neutralise));
  const body = stringify(safe, {
    record_delimiter: options.excel ? '\r\n' : '\n',
    delimiter: options.delimiter ?? ',',
    cast: { number: (n) => String(n) },
  });
  return options.excel ? `\uFEFF${body}` : body;
}
