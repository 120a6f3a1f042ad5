// A namespace import lets the bundler drop what is unused (zod's 60 locales).
import * as z from 'zod';
import { PUBLISHED_SCHEMAS, type PublishedSchemaName } from './schema.js';

/** The JSON Schema generated from one of the published Zod schemas. */
export function jsonSchemaOf(name: PublishedSchemaName): Record<string, unknown> {
  return z.toJSONSchema(PUBLISHED_SCHEMAS[name], { target: 'draft-2020-12' }) as Record<string, unknown>;
}
