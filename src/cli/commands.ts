// What each command does, loaded by main.ts only when a command runs: `--version`
// and `--help` never load the pipeline. The common path (parse, validate) is
// imported statically here so it arrives as one piece; batch, diff, stats and the
// readers of heavy formats come in only when used.
import { statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, extname, join } from 'node:path';
import { mergeRegistries, readRegistryFile, shippedRegistry } from '../enrich/programs/registry.js';
import { emitChunks, formatFromPath, type EmitOptions, type OutputFormat } from '../emit/index.js';
import { checkTarget, writeAtomically, writeChunks } from '../emit/write-output.js';
import { InputError } from '../errors.js';
import type { ProgramEntry } from '../model/registry.js';
import type { Report, Severity } from '../model/schema.js';
import { parseReport } from '../parse-report.js';
import { limitError, withDefaults, type Limits } from '../read/limits.js';
import { formatDiagnostic, formatSummary, stderrChalk } from './terminal.js';
import type { CliIo } from './main.js';
import { FORMATS, type SCHEMA_NAMES } from './names.js';

/** Flags of every command that reads a report. */
export interface ReadFlags {
  encoding?: string;
  programs?: string[];
  maxInputMb?: string;
  maxDocxMb?: string;
  maxPages?: string;
  maxLineLength?: string;
  maxCells?: string;
}

function limitsOf(flags: ReadFlags): Partial<Limits> {
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
  return limits;
}

export interface ParseFlags extends ReadFlags {
  format?: string;
  out?: string;
  outDir?: string;
  quiet?: boolean;
  verbose?: boolean;
  jobs?: string;
  excel?: boolean;
  delimiter?: string;
  datapackage?: boolean;
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

async function extraPrograms(files: readonly string[] = []): Promise<ProgramEntry[]> {
  if (files.length === 0) return [];
  return mergeRegistries(...files.map(readRegistryFile));
}

async function load(file: string, flags: ReadFlags, io: CliIo): Promise<Report> {
  const programs = await extraPrograms(flags.programs);
  const limits = limitsOf(flags);
  const input =
    file === '-' ? { bytes: await readStdin(io.stdin, withDefaults(limits).maxInputBytes), path: null } : file;
  return parseReport(input, {
    programs,
    limits,
    ...(flags.encoding === undefined ? {} : { encoding: flags.encoding }),
  });
}

function parseFormats(value: string | undefined, out: string | undefined, fallback: OutputFormat): OutputFormat[] {
  if (value === undefined) return [(out === undefined ? undefined : formatFromPath(out)) ?? fallback];
  const names = value.split(',').map((s) => s.trim().toLowerCase());
  for (const name of names) {
    if (!(FORMATS as readonly string[]).includes(name))
      throw new InputError(`unknown format «${name}»; use ${FORMATS.join(', ')}`);
  }
  return [...new Set(names)] as OutputFormat[];
}

function printDiagnostics(report: Report, io: CliIo, show: ReadonlySet<Severity>): void {
  const c = stderrChalk(io.stderr, io.env);
  const path = report.source.path ?? '<stdin>';
  for (const d of report.diagnostics) if (show.has(d.severity)) io.stderr.write(`${formatDiagnostic(d, path, c)}\n`);
}

function emitOptions(flags: ParseFlags): EmitOptions {
  if (flags.delimiter !== undefined && [...flags.delimiter].length !== 1)
    throw new InputError('--delimiter takes one character');
  return {
    ...(flags.excel ? { excel: true } : {}),
    ...(flags.delimiter !== undefined ? { delimiter: flags.delimiter } : {}),
  };
}

export async function runParse(files: string[], flags: ParseFlags, io: CliIo): Promise<number> {
  if (flags.out !== undefined && flags.outDir !== undefined)
    throw new InputError('use either --out or --out-dir, not both');
  const formats = parseFormats(flags.format, flags.out, 'json');
  if (formats.length > 1 && flags.outDir === undefined) throw new InputError('several formats need --out-dir');
  if (flags.datapackage && flags.outDir === undefined) throw new InputError('--datapackage needs --out-dir');
  const single =
    files.length === 1 && (files[0] === '-' || !statSync(files[0] as string, { throwIfNoEntry: false })?.isDirectory());
  if (!single) {
    if (flags.outDir === undefined) throw new InputError('several inputs, or a folder, need --out-dir');
    if (files.includes('-')) throw new InputError('stdin (-) cannot be part of a batch');
    return runBatchParse(files, formats, flags, io);
  }
  return runSingleParse(files[0] as string, formats, flags, io);
}

async function runSingleParse(file: string, formats: OutputFormat[], flags: ParseFlags, io: CliIo): Promise<number> {
  const options = emitOptions(flags);
  const inputs = file === '-' ? [] : [file];
  if (flags.out !== undefined) checkTarget(flags.out, inputs);
  const report = await load(file, flags, io);
  const show = new Set<Severity>(
    flags.quiet ? ['error'] : flags.verbose ? ['error', 'warning', 'info'] : ['error', 'warning'],
  );
  printDiagnostics(report, io, show);
  const written: string[] = [];
  if (flags.outDir !== undefined) {
    await mkdir(flags.outDir, { recursive: true }).catch((error: unknown) => {
      throw new InputError(`cannot create folder ${flags.outDir}: ${(error as Error).message}`);
    });
    const stem = file === '-' ? 'stdin' : basename(file, extname(file));
    const { writeOutputs } = await import('../batch/convert.js');
    const job = {
      input: file === '-' ? null : file,
      stem,
      outDir: flags.outDir,
      formats,
      emit: options,
      datapackage: flags.datapackage === true,
    };
    written.push(...(await writeOutputs(report, job)));
    if (flags.datapackage) written.push(await writeDataPackage(flags.outDir, [stem], options));
  } else if (flags.out !== undefined) {
    await writeAtomically(flags.out, emitChunks(report, formats[0] as OutputFormat, options), inputs);
    written.push(flags.out);
  } else {
    await writeChunks(io.stdout, emitChunks(report, formats[0] as OutputFormat, options));
  }
  if (!flags.quiet) {
    io.stderr.write(`${formatSummary(report, report.source.path ?? '<stdin>')}\n`);
    for (const target of written) io.stderr.write(`wrote ${target}\n`);
  }
  return report.stats.diagnostics.error > 0 ? 1 : 0;
}

async function writeDataPackage(outDir: string, stems: readonly string[], options: EmitOptions): Promise<string> {
  const [{ dataPackage }, { writeAtomically }] = await Promise.all([
    import('../emit/datapackage.js'),
    import('../emit/write-output.js'),
  ]);
  const target = join(outDir, 'datapackage.json');
  await writeAtomically(target, `${JSON.stringify(dataPackage(stems, options), null, 2)}\n`);
  return target;
}

async function runBatchParse(files: string[], formats: OutputFormat[], flags: ParseFlags, io: CliIo): Promise<number> {
  const outDir = flags.outDir as string;
  const jobs = flags.jobs === undefined ? availableParallelism() : Number.parseInt(flags.jobs, 10);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InputError('--jobs takes a whole number of 1 or more');
  const [{ collectInputs, KNOWN_EXTENSIONS }, { runBatch }, { removeOwnTempFiles }, view] = await Promise.all([
    import('../batch/inputs.js'),
    import('../batch/run-batch.js'),
    import('../emit/write-output.js'),
    import('./batch-view.js'),
  ]);
  const inputs = collectInputs(files);
  if (inputs.length === 0)
    throw new InputError(`no report files (${[...KNOWN_EXTENSIONS].join(', ')}) in ${files.join(', ')}`);
  const programs = await extraPrograms(flags.programs);
  const options = emitOptions(flags);
  const progress =
    !flags.quiet && io.stderr.isTTY === true && inputs.length > 1
      ? await view.progressBar(io.stderr, inputs.length)
      : undefined;
  const started = performance.now();
  const batch = runBatch(
    inputs.map((input) => ({
      input: input.path,
      stem: input.stem,
      outDir,
      formats,
      emit: options,
      programs,
      limits: limitsOf(flags),
      datapackage: flags.datapackage === true,
      ...(flags.encoding ? { encoding: flags.encoding } : {}),
    })),
    {
      jobs,
      onResult: (result, done) => {
        progress?.update(done, { file: basename(result.input) });
        if (result.status === 'unreadable') {
          const line = `zhyt-report: ${result.message ?? result.input}\n`;
          if (progress) progress.log(line);
          else io.stderr.write(line);
        }
      },
    },
  );
  // An interrupt stops the workers and takes away the half-written temporary files;
  // finished outputs stay, and no output is ever half written.
  const stop = (signal: NodeJS.Signals) => {
    void batch.cancel().then(() => {
      progress?.stop();
      removeOwnTempFiles(outDir);
      io.stderr.write(`zhyt-report: interrupted (${signal}); finished outputs kept, none half written\n`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const results = await batch.results;
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  progress?.stop();
  if (!flags.quiet) io.stderr.write(view.summaryTable(results, performance.now() - started));
  if (flags.datapackage) {
    const stems = inputs.filter((_, i) => results[i]?.status !== 'unreadable').map((input) => input.stem);
    const target = await writeDataPackage(outDir, stems, options);
    if (!flags.quiet) io.stderr.write(`wrote ${target}\n`);
  }
  if (results.some((r) => r.status === 'unreadable')) return 2;
  return results.some((r) => r.status === 'errors') ? 1 : 0;
}

export async function runValidate(file: string, flags: ReadFlags & { strict?: boolean }, io: CliIo): Promise<number> {
  const report = await load(file, flags, io);
  printDiagnostics(report, io, new Set<Severity>(['error', 'warning', 'info']));
  io.stderr.write(`${formatSummary(report, report.source.path ?? '<stdin>')}\n`);
  const { error, warning } = report.stats.diagnostics;
  return error > 0 || (flags.strict === true && warning > 0) ? 1 : 0;
}

export async function runPrograms(
  files: readonly string[],
  flags: ReadFlags & { format?: string; suggest?: boolean },
  io: CliIo,
): Promise<number> {
  const format = flags.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new InputError(`unknown format «${format}»; use text or json`);
  const view = await import('./programs-view.js');
  if (flags.suggest === true) {
    if (files.length === 0) throw new InputError('--suggest needs at least one report');
    if (files.filter((f) => f === '-').length > 1) throw new InputError('only one input can be stdin');
    const reports = [];
    for (const file of files) reports.push(await load(file, flags, io));
    const { suggestPrograms } = await import('../enrich/programs/suggest.js');
    const found = suggestPrograms(reports);
    io.stdout.write(view.registryJson(found.suggestions.map((s) => s.entry)));
    io.stderr.write(view.suggestionNotes(found));
    return 0;
  }
  if (files.length > 1) throw new InputError('give one report, or several with --suggest');
  const [file] = files;
  if (file === undefined) {
    const registry = mergeRegistries(shippedRegistry(), await extraPrograms(flags.programs));
    io.stdout.write(format === 'json' ? view.registryJson(registry) : view.registryTable(registry));
    return 0;
  }
  const report = await load(file, flags, io);
  io.stdout.write(format === 'json' ? view.usageJson(report) : view.usageTable(report));
  return report.stats.programRefs.unresolved > 0 ? 1 : 0;
}

export async function runStats(file: string, flags: ReadFlags & { format?: string }, io: CliIo): Promise<number> {
  const format = flags.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new InputError(`unknown format «${format}»; use text or json`);
  const report = await load(file, flags, io);
  const { reportStats, statsText } = await import('../emit/stats.js');
  const stats = reportStats(report);
  io.stdout.write(format === 'json' ? `${JSON.stringify(stats, null, 2)}\n` : statsText(stats));
  return 0;
}

export async function runDiff(
  oldFile: string,
  newFile: string,
  flags: ReadFlags & { format?: string },
  io: CliIo,
): Promise<number> {
  const format = flags.format ?? 'text';
  if (!['text', 'json', 'csv'].includes(format))
    throw new InputError(`unknown format «${format}»; use text, json or csv`);
  if (oldFile === '-' && newFile === '-') throw new InputError('only one of the two inputs can be stdin');
  const [oldReport, newReport] = await Promise.all([load(oldFile, flags, io), load(newFile, flags, io)]);
  const [{ diffReports, hasChanges }, views] = await Promise.all([
    import('../diff/diff.js'),
    import('../diff/views.js'),
  ]);
  const diff = diffReports(oldReport, newReport);
  const stdoutTty = (io.stdout as NodeJS.WriteStream).isTTY === true;
  const out =
    format === 'json'
      ? views.diffJson(diff)
      : format === 'csv'
        ? views.diffCsv(diff)
        : views.diffText(diff, stderrChalk({ isTTY: stdoutTty } as NodeJS.WriteStream, io.env));
  io.stdout.write(out);
  return hasChanges(diff) ? 1 : 0;
}

export async function runSchema(name: string, io: CliIo): Promise<number> {
  const { jsonSchemaOf } = await import('../model/json-schema.js');
  io.stdout.write(`${JSON.stringify(jsonSchemaOf(name as (typeof SCHEMA_NAMES)[number]), null, 2)}\n`);
  return 0;
}
