// How messages reach the user: stderr only, coloured only on a TTY and never
// under NO_COLOR, one line per diagnostic.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Diagnostic, Report, Severity } from '../model/schema.js';

export { printable } from './printable.js';

export function stderrChalk(
  stream: NodeJS.WriteStream = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): ChalkInstance {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return new Chalk({ level: !noColor && stream.isTTY ? 1 : 0 });
}

const PAINT: Record<Severity, (c: ChalkInstance, s: string) => string> = {
  error: (c, s) => c.red(s),
  warning: (c, s) => c.yellow(s),
  info: (c, s) => c.cyan(s),
};

/** `path:line  severity  message  [code]` */
export function formatDiagnostic(d: Diagnostic, path: string, c: ChalkInstance): string {
  const place = [d.source.page !== undefined ? `p${d.source.page}` : null, d.source.line ?? null]
    .filter((x) => x !== null)
    .join(':');
  const where = place === '' ? path : `${path}:${place}`;
  return `${c.bold(where)}  ${PAINT[d.severity](c, d.severity)}  ${d.message}  ${c.dim(`[${d.code}]`)}`;
}

export function formatSummary(report: Report, path: string): string {
  const { counts, diagnostics } = report.stats;
  return (
    `${path}: ${counts.priorities} priorities, ${counts.goals} goals, ${counts.sectors} sectors, ` +
    `${counts.tasks} tasks, ${counts.measures} measures; ` +
    `${diagnostics.error} errors, ${diagnostics.warning} warnings, ${diagnostics.info} info`
  );
}
