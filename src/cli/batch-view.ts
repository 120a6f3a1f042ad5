// What a batch shows: a progress bar while it runs (TTY only) and a summary table.
import { counted } from '../text/plural.js';
import type { ConvertResult } from '../batch/convert.js';
import { printable } from './printable.js';

export async function progressBar(stream: NodeJS.WriteStream, total: number) {
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { stream, format: '{bar} {value}/{total} files  {file}', hideCursor: true, clearOnComplete: true, etaBuffer: 20 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return {
    update: (done: number, payload: { file: string }) => bar.update(done, payload),
    log: (line: string) => {
      stream.write('\r\x1b[K');
      stream.write(line);
      bar.render();
    },
    stop: () => bar.stop(),
  };
}

export function summaryTable(results: readonly ConvertResult[], totalMs: number): string {
  const head = ['file', 'format', 'measures', 'warnings', 'errors', 'time'];
  const rows = results.map((r) => [
    printable(r.input),
    r.format ?? '-',
    r.status === 'unreadable' ? '-' : String(r.measures),
    r.status === 'unreadable' ? '-' : String(r.warnings),
    r.status === 'unreadable' ? 'unreadable' : String(r.errors),
    `${(r.ms / 1000).toFixed(2)}s`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 || i === 1 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number)))
      .join('  ');
  const ok = results.filter((r) => r.status === 'ok').length;
  const withErrors = results.filter((r) => r.status === 'errors').length;
  const unreadable = results.filter((r) => r.status === 'unreadable').length;
  const files = results.reduce((n, r) => n + r.written.length, 0);
  const tail =
    `${counted(results.length, 'input')}: ${ok} ok, ${withErrors} with errors, ${unreadable} ` +
    `unreadable; ${counted(files, 'file')} written in ${(totalMs / 1000).toFixed(2)}s`;
  return `${[line(head), ...rows.map(line)].join('\n')}\n${tail}\n`;
}

/**
 * What a CI job reads after a batch (--summary FILE): per input, its path as found,
 * format, status, the reason it was unreadable, its counts, the files written and
 * how long it took; then the totals.
 */
export function summaryJson(results: readonly ConvertResult[]): string {
  const inputs = results.map((r) => ({
    path: r.input,
    format: r.format,
    status: r.status,
    reason: r.message ?? null,
    measures: r.status === 'unreadable' ? null : r.measures,
    warnings: r.status === 'unreadable' ? null : r.warnings,
    errors: r.status === 'unreadable' ? null : r.errors,
    outputs: r.written,
    durationMs: Math.round(r.ms),
  }));
  const count = (status: ConvertResult['status']) => results.filter((r) => r.status === status).length;
  const totals = { inputs: results.length, ok: count('ok'), errors: count('errors'), unreadable: count('unreadable') };
  return `${JSON.stringify({ inputs, totals }, null, 2)}\n`;
}
