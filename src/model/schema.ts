// The data model. These Zod schemas are the single source of truth: the TypeScript
// types are inferred from them, schemas/*.schema.json is generated from them, and
// the README's data-model tables are generated from their descriptions.
// A namespace import lets the bundler drop what is unused (zod's 60 locales).
import * as z from 'zod';
import { HistoryRowSchema, HistorySchema } from './history.js';
import { MeasureSchema, SourcePlaceSchema } from './measure.js';
import { ExecutorRegistrySchema, ExecutorSummarySchema } from './executors.js';
import { ProgramRegistrySchema } from './registry.js';

export * from './history.js';
export * from './measure.js';

export const SCHEMA_VERSION = '2.2.0';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);

const DetailValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string()),
  z.array(z.object({ programId: z.string(), score: z.number() }).strict()),
]);

export const DiagnosticSchema = z
  .object({
    severity: SeveritySchema.describe(
      'error: data is missing or wrong; warning: odd input that was ' +
        'repaired or kept as is; info: input that was skipped on purpose',
    ),
    code: z.string().describe('Stable rule id from the diagnostics catalogue, e.g. `row-realigned`'),
    message: z.string().describe('Human-readable explanation'),
    source: SourcePlaceSchema.describe('Where in the input'),
    field: z.string().optional().describe('The field or column concerned, when there is one'),
    details: z
      .record(z.string(), DetailValueSchema)
      .optional()
      .describe(
        'What the message says, as data: the values its catalogue template names (`cells`, `measure`, ' +
          '`programme`, …) and more, such as the scored `candidates` of an unresolved programme',
      ),
  })
  .strict()
  .describe('Something noteworthy about the input');

export const TaskSchema = z
  .object({
    id: z.string().describe('Stable id: `<priority>/<sector>/t<number>`'),
    number: z.string().describe('Task number as printed in column 1'),
    text: z.string().describe('Task text (column 2)'),
    source: SourcePlaceSchema.describe('Line (and page) of the task row'),
    measures: z.array(MeasureSchema).describe('Measures of the task, in report order'),
  })
  .strict();

export const SectorSchema = z
  .object({
    id: z.string().describe('Stable id: `<priority>/<sector-slug>`'),
    name: z.string().describe('Sector name without its numbering (`Освіта` for «1. Освіта»)'),
    number: z
      .string()
      .nullable()
      .describe('The number printed before the sector name (`1` for «1. Освіта»), else null'),
    heading: z
      .string()
      .describe('The sector heading as printed (`1. Освіта`, `Сектор: Освіта`), as the priority keeps its own'),
    source: SourcePlaceSchema.describe('Line (and page) of the sector heading'),
    tasks: z.array(TaskSchema).describe('Tasks of the sector, in report order'),
  })
  .strict();

export const PrioritySchema = z
  .object({
    id: z.string().describe('Stable id: slug of the priority name (`efektyvne-misto`)'),
    name: z
      .string()
      .describe('Priority name without the word «Пріоритет», its numbering and the quotes (`Ефективне місто`)'),
    number: z
      .string()
      .nullable()
      .describe('The priority\'s number as printed (`1` for «Пріоритет 1. "…"», `ІІ`), else null'),
    heading: z.string().describe('The priority heading as printed'),
    goal: z.string().nullable().describe('Strategic goal of the priority, null when the report names none'),
    source: SourcePlaceSchema.describe('Line (and page) of the priority heading'),
    sectors: z.array(SectorSchema).describe('Sectors of the priority, in report order'),
  })
  .strict();

export const PeriodSchema = z
  .object({
    year: z.number().int().nullable().describe('Reporting year'),
    months: z
      .number()
      .int()
      .min(1)
      .max(12)
      .nullable()
      .describe('Months covered from the start of the year (3, 6, 9, 12)'),
    label: z.string().nullable().describe('The period as printed after «за» (`9 місяців 2023 року`)'),
  })
  .strict();

export const StatedTotalSchema = z
  .object({
    label: z.string().describe("The row's label as printed (`Разом`)"),
    column: z
      .enum(['funding', 'planned', 'actual'])
      .describe('Which amount it totals: funding (column 6), planned or actual'),
    thousandUah: z.number().nullable().describe('The total as printed, in thousand UAH; null when unreadable'),
    computedThousandUah: z
      .number()
      .describe('The exact sum of that amount over the measures of `scope` (the whole table above it when none)'),
    scope: z
      .enum(['report', 'priority', 'sector', 'since-previous-total'])
      .nullable()
      .describe('The measures whose sum equals the stated total: null when none does'),
    source: SourcePlaceSchema.describe('Line (and page) of the totals row'),
  })
  .strict();

export const ReportMetaSchema = z
  .object({
    title: z.string().describe('Title of the report, its lines joined'),
    community: z.string().nullable().describe('The territorial community named in the title'),
    period: PeriodSchema.describe('Reporting period read from the title'),
    columns: z.array(z.string()).describe('Header labels of the table as printed'),
    notes: z
      .array(z.string())
      .describe(
        'Footnotes, and text outside the table: what comes before its header (addressee, «Додаток N») ' +
          'and after its last row (signature, date, «Виконавець»)',
      ),
    totals: z
      .array(StatedTotalSchema)
      .describe('Totals rows («Разом», «Всього», …): the sums they state, checked against the measures'),
  })
  .strict();

export const InputFormatSchema = z
  .enum(['text', 'html', 'docx', 'pdf', 'odt', 'ods', 'xlsx', 'rtf', 'csv'])
  .describe(
    'The text export, HTML, Word, PDF, OpenDocument text or spreadsheet (packed or flat), Excel, RTF, ' +
      'or delimited text saved from a spreadsheet (`;`, `,` or tab, quoted)',
  );

export const SourceFileSchema = z
  .object({
    path: z
      .string()
      .nullable()
      .describe('Input path as given (absolute paths reduced to the file name); null for bytes or stdin'),
    format: InputFormatSchema.describe('Format detected from the content'),
    encoding: z.string().describe('Character encoding detected or given'),
    bytes: z.number().int().nonnegative().describe('Size of the input in bytes'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('SHA-256 of the input bytes'),
  })
  .strict();

export const LevelCountsSchema = z
  .object({
    priorities: z.number().int().nonnegative(),
    goals: z.number().int().nonnegative(),
    sectors: z.number().int().nonnegative(),
    tasks: z.number().int().nonnegative(),
    measures: z.number().int().nonnegative(),
    subMeasures: z.number().int().nonnegative().describe('Measures with a parent measure'),
  })
  .strict();

export const ProgramSummarySchema = z
  .object({
    id: z.string().describe('Registry id, or the provisional id of an unresolved programme'),
    name: z
      .string()
      .describe('Canonical name from the registry; for an unresolved programme, its name as first printed'),
    resolved: z.boolean().describe('False for a programme the registry does not know'),
    years: z
      .object({ from: z.number().int(), to: z.number().int() })
      .strict()
      .nullable()
      .describe('Years the programme runs; null when an unresolved name gives none'),
    measureCount: z.number().int().nonnegative().describe('Measures that reference the programme'),
    fundingThousandUah: z
      .number()
      .nullable()
      .describe('Exact sum of the funding of those measures; null when none has an amount'),
  })
  .strict();

export const StatsSchema = z
  .object({
    counts: LevelCountsSchema.describe('priorities, goals, sectors, tasks, measures, subMeasures'),
    diagnostics: z
      .object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() })
      .strict()
      .describe('Diagnostics by severity: error, warning, info'),
    lines: z
      .object({
        total: z.number().int().nonnegative().describe('Lines (or rows) in the input'),
        blank: z.number().int().nonnegative().describe('Lines with nothing but white space'),
        used: z.number().int().nonnegative().describe('Lines whose content is in the data'),
        skipped: z.number().int().nonnegative().describe('Lines left out of the data, each with a diagnostic'),
      })
      .strict()
      .describe('used + skipped + blank = total'),
    funding: z
      .object({
        measures: z.number().int().nonnegative().describe('Measures with an amount in column 6'),
        totalThousandUah: z.number().describe('Exact sum of those amounts'),
      })
      .strict()
      .describe('Funding named in column 6'),
    programRefs: z
      .object({
        total: z.number().int().nonnegative(),
        resolved: z.number().int().nonnegative(),
        unresolved: z.number().int().nonnegative(),
      })
      .strict()
      .describe('Programme references: total, resolved, unresolved'),
  })
  .strict();

export const ReportSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION).describe('Version of this data model (semver)'),
    source: SourceFileSchema.describe('The input file'),
    report: ReportMetaSchema.describe('Title, community, period, column labels and footnotes'),
    priorities: z.array(PrioritySchema).describe('The report tree: priorities → sectors → tasks → measures'),
    programs: z.array(ProgramSummarySchema).describe('Each target programme referenced, sorted by id'),
    executors: z.array(ExecutorSummarySchema).describe('Each executor named, under its canonical id, sorted by id'),
    diagnostics: z.array(DiagnosticSchema).describe('Everything odd about the input, sorted by place'),
    stats: StatsSchema.describe('Counts of levels, diagnostics and lines'),
  })
  .strict()
  .describe('A programme-execution report of the Zhytomyr city territorial community');

/** One NDJSON line: a measure with the levels above it. */
export const MeasureRecordSchema = MeasureSchema.extend({
  sourceFile: z.string().nullable().describe('The input file the measure comes from (its name), null for stdin'),
  period: z
    .object({ year: z.number().int().nullable(), months: z.number().int().nullable() })
    .strict()
    .describe('The release: reporting year and months covered, so rows of several releases stack'),
  priority: z
    .object({ id: z.string(), name: z.string(), goal: z.string().nullable(), number: z.string().nullable() })
    .strict(),
  sector: z.object({ id: z.string(), name: z.string(), number: z.string().nullable() }).strict(),
  task: z.object({ id: z.string(), number: z.string(), text: z.string() }).strict(),
})
  .strict()
  .describe('One measure with its priority, goal, sector and task (an NDJSON line)');

export type Severity = z.infer<typeof SeveritySchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type ProgramSummary = z.infer<typeof ProgramSummarySchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Sector = z.infer<typeof SectorSchema>;
export type Priority = z.infer<typeof PrioritySchema>;
export type Period = z.infer<typeof PeriodSchema>;
export type ReportMeta = z.infer<typeof ReportMetaSchema>;
export type InputFormat = z.infer<typeof InputFormatSchema>;
export type SourceFile = z.infer<typeof SourceFileSchema>;
export type Stats = z.infer<typeof StatsSchema>;
export type LevelCounts = z.infer<typeof LevelCountsSchema>;
export type Report = z.infer<typeof ReportSchema>;
export type StatedTotal = z.infer<typeof StatedTotalSchema>;
export type MeasureRecord = z.infer<typeof MeasureRecordSchema>;

/** The schemas `zhyt-report schema [name]` prints and schemas/ holds. */
export const PUBLISHED_SCHEMAS = {
  report: ReportSchema,
  measure: MeasureRecordSchema,
  diagnostic: DiagnosticSchema,
  programs: ProgramRegistrySchema,
  executors: ExecutorRegistrySchema,
  history: HistorySchema,
  'history-row': HistoryRowSchema,
} as const;
export type PublishedSchemaName = keyof typeof PUBLISHED_SCHEMAS;
