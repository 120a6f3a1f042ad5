// The CSV tables, each column with its Table Schema type and meaning, so the CSV
// writer and the Data Package descriptor come from one definition. The measures
// table's first columns are a fixed contract (README); columns are only appended.
import type { Diagnostic, MeasureRecord, ProgramSummary, Report } from '../model/schema.js';
import { MeasureStatusSchema } from '../model/schema.js';
import { measureRecords } from './records.js';

export type CellValue = string | number | null;

export interface Column<R> {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
  description: string;
  /** Allowed values, for columns that have a fixed set. */
  values?: readonly string[];
  /** A string of numbers joined with "; " (a decimal-comma CSV writes each with a comma). */
  numbers?: true;
  value: (row: R, names: ReadonlyMap<string, string>) => CellValue;
}

export interface Table<R> {
  /** Resource name in the Data Package, and suffix of the file (`<stem>.<suffix>.csv`, measures have none). */
  name: 'measures' | 'programs' | 'diagnostics';
  suffix: string;
  title: string;
  primaryKey?: string;
  columns: ReadonlyArray<Column<R>>;
  rows: (report: Report) => Iterable<R>;
}

const join = (values: readonly string[]): string => values.join('; ');

export const MEASURES: Table<MeasureRecord> = {
  name: 'measures',
  suffix: '',
  title: 'Measures, one per row, with their priority, sector and task',
  primaryKey: 'measure_id',
  rows: measureRecords,
  columns: [
    { name: 'priority', type: 'string', description: 'Priority name', value: (r) => r.priority.name },
    { name: 'goal', type: 'string', description: 'Strategic goal of the priority', value: (r) => r.priority.goal },
    { name: 'sector', type: 'string', description: 'Sector heading', value: (r) => r.sector.name },
    { name: 'task_number', type: 'string', description: 'Task number as printed', value: (r) => r.task.number },
    { name: 'task', type: 'string', description: 'Task text', value: (r) => r.task.text },
    { name: 'measure_number', type: 'string', description: 'Measure number (1.2, 1.1.3)', value: (r) => r.number },
    { name: 'measure', type: 'string', description: 'Measure title', value: (r) => r.title },
    {
      name: 'executors',
      type: 'string',
      description: 'Responsible organisations, joined with "; "',
      value: (r) => join(r.executors),
    },
    { name: 'execution', type: 'string', description: 'What was done', value: (r) => r.execution },
    {
      name: 'funding_thousand_uah',
      type: 'number',
      description: 'Funding in thousand UAH (column 6 amounts)',
      value: (r) => r.fundingThousandUah,
    },
    {
      name: 'program_ids',
      type: 'string',
      description: 'Resolved programme ids, joined with "; "',
      value: (r) => join(r.programRefs.flatMap((p) => (p.programId === null ? [] : [p.programId]))),
    },
    {
      name: 'programs',
      type: 'string',
      description: 'Canonical programme names, joined with "; " (an unresolved reference keeps its printed text)',
      value: (r, names) =>
        join(r.programRefs.map((p) => (p.programId === null ? p.raw : (names.get(p.programId) ?? p.raw)))),
    },
    {
      name: 'source_line',
      type: 'integer',
      description: 'Line (or row) of the measure in the input',
      value: (r) => r.source.line ?? null,
    },
    { name: 'measure_id', type: 'string', description: 'Stable measure id', value: (r) => r.id },
    {
      name: 'parent_measure',
      type: 'string',
      description: 'Parent measure number of a sub-measure',
      value: (r) => r.parent,
    },
    { name: 'links', type: 'string', description: 'URLs in the row, joined with "; "', value: (r) => join(r.links) },
    {
      name: 'completion_percent',
      type: 'number',
      description: 'Completion of works in percent',
      value: (r) => r.completionPercent,
    },
    {
      name: 'amounts_thousand_uah',
      type: 'string',
      numbers: true,
      description: 'Sums named in the texts, in thousand UAH, joined with "; "',
      value: (r) => join(r.amounts.map((a) => String(a.thousandUah))),
    },
    {
      name: 'status',
      type: 'string',
      description: 'Status read from the execution text',
      values: MeasureStatusSchema.options,
      value: (r) => r.status,
    },
    {
      name: 'status_rule',
      type: 'string',
      description: 'Id of the status rule that decided',
      value: (r) => r.statusRule,
    },
    {
      name: 'source_page',
      type: 'integer',
      description: 'Page of the measure (PDF input)',
      value: (r) => r.source.page ?? null,
    },
    {
      name: 'funding_source',
      type: 'string',
      description: 'Source of funds named in column 6, joined with "; "',
      value: (r) => r.fundingSource,
    },
    { name: 'period_year', type: 'integer', description: 'Reporting year of the release', value: (r) => r.period.year },
    {
      name: 'period_months',
      type: 'integer',
      description: 'Months of the year the release covers (3, 6, 9, 12)',
      value: (r) => r.period.months,
    },
    { name: 'source_file', type: 'string', description: 'The input file (its name)', value: (r) => r.sourceFile },
    {
      name: 'planned_thousand_uah',
      type: 'number',
      description: 'Planned amount in thousand UAH («план» column)',
      value: (r) => r.plannedThousandUah,
    },
    {
      name: 'actual_thousand_uah',
      type: 'number',
      description: 'Actual amount in thousand UAH («факт» column)',
      value: (r) => r.actualThousandUah,
    },
    { name: 'note', type: 'string', description: 'The «Примітка» column', value: (r) => r.note },
    {
      name: 'extra',
      type: 'string',
      description: 'Columns without a role, as a JSON object from header text to cell text; empty when none',
      value: (r) => (Object.keys(r.extra).length === 0 ? null : JSON.stringify(r.extra)),
    },
    {
      name: 'priority_number',
      type: 'string',
      description: 'The priority number as printed',
      value: (r) => r.priority.number,
    },
    {
      name: 'sector_number',
      type: 'string',
      description: 'The sector number as printed',
      value: (r) => r.sector.number,
    },
    {
      name: 'status_confidence',
      type: 'string',
      description: '`low` when the status is a guess (a catch-all rule, no rule, or clauses that disagree)',
      values: ['high', 'low'],
      value: (r) => r.statusConfidence,
    },
    {
      name: 'executor_ids',
      type: 'string',
      description:
        'Registry ids of the executors, in the order of `executors`; `unlisted-…` for one the registry lacks',
      value: (r) => join(r.executorIds),
    },
  ],
};

export const PROGRAMS: Table<ProgramSummary> = {
  name: 'programs',
  suffix: '.programs',
  title: 'Target programmes referenced by the measures',
  primaryKey: 'program_id',
  rows: (report) => report.programs,
  columns: [
    {
      name: 'program_id',
      type: 'string',
      description: 'Registry id, or the provisional id of an unresolved programme',
      value: (p) => p.id,
    },
    {
      name: 'name',
      type: 'string',
      description: 'Canonical name (as printed, for an unresolved programme)',
      value: (p) => p.name,
    },
    {
      name: 'year_from',
      type: 'integer',
      description: 'First year of the programme',
      value: (p) => p.years?.from ?? null,
    },
    { name: 'year_to', type: 'integer', description: 'Last year of the programme', value: (p) => p.years?.to ?? null },
    { name: 'measure_count', type: 'integer', description: 'Measures referencing it', value: (p) => p.measureCount },
    {
      name: 'funding_thousand_uah',
      type: 'number',
      description: 'Funding of those measures in thousand UAH',
      value: (p) => p.fundingThousandUah,
    },
    {
      name: 'resolved',
      type: 'boolean',
      description: 'false for a programme the registry does not know',
      value: (p) => String(p.resolved),
    },
  ],
};

export const DIAGNOSTICS: Table<Diagnostic> = {
  name: 'diagnostics',
  suffix: '.diagnostics',
  title: 'Diagnostics: everything odd about the input, with its place',
  rows: (report) => report.diagnostics,
  columns: [
    {
      name: 'severity',
      type: 'string',
      description: 'error, warning or info',
      values: ['error', 'warning', 'info'],
      value: (d) => d.severity,
    },
    { name: 'code', type: 'string', description: 'Diagnostic code (README catalogue)', value: (d) => d.code },
    { name: 'message', type: 'string', description: 'What is odd', value: (d) => d.message },
    { name: 'line', type: 'integer', description: 'Line (or row) in the input', value: (d) => d.source.line ?? null },
    { name: 'page', type: 'integer', description: 'Page (PDF input)', value: (d) => d.source.page ?? null },
    { name: 'field', type: 'string', description: 'Field concerned', value: (d) => d.field ?? null },
    {
      name: 'details',
      type: 'string',
      description: "What the message says, as a JSON object (the diagnostic's details)",
      value: (d) => (d.details === undefined ? null : JSON.stringify(d.details)),
    },
  ],
};

export function tableRows<R>(table: Table<R>, report: Report): CellValue[][] {
  const names = new Map(report.programs.map((p) => [p.id, p.name]));
  const rows: CellValue[][] = [table.columns.map((c) => c.name)];
  for (const row of table.rows(report)) rows.push(table.columns.map((c) => c.value(row, names)));
  return rows;
}

/** A table with its row type erased, for code that handles all tables alike. */
export interface AnyTable {
  name: Table<unknown>['name'];
  suffix: string;
  title: string;
  primaryKey?: string;
  columns: ReadonlyArray<Omit<Column<unknown>, 'value'>>;
  cells: (report: Report) => CellValue[][];
}

const erase = <R>(table: Table<R>): AnyTable => ({ ...table, cells: (report) => tableRows(table, report) });

export const TABLES: readonly AnyTable[] = [erase(MEASURES), erase(PROGRAMS), erase(DIAGNOSTICS)];
