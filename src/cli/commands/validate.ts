// `zhyt-report validate`: every diagnostic and a summary; no data.
import type { Severity } from '../../index.js';
import type { CliIo } from '../main.js';
import { formatSummary } from '../terminal.js';
import { load, printDiagnostics, type ReadFlags } from './shared.js';

export async function runValidate(file: string, flags: ReadFlags & { strict?: boolean }, io: CliIo): Promise<number> {
  const report = await load(file, flags, io);
  printDiagnostics(report, io, new Set<Severity>(['error', 'warning', 'info']));
  io.stderr.write(`${formatSummary(report, report.source.path ?? '<stdin>')}\n`);
  const { error, warning } = report.stats.diagnostics;
  return error > 0 || (flags.strict === true && warning > 0) ? 1 : 0;
}
