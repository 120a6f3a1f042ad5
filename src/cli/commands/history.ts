// `zhyt-report history`: measures followed across releases, one long table.
import {
  buildHistory,
  checkTarget,
  historyChunks,
  type History,
  InputError,
  writeAtomically,
  writeChunks,
} from '../../index.js';
import type { CliIo } from '../main.js';
import { stderrChalk } from '../terminal.js';
import { counted } from '../../text/plural.js';
import { emitOptions, type ParseFlags, parseFormats, refuseBinaryToTerminal } from './parse.js';
import { exitOfAll, expandInputs, loadAll } from './shared.js';

export type HistoryFlags = Pick<
  ParseFlags,
  | 'format'
  | 'out'
  | 'excel'
  | 'delimiter'
  | 'locale'
  | 'quiet'
  | 'encoding'
  | 'programs'
  | 'maxInputMb'
  | 'maxDocxMb'
  | 'maxPages'
  | 'maxLineLength'
  | 'maxCells'
  | 'maxDepth'
>;

/** What the user should know about the order of the releases: periods missing or repeated. */
export function orderWarnings(history: History): string[] {
  const out: string[] = [];
  const seen = new Map<string, string>();
  for (const r of history.releases) {
    const file = r.sourceFile ?? '<stdin>';
    if (r.periodYear === null || r.periodMonths === null) {
      out.push(`${file}: no reporting period in its title; placed after the releases that have one`);
      continue;
    }
    const period = `${r.periodYear}-${r.periodMonths}`;
    const other = seen.get(period);
    if (other !== undefined) out.push(`${file}: the same period as ${other} (${r.periodLabel ?? period})`);
    seen.set(period, file);
  }
  return out;
}

export async function runHistory(args: string[], flags: HistoryFlags, io: CliIo): Promise<number> {
  const [format, ...more] = parseFormats(flags.format, flags.out, 'json');
  if (more.length > 0 || format === undefined) throw new InputError('history writes one format at a time');
  const options = emitOptions(flags);
  if (flags.out === undefined) refuseBinaryToTerminal(format, io);
  const files = await expandInputs(args);
  if (files.length < 2) throw new InputError('history needs two releases or more');
  const inputs = files.filter((f) => f !== '-');
  if (flags.out !== undefined) checkTarget(flags.out, inputs);
  const loaded = await loadAll(files, flags, io, 2);
  const history = buildHistory(loaded.reports);
  const c = stderrChalk(io.stderr, io.env);
  for (const warning of orderWarnings(history)) io.stderr.write(`${c.yellow('warning')}  ${warning}\n`);
  const chunks = historyChunks(history, format, options);
  if (flags.out !== undefined) await writeAtomically(flags.out, chunks, inputs);
  else await writeChunks(io.stdout, chunks);
  if (!flags.quiet) {
    const keys = new Set(history.rows.map((r) => r.measureKey)).size;
    const periods = history.releases.map((r) => r.periodLabel ?? '?').join(' → ');
    io.stderr.write(
      `history: ${counted(history.releases.length, 'release')} (${periods}), ${counted(keys, 'measure')}\n`,
    );
    if (flags.out !== undefined) io.stderr.write(`wrote ${flags.out}\n`);
  }
  return exitOfAll(loaded);
}
