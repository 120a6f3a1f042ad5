import type { Report } from '../model/schema.js';
import { toCsv, type CsvOptions } from './csv.js';
import { jsonChunks, toJson } from './json.js';
import { ndjsonBytes, toNdjson } from './ndjson.js';

export const OUTPUT_FORMATS = {
  json: { extension: '.json' },
  csv: { extension: '.csv' },
  ndjson: { extension: '.ndjson' },
  xlsx: { extension: '.xlsx' },
} as const satisfies Record<string, { extension: string }>;

export type OutputFormat = keyof typeof OUTPUT_FORMATS;
/** The formats that are text: what emit() returns as a string. */
export type TextFormat = Exclude<OutputFormat, 'xlsx'>;
const TEXT_EMITTERS: Record<TextFormat, (r: Report, o?: CsvOptions) => string> = {
  json: toJson,
  csv: toCsv,
  ndjson: toNdjson,
};

export type EmitOptions = CsvOptions;

export function emit(report: Report, format: TextFormat, options: EmitOptions = {}): string {
  return TEXT_EMITTERS[format](report, options);
}

/** The output in pieces (text, or UTF-8 bytes), for writing without building one huge string (NDJSON streams). */
export function emitChunks(
  report: Report,
  format: OutputFormat,
  options: EmitOptions = {},
): Iterable<string | Uint8Array> | AsyncIterable<Uint8Array> {
  if (format === 'xlsx') return xlsxBytes(report);
  if (format === 'json') return jsonChunks(report);
  return format === 'ndjson' ? ndjsonBytes(report) : [emit(report, format, options)];
}

async function* xlsxBytes(report: Report): AsyncGenerator<Uint8Array> {
  // The workbook writer loads only when a workbook is written.
  const { toXlsx } = await import('./xlsx.js');
  yield await toXlsx(report);
}

/** The format an output file's extension names, if any. */
export function formatFromPath(path: string): OutputFormat | undefined {
  const lower = path.toLowerCase();
  return (Object.keys(OUTPUT_FORMATS) as OutputFormat[]).find((f) => lower.endsWith(OUTPUT_FORMATS[f].extension));
}

export { toCsv, toJson, toNdjson };
