// What every command that reads a report shares: its flags, limits, standard input,
// extra registry files, and printing diagnostics.
import {
  type ExecutorEntry,
  InputError,
  type Limits,
  limitError,
  mergeExecutors,
  mergeRegistries,
  type ProgramEntry,
  parseReport,
  readExecutorsFile,
  readRegistryFile,
  type Report,
  type Diagnostic,
  withDefaults,
} from '../../index.js';
import { statSync } from 'node:fs';
import type { CliIo } from '../main.js';
import { formatDiagnostic, formatSummary, stderrChalk, printable } from '../terminal.js';

/** Flags of every command that reads a report. */
export interface ReadFlags {
  encoding?: string;
  programs?: string[];
  executors?: string[];
  maxInputMb?: string;
  maxDocxMb?: string;
  maxPages?: string;
  maxLineLength?: string;
  maxCells?: string;
  maxDepth?: string;
  /** Errors only: no warnings, notes or summaries on stderr. */
  quiet?: boolean;
  /** Info diagnostics too. */
  verbose?: boolean;
}

export function limitsOf(flags: ReadFlags): Partial<Limits> {
  const positive = (value: string | undefined, flag: string, scale = 1): number | undefined => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new InputError(`${flag} takes a positive number`);
    return Math.floor(n * scale);
  };
  const MB = 1024 * 1024;
  const limits: Partial<Limits> = {};
  const set = <K extends keyof Limits>(key: K, value: number | undefined) => {
    if (value !== undefined) limits[key] = value;
  };
  set('maxInputBytes', positive(flags.maxInputMb, '--max-input-mb', MB));
  set('maxDocxBytes', positive(flags.maxDocxMb, '--max-docx-mb', MB));
  set('maxPdfPages', positive(flags.maxPages, '--max-pages'));
  set('maxLineLength', positive(flags.maxLineLength, '--max-line-length'));
  set('maxCellsPerRow', positive(flags.maxCells, '--max-cells'));
  set('maxDepth', positive(flags.maxDepth, '--max-depth'));
  return limits;
}

async function readStdin(stdin: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    // Stop reading as soon as the limit is passed: stdin may never end.
    if (size > maxBytes) throw limitError('maxInputBytes', 'stdin', null, maxBytes);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

export async function extraPrograms(files: readonly string[] = [], flags: ReadFlags = {}): Promise<ProgramEntry[]> {
  if (files.length === 0) return [];
  const { maxInputBytes } = withDefaults(limitsOf(flags));
  return mergeRegistries(...files.map((file) => readRegistryFile(file, maxInputBytes)));
}

export async function extraExecutors(files: readonly string[] = [], flags: ReadFlags = {}): Promise<ExecutorEntry[]> {
  if (files.length === 0) return [];
  const { maxInputBytes } = withDefaults(limitsOf(flags));
  return mergeExecutors(...files.map((file) => readExecutorsFile(file, maxInputBytes)));
}

export async function load(file: string, flags: ReadFlags, io: CliIo): Promise<Report> {
  const programs = await extraPrograms(flags.programs, flags);
  const executors = await extraExecutors(flags.executors, flags);
  const limits = limitsOf(flags);
  const input =
    file === '-' ? { bytes: await readStdin(io.stdin, withDefaults(limits).maxInputBytes), path: null } : file;
  return parseReport(input, {
    programs,
    executors,
    limits,
    ...(flags.encoding === undefined ? {} : { encoding: flags.encoding }),
  });
}

/** How messages name an input: as the user gave it (relative stays relative), `<stdin>` for -. */
export const shownPath = (file: string): string => (file === '-' ? '<stdin>' : printable(file));

/** Prints diagnostics one per line, `path:line  severity  message  [code]`. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], io: CliIo, path: string): void {
  const c = stderrChalk(io.stderr, io.env);
  for (const d of diagnostics) io.stderr.write(`${formatDiagnostic(d, path, c)}\n`);
}

/** The inputs of a command that reads several releases: files as given, folders searched for reports. */
export async function expandInputs(args: readonly string[]): Promise<string[]> {
  if (args.filter((a) => a === '-').length > 1) throw new InputError('only one input can be stdin');
  const folders = args.filter((a) => a !== '-' && statSync(a, { throwIfNoEntry: false })?.isDirectory());
  if (folders.length === 0) return [...args];
  const { collectInputs } = await import('../../batch/inputs.js');
  const files = args.flatMap((a) => (folders.includes(a) ? collectInputs([a]).map((i) => i.path) : [a]));
  if (files.length === 0) throw new InputError(`no reports in ${folders.map(printable).join(', ')}`);
  return files;
}

/** What loading several releases gave: the reports read, in order, and how many could not be. */
export interface Loaded {
  reports: Report[];
  unreadable: number;
}

/**
 * Loads several reports in turn, a summary line for each unless quiet. An unreadable
 * one is named on stderr in one line and passed over, as a batch does; the command
 * then exits 2. `needed`: the readable reports the command cannot do without.
 */
export async function loadAll(files: readonly string[], flags: ReadFlags, io: CliIo, needed: number): Promise<Loaded> {
  const loaded: Loaded = { reports: [], unreadable: 0 };
  for (const file of files) {
    try {
      const report = await load(file, flags, io);
      if (!flags.quiet) io.stderr.write(`${formatSummary(report, shownPath(file))}\n`);
      loaded.reports.push(report);
    } catch (error) {
      if (!(error instanceof InputError) || files.length === 1) throw error;
      io.stderr.write(`zhyt-report: ${printable(error.message)}\n`);
      loaded.unreadable++;
    }
  }
  if (loaded.reports.length < needed)
    throw new InputError(
      `${loaded.unreadable} of ${files.length} inputs could not be read; ${loaded.reports.length} ` +
        `${loaded.reports.length === 1 ? 'is' : 'are'} too few`,
    );
  return loaded;
}

/** The exit code of a command over several releases: 2 if one was unreadable, 1 if one has errors. */
export const exitOfAll = ({ reports, unreadable }: Loaded): number =>
  unreadable > 0 ? 2 : reports.some((r) => r.stats.diagnostics.error > 0) ? 1 : 0;
