// The history of measures across releases: one row per measure and release, the
// long table `zhyt-report history` writes. Part of the data model (schema.ts
// publishes it); types and JSON Schema come from these schemas.
import * as z from 'zod';
import { MeasureStatusSchema } from './measure.js';

export const HistoryChangeSchema = z
  .enum(['first', 'added', 'unchanged', 'changed', 'moved', 'absent'])
  .describe(
    'The measure in this release against the release before: first (the earliest release, nothing to compare), ' +
      'added (not in the release before), unchanged, changed (fields in changedFields), moved (renumbered or ' +
      'moved to another sector; fields may change too), absent (not in this release)',
  );

export const ReleaseSchema = z
  .object({
    release: z.number().int().nonnegative().describe('Position in time, 0 for the earliest release'),
    sourceFile: z.string().nullable().describe('The input file (its name), null for stdin'),
    sha256: z.string().describe('SHA-256 of the input bytes'),
    periodYear: z.number().int().nullable().describe('Reporting year'),
    periodMonths: z.number().int().nullable().describe('Months covered from the start of the year'),
    periodLabel: z.string().nullable().describe('The period as printed (`9 місяців 2023 року`)'),
    measures: z.number().int().nonnegative().describe('Measures in the release'),
  })
  .strict()
  .describe('One release of the history, in order of period');

export const HistoryRowSchema = z
  .object({
    measureKey: z
      .string()
      .describe(
        'The same for one measure in every release: its id in the earliest release it appears in ' +
          '(with `@<year>-<months>m` added when a later measure took that id)',
      ),
    release: z.number().int().nonnegative().describe('The release (index into releases, 0 = earliest)'),
    periodYear: z.number().int().nullable().describe('Reporting year of the release'),
    periodMonths: z.number().int().nullable().describe('Months the release covers (3, 6, 9, 12)'),
    periodLabel: z.string().nullable().describe('The period as printed'),
    sourceFile: z.string().nullable().describe('The input file of the release'),
    present: z.boolean().describe('false when the measure is not in this release'),
    change: HistoryChangeSchema,
    changedFields: z
      .array(z.string())
      .describe('Fields that differ from the release before (title, execution, status, completionPercent, …)'),
    measureId: z.string().nullable().describe("The measure's id in this release, null when absent"),
    priority: z.string().describe('Priority name (of the latest release that has the measure, when absent)'),
    sector: z.string().describe('Sector name (likewise)'),
    taskNumber: z.string().describe('Task number as printed (likewise)'),
    number: z.string().describe('Measure number as printed (likewise)'),
    title: z.string().describe('Measure title (likewise)'),
    status: MeasureStatusSchema.nullable().describe('Status in this release, null when absent'),
    completionPercent: z.number().nullable().describe('Completion of works in percent, null when none or absent'),
    fundingThousandUah: z.number().nullable().describe('Funding in thousand UAH, null when none or absent'),
    programIds: z
      .array(z.string())
      .describe('Programme ids: registry ids, provisional ids for unresolved ones; empty when absent'),
    programs: z.array(z.string()).describe('Programme names (as printed, for unresolved ones)'),
    executorIds: z
      .array(z.string())
      .describe('Executor ids: registry ids, `unlisted-…` ids for unknown ones; empty when absent'),
    executors: z.array(z.string()).describe('Executor names: canonical, or as most printed for unlisted ones'),
  })
  .strict()
  .describe('One measure in one release (a line of `history -f ndjson`)');

export const HistorySchema = z
  .object({
    releases: z.array(ReleaseSchema).describe('The releases, earliest first, whatever the order of the inputs'),
    rows: z
      .array(HistoryRowSchema)
      .describe(
        'One row per measure and release: measures in the order of the latest release that has them, ' +
          'each measure’s rows earliest first',
      ),
  })
  .strict()
  .describe('Measures followed across releases (`zhyt-report history -f json`)');

export type HistoryChange = z.infer<typeof HistoryChangeSchema>;
export type Release = z.infer<typeof ReleaseSchema>;
export type HistoryRow = z.infer<typeof HistoryRowSchema>;
export type History = z.infer<typeof HistorySchema>;
