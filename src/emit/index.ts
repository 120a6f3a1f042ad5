import type { Report } from '../model/schema.js';
import { toCsv, type CsvOptions } from './csv.js';
import { toJson } from './json.js';
import { ndjsonBytes, toNdjson } from './ndjson.js';

export const OUTPUT_FORMATS = {
  json: { extension: '.json', emit: toJson },
  csv: { extension: '.csv', emit: toCsv },
  ndjson: { extension: '.ndjson', emit: toNdjson },
} as const satisfies Record<string, { extension: string; emit: (r: Report, o?: CsvOptions) => string }>;

export type OutputFormat = keyof typeof OUTPUT_FORMATS;

export type EmitOptions = CsvOptions;

export function emit(report: Report, format: OutputFormat, options: EmitOptions = {}): string {
  return format === 'csv' ? toCsv(report, options) : OUTPUT_FORMATS[format].emit(report);
}

/** The output in pieces (text, or UTF-8 bytes), for writing without building one huge string (NDJSON streams). */
export function emitChunks(
  report: Report,
  format: OutputFormat,
  options: EmitOptions = {},
): Iterable<string | Uint8Array> {
  return format === 'ndjson' ? ndjsonBytes(report) : [emit(report, format, options)];
}

/** The format an output file's extension names, if any. */
export function formatFromPath(path: string): OutputFormat | undefined {
  const lower = path.toLowerCase();
  return (Object.keys(OUTPUT_FORMATS) as OutputFormat[]).find((f) => lower.endsWith(OUTPUT_FORMATS[f].extension));
}

export { toCsv, toJson, toNdjson };
