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
