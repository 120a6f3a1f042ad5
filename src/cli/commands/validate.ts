// `zhyt-report validate`: every diagnostic and a summary; no data. With --format json
// or ndjson the diagnostics go to stdout for machines, the summary still to stderr.
import { InputError, type Report, writeChunks } from '../../index.js';
import type { CliIo } from '../main.js';
import { formatSummary } from '../terminal.js';
import { load, printDiagnostics, type ReadFlags, shownPath } from './shared.js';

const FORMATS = ['text', 'json', 'ndjson'] as const;

export async function runValidate(
  file: string,
  flags: ReadFlags & { strict?: boolean; format?: string },
  io: CliIo,
): Promise<number> {
  const format = flags.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new InputError(`unknown format «${format}»; use ${FORMATS.join(', ')}`);
  const report = await load(file, flags, io);
  const path = shownPath(file);
  // -q: the errors only, and no summary (the exit code says the rest).
  const shown = flags.quiet ? report.diagnostics.filter((d) => d.severity === 'error') : report.diagnostics;
  if (format === 'text') printDiagnostics(shown, io, shownPath(file));
  else
    await writeChunks(io.stdout, [format === 'json' ? validationJson(report, path) : validationNdjson(report, path)]);
  if (!flags.quiet) io.stderr.write(`${formatSummary(report, path)}\n`);
  const { error, warning } = report.stats.diagnostics;
  return error > 0 || (flags.strict === true && warning > 0) ? 1 : 0;
}

/** The input as the user named it, the counts, and every diagnostic (the report's own objects). */
function validationJson(report: Report, path: string): string {
  const { counts, diagnostics } = report.stats;
  return `${JSON.stringify({ path, counts, severities: diagnostics, diagnostics: report.diagnostics }, null, 2)}\n`;
}

/** One diagnostic per line, each with the input's path, for jq and log collectors. */
function validationNdjson(report: Report, path: string): string {
  return report.diagnostics.map((d) => `${JSON.stringify({ path, ...d })}\n`).join('');
}
