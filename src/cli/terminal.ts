// How messages reach the user: stderr only, coloured on a TTY or under FORCE_COLOR
// and never under NO_COLOR, one line per diagnostic.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Diagnostic, Report, Severity } from '../model/schema.js';
import { counted } from '../text/plural.js';

export { printable } from './printable.js';

export function stderrChalk(
  stream: NodeJS.WriteStream = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): ChalkInstance {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  // FORCE_COLOR colours a pipe too (CI logs that show colour), 0 or false none at all;
  // NO_COLOR wins over both.
  const force = env.FORCE_COLOR ?? '';
  if (noColor || force === '0' || force === 'false') return new Chalk({ level: 0 });
  if (force === '') return new Chalk({ level: stream.isTTY ? 1 : 0 });
  return new Chalk({ level: force === '2' || force === '3' ? (Number(force) as 2 | 3) : 1 });
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
    `${path}: ${counted(counts.priorities, 'priority', 'priorities')}, ${counted(counts.goals, 'goal')}, ` +
    `${counted(counts.sectors, 'sector')}, ${counted(counts.tasks, 'task')}, ${counted(counts.measures, 'measure')}; ` +
    `${counted(diagnostics.error, 'error')}, ${counted(diagnostics.warning, 'warning')}, ${diagnostics.info} info`
  );
}
