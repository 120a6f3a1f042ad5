// The registry of executors: the council's executive bodies, its enterprises and
// institutions, partners and groups named in column 4. Shipped as data
// (data/executors.json), extended or overridden by `--executors FILE`.
import * as z from 'zod';

export const ExecutorEntrySchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens')
      .describe('Stable executor id'),
    name: z.string().min(1).describe('Canonical name'),
    kind: z
      .enum(['body', 'partner', 'group'])
      .describe('A body of the council or its enterprise, an outside partner, or a group («громадські організації»)'),
    aliases: z.array(z.string().min(1)).default([]).describe('Other spellings seen in reports'),
  })
  .strict();

export const ExecutorRegistrySchema = z
  .object({
    $schema: z.string().optional(),
    executors: z.array(ExecutorEntrySchema).describe('Executors'),
  })
  .strict()
  .describe('A registry of executors named in reports');

export type ExecutorEntry = z.output<typeof ExecutorEntrySchema>;

export const ExecutorSummarySchema = z
  .object({
    id: z.string().describe('Registry id, or the provisional `unlisted-…` id of an executor the registry lacks'),
    name: z.string().describe('Canonical name from the registry; for an unlisted executor, its most printed spelling'),
    kind: ExecutorEntrySchema.shape.kind.nullable().describe('From the registry; null for an unlisted executor'),
    resolved: z.boolean().describe('False for an executor the registry does not know'),
    spellings: z.array(z.string()).describe('Every spelling printed in this report, sorted'),
    measureCount: z.number().int().nonnegative().describe('Measures the executor is named in'),
  })
  .strict();

export type ExecutorSummary = z.infer<typeof ExecutorSummarySchema>;
