// The history of measures across releases as JSON, NDJSON, CSV and XLSX: one long
// table, a row per measure and release, with the same column conventions as the
// measures table (snake_case names, lists joined with "; ").
import type { History, HistoryRow, Release } from '../model/history.js';
import { HistoryChangeSchema, MeasureStatusSchema } from '../model/schema.js';
import { type CsvOptions, stringifyTable } from './csv.js';
import type { OutputFormat } from './index.js';
import type { CellValue, Column } from './tables.js';

const join = (values: readonly string[]): string => values.join('; ');
type Described<R> = Omit<Column<R>, 'value'> & { value: (row: R) => CellValue };

export const HISTORY_COLUMNS: ReadonlyArray<Described<HistoryRow>> = [
  {
    name: 'measure_key',
    type: 'string',
    description: 'The same for one measure in every release',
    value: (r) => r.measureKey,
  },
  { name: 'period_year', type: 'integer', description: 'Reporting year of the release', value: (r) => r.periodYear },
  { name: 'period_months', type: 'integer', description: 'Months the release covers', value: (r) => r.periodMonths },
  { name: 'period_label', type: 'string', description: 'The period as printed', value: (r) => r.periodLabel },
  { name: 'source_file', type: 'string', description: 'The input file of the release', value: (r) => r.sourceFile },
  {
    name: 'present',
    type: 'boolean',
    description: 'false when the measure is not in this release',
    value: (r) => String(r.present),
  },
  {
    name: 'change',
    type: 'string',
    description: 'Against the release before',
    values: HistoryChangeSchema.options,
    value: (r) => r.change,
  },
  { name: 'changed_fields', type: 'string', description: 'Fields that differ', value: (r) => join(r.changedFields) },
  { name: 'measure_id', type: 'string', description: "The measure's id in this release", value: (r) => r.measureId },
  { name: 'priority', type: 'string', description: 'Priority name', value: (r) => r.priority },
  { name: 'sector', type: 'string', description: 'Sector name', value: (r) => r.sector },
  { name: 'task_number', type: 'string', description: 'Task number as printed', value: (r) => r.taskNumber },
  { name: 'measure_number', type: 'string', description: 'Measure number as printed', value: (r) => r.number },
  { name: 'measure', type: 'string', description: 'Measure title', value: (r) => r.title },
  {
    name: 'status',
    type: 'string',
    description: 'Status in this release',
    values: MeasureStatusSchema.options,
    value: (r) => r.status,
  },
  {
    name: 'completion_percent',
    type: 'number',
    description: 'Completion of works in percent',
    value: (r) => r.completionPercent,
  },
  {
    name: 'funding_thousand_uah',
    type: 'number',
    description: 'Funding in thousand UAH',
    value: (r) => r.fundingThousandUah,
  },
  {
    name: 'program_ids',
    type: 'string',
    description: 'Programme ids, joined with "; "',
    value: (r) => join(r.programIds),
  },
  {
    name: 'programs',
    type: 'string',
    description: 'Programme names, joined with "; "',
    value: (r) => join(r.programs),
  },
  {
    name: 'executor_ids',
    type: 'string',
    description: 'Executor ids (registry or `unlisted-…`), joined with "; "',
    value: (r) => join(r.executorIds),
  },
  {
    name: 'executors',
    type: 'string',
    description: 'Executor names, canonical, joined with "; "',
    value: (r) => join(r.executors),
  },
];

export const RELEASE_COLUMNS: ReadonlyArray<Described<Release>> = [
  { name: 'release', type: 'integer', description: 'Position in time, 0 earliest', value: (r) => r.release },
  { name: 'period_year', type: 'integer', description: 'Reporting year', value: (r) => r.periodYear },
  { name: 'period_months', type: 'integer', description: 'Months covered', value: (r) => r.periodMonths },
  { name: 'period_label', type: 'string', description: 'The period as printed', value: (r) => r.periodLabel },
  { name: 'source_file', type: 'string', description: 'The input file', value: (r) => r.sourceFile },
  { name: 'sha256', type: 'string', description: 'SHA-256 of the input', value: (r) => r.sha256 },
  { name: 'measures', type: 'integer', description: 'Measures in the release', value: (r) => r.measures },
];

const cellsOf = <R>(columns: ReadonlyArray<Described<R>>, rows: readonly R[]): CellValue[][] =>
  rows.map((row) => columns.map((c) => c.value(row)));

export function historyCsv(history: History, options: CsvOptions = {}): string {
  const rows = [HISTORY_COLUMNS.map((c) => c.name), ...cellsOf(HISTORY_COLUMNS, history.rows)];
  return stringifyTable(rows, options, HISTORY_COLUMNS);
}

async function historyXlsx(history: History): Promise<Uint8Array> {
  const { addSheet, workbookBytes } = await import('./xlsx.js');
  return workbookBytes((book) => {
    addSheet(book, 'history', HISTORY_COLUMNS, cellsOf(HISTORY_COLUMNS, history.rows));
    addSheet(book, 'releases', RELEASE_COLUMNS, cellsOf(RELEASE_COLUMNS, history.releases));
  });
}

/** The history in one of the output formats, in pieces for writeChunks or writeAtomically. */
export async function* historyChunks(
  history: History,
  format: OutputFormat,
  options: CsvOptions = {},
): AsyncGenerator<string | Uint8Array> {
  if (format === 'xlsx') yield await historyXlsx(history);
  else if (format === 'csv') yield historyCsv(history, options);
  else if (format === 'ndjson') yield history.rows.map((row) => `${JSON.stringify(row)}\n`).join('');
  else yield `${JSON.stringify(history, null, 2)}\n`;
}
