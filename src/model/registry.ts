// The registry of target programmes: shipped as data (data/programs.json), extended
// or overridden by `--programs FILE`. This schema validates both.
// A namespace import lets the bundler drop what is unused (zod's 60 locales).
import * as z from 'zod';

export const ProgramEntrySchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens')
      .describe('Stable programme id'),
    name: z.string().min(1).describe('Canonical name'),
    years: z
      .object({ from: z.number().int().min(1990).max(2100), to: z.number().int().min(1990).max(2100) })
      .strict()
      .refine((y) => y.from <= y.to, 'from must not be after to')
      .describe('Years the programme runs'),
    aliases: z.array(z.string().min(1)).default([]).describe('Other spellings seen in reports'),
  })
  .strict();

export const ProgramRegistrySchema = z
  .object({
    $schema: z.string().optional(),
    programs: z.array(ProgramEntrySchema).describe('Target programmes'),
  })
  .strict()
  .describe('A registry of city target programmes');

export type ProgramEntry = z.output<typeof ProgramEntrySchema>;
export type ProgramRegistry = z.output<typeof ProgramRegistrySchema>;
