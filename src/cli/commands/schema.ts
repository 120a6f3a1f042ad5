// `zhyt-report schema`: a JSON Schema of the model.
import { jsonSchemaOf, writeChunks } from '../../index.js';
import type { CliIo } from '../main.js';
import type { SCHEMA_NAMES } from '../names.js';

export async function runSchema(name: string, io: CliIo): Promise<number> {
  await writeChunks(io.stdout, [`${JSON.stringify(jsonSchemaOf(name as (typeof SCHEMA_NAMES)[number]), null, 2)}\n`]);
  return 0;
}
