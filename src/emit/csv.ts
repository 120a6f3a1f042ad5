// One row per measure. The first columns are a fixed contract (README); later
// columns are only ever appended.
import { stringify } from 'csv-stringify/sync';
import type { MeasureRecord, Report } from '../model/schema.js';
import { measureRecords } from './records.js';

const join = (values: readonly string[]): string => values.join('; ');

/** Column name → value, in output order. */
type Column = readonly [string, (r: MeasureRecord, names: ReadonlyMap<string, string>) => string | number | null];

export const CSV_COLUMNS: readonly Column[] = [
  ['priority', (r) => r.priority.name],
  ['goal', (r) => r.priority.goal],
  ['sector', (r) => r.sector.name],
  ['task_number', (r) => r.task.number],
  ['task', (r) => r.task.text],
  ['measure_number', (r) => r.number],
  ['measure', (r) => r.title],
  ['executors', (r) => join(r.executors)],
  ['execution', (r) => r.execution],
  ['funding_thousand_uah', (r) => r.fundingThousandUah],
  ['program_ids', (r) => join(r.programRefs.flatMap((p) => (p.programId === null ? [] : [p.programId])))],
  // Canonical names; an unresolved reference keeps its printed text, so nothing is lost.
  ['programs', (r, names) => join(r.programRefs.map((p) => (p.programId === null ? p.raw : (names.get(p.programId) ?? p.raw))))],
  ['source_line', (r) => r.source.line ?? null],
  ['measure_id', (r) => r.id],
  ['parent_measure', (r) => r.parent],
  ['links', (r) => join(r.links)],
  ['completion_percent', (r) => r.completionPercent],
  ['amounts_thousand_uah', (r) => join(r.amounts.map((a) => String(a.thousandUah)))],
  ['status', (r) => r.status],
  ['status_rule', (r) => r.statusRule],
];

export interface CsvOptions {
  /** For Excel: a UTF-8 BOM (so it reads Cyrillic right) and CRLF line ends. */
  excel?: boolean;
  /** Field delimiter; `;` for locales whose Excel expects it. */
  delimiter?: string;
}

export function toCsv(report: Report, options: CsvOptions = {}): string {
  const rows: Array<Array<string | number | null>> = [CSV_COLUMNS.map(([name]) => name)];
  const names = new Map(report.programs.map((p) => [p.id, p.name]));
  for (const record of measureRecords(report)) rows.push(CSV_COLUMNS.map(([, value]) => value(record, names)));
  return stringifyTable(rows, options);
}

/** RFC 4180 via csv-stringify, with the Excel options; shared by every CSV table. */
export function stringifyTable(rows: ReadonlyArray<ReadonlyArray<string | number | null>>, options: CsvOptions = {}): string {
  const body = stringify(rows as Array<Array<string | number | null>>, {
    record_delimiter: options.excel ? '\r\n' : '\n',
    delimiter: options.delimiter ?? ',',
    cast: { number: (n) => String(n) },
  });
  return options.excel ? `\uFEFF${body}` : body;
}
