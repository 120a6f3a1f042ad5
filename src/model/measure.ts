// The measure and what it is made of: its place in the input, programme references,
// sums, status. Part of the report model (schema.ts), which re-exports it.
import * as z from 'zod';

export const SourcePlaceSchema = z
  .object({
    line: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('1-based line of the input (text formats) or row number (table formats)'),
    page: z.number().int().positive().optional().describe('1-based page (PDF only)'),
  })
  .strict()
  .describe('Where in the input something was read');

export const ProgramMatchSchema = z.enum(['exact', 'normalized', 'fuzzy', 'unresolved']);

export const ProgramRefSchema = z
  .object({
    programId: z.string().nullable().describe('Registry id of the target programme, null while unresolved'),
    provisionalId: z
      .string()
      .nullable()
      .describe(
        'For an unresolved reference, an id made from its content words and ' +
          'years, so it counts as a programme of its own; null when resolved',
      ),
    raw: z.string().describe('The reference as printed in column 6'),
    match: ProgramMatchSchema.describe('How the reference was resolved'),
    score: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .describe('Similarity score of a fuzzy match, 1 for exact and normalised matches, null when unresolved'),
    candidates: z
      .array(z.object({ programId: z.string(), score: z.number().min(0).max(1) }).strict())
      .describe(
        'Nearest registry entries with their similarity, best first, ' +
          'for fuzzy and unresolved references; empty otherwise',
      ),
  })
  .strict();

export const AmountSchema = z
  .object({
    raw: z.string().describe('The sum as printed (`1,044 млн грн`)'),
    thousandUah: z.number().describe('The sum in thousand UAH (`1044`)'),
    field: z.enum(['title', 'execution']).describe('Which text it was found in'),
    approximate: z
      .boolean()
      .describe('A bound or an estimate, not the sum: «понад», «близько», «орієнтовно», «до» stands before it'),
  })
  .strict();

export const MeasureStatusSchema = z.enum([
  'completed',
  'in_progress',
  'planned',
  'not_completed',
  'not_funded',
  'suspended',
  'not_started',
  'cancelled',
  'unknown',
]);

export const MeasureSchema = z
  .object({
    id: z.string().describe('Stable id: `<priority>/<sector>/<number>`, derived from names and numbers, not positions'),
    number: z.string().describe('Measure number as printed, without the trailing dot (`1.2`, `1.1.3`)'),
    parent: z.string().nullable().describe("Parent measure's number for sub-measures (`1.1` for `1.1.3`), else null"),
    title: z.string().describe('Measure text (column 3) without its number'),
    executors: z.array(z.string()).describe('Responsible organisations (column 4), split on commas outside quotes'),
    executorIds: z
      .array(z.string())
      .describe(
        'Registry id of each executor, in the same order (data/executors.json, --executors); ' +
          '`unlisted-…` for a name the registry lacks',
      ),
    execution: z.string().describe('What was done (column 5); paragraphs separated by `\\n`'),
    resources: z.string().describe('Column 6 as printed: target programme name(s), an amount, a source of funds'),
    fundingThousandUah: z
      .number()
      .nullable()
      .describe('Funding in thousand UAH named in column 6 (the sum of its amounts), else null'),
    fundingSource: z
      .string()
      .nullable()
      .describe(
        'Source of funds named in column 6 («міський бюджет», «кошти ' +
          'інвесторів», «за рахунок …»), several joined with "; "; else null',
      ),
    programRefs: z
      .array(ProgramRefSchema)
      .describe('Target programmes named in column 6, resolved against the registry'),
    amounts: z.array(AmountSchema).describe('Sums of money named in the title or execution text'),
    status: MeasureStatusSchema.describe('Status read from the execution text by the status rules (README)'),
    statusRule: z
      .string()
      .describe('Id of the status rule that decided (`unknown.empty`, `unknown.no-match` when none did)'),
    statusPhrase: z.string().nullable().describe('The phrase of the execution text the rule matched'),
    statusConfidence: z
      .enum(['high', 'low'])
      .describe(
        '`low` when the status is a guess: read by the catch-all of impersonal past verbs, by no rule at all, ' +
          'or from clauses that disagree (one done, another not); else `high`',
      ),
    completionPercent: z
      .number()
      .min(0)
      .max(100)
      .nullable()
      .describe(
        'Completion of works reported in the execution text (`Рівень виконання робіт становить 81,0%`), else null',
      ),
    links: z.array(z.string()).describe('URLs found in the measure row'),
    source: SourcePlaceSchema.describe('Line (and page) of the measure row'),
    plannedThousandUah: z
      .number()
      .nullable()
      .describe('Planned amount in thousand UAH, from a column headed «план» (or «передбачено»), else null'),
    actualThousandUah: z
      .number()
      .nullable()
      .describe(
        'Actual amount in thousand UAH, from a column headed «факт» (or «профінансовано»), else null; ' +
          'it is the funding when column 6 names no amount',
      ),
    note: z.string().nullable().describe('The «Примітка» (note) column, when the table has one and the cell is filled'),
    extra: z
      .record(z.string(), z.string())
      .describe(
        'Columns the tool has no role for, by their header text (a sub-column as `<spanning header> / <its own>`; ' +
          'a cell past the header as `column N`); empty when there are none',
      ),
  })
  .strict();

export type SourcePlace = z.infer<typeof SourcePlaceSchema>;
export type ProgramRef = z.infer<typeof ProgramRefSchema>;
export type Amount = z.infer<typeof AmountSchema>;
export type Measure = z.infer<typeof MeasureSchema>;
export type MeasureStatus = z.infer<typeof MeasureStatusSchema>;
