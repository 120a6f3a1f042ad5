// The command line: a thin shell over the library. Data goes to stdout or files,
// messages to stderr. Exit codes: 0 ok, 1 the report has errors (validate --strict:
// or warnings), 2 usage error or unreadable input.
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, extname, join } from 'node:path';
import { InputError } from '../errors.js';
import type { Report, Severity } from '../model/schema.js';
import type { EmitOptions, OutputFormat } from '../emit/index.js';
import type { ProgramEntry } from '../model/registry.js';
import { limitError, withDefaults, type Limits } from '../read/limits.js';
import { formatDiagnostic, formatSummary, stderrChalk } from './terminal.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const FORMATS = ['json', 'csv', 'ndjson'] as const;
const SCHEMA_NAMES = ['report', 'measure', 'diagnostic', 'programs'] as const;
const collect = (value: string, previous: string[]): string[] => [...previous, value];
const KNOWN_INPUTS = ['.txt', '.tsv', '.html', '.htm', '.docx', '.pdf'];

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

/** Flags of every command that reads a report. */
interface ReadFlags {
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
  const set = <K extends keyof Limits>(key: K, value: number | undefined) => value !== undefined && (limits[key] = value);
  set('maxInputBytes', positive(flags.maxInputMb, '--max-input-mb', MB));
  set('maxDocxBytes', positive(flags.maxDocxMb, '--max-docx-mb', MB));
  set('maxPdfPages', positive(flags.maxPages, '--max-pages'));
  set('maxLineLength', positive(flags.maxLineLength, '--max-line-length'));
  set('maxCellsPerRow', positive(flags.maxCells, '--max-cells'));
  return limits;
}

interface ParseFlags extends ReadFlags {
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

const EXAMPLES = `
Examples:
  $ zhyt-report parse report.txt                       JSON to stdout
  $ zhyt-report parse report.txt --out measures.csv    CSV (format from the extension)
  $ zhyt-report parse report.txt -f ndjson | jq .title one measure per line
  $ zhyt-report parse report.txt -f json,csv,ndjson --out-dir out
  $ zhyt-report validate report.txt --strict           exit 1 on warnings too
  $ zhyt-report programs report.txt                    programmes it references
  $ zhyt-report parse report.txt --programs extra.json add programmes to the registry
  $ zhyt-report parse releases/ --out-dir out -f json,csv   a whole folder, in parallel
  $ zhyt-report parse report.docx --out m.csv --excel --delimiter ';'
  $ zhyt-report stats report.pdf                       measures by status per sector
  $ zhyt-report diff q2.docx q3.docx                   what changed since last quarter
  $ zhyt-report schema measure                         JSON Schema of an NDJSON line
  $ cat report.txt | zhyt-report parse -               read stdin`;

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
  const { mergeRegistries, readRegistryFile } = await import('../enrich/programs/registry.js');
  return mergeRegistries(...files.map(readRegistryFile));
}

async function load(file: string, flags: ReadFlags, io: CliIo): Promise<Report> {
  const programs = await extraPrograms(flags.programs);
  const limits = limitsOf(flags);
  const { parseReport } = await import('../parse-report.js');
  const input = file === '-' ? { bytes: await readStdin(io.stdin, withDefaults(limits).maxInputBytes), path: null } : file;
  return parseReport(input, { programs, limits, ...(flags.encoding === undefined ? {} : { encoding: flags.encoding }) });
}

function parseFormats(value: string | undefined, out: string | undefined, fallback: OutputFormat, formatFromPath: (p: string) => OutputFormat | undefined): OutputFormat[] {
  if (value === undefined) return [(out === undefined ? undefined : formatFromPath(out)) ?? fallback];
  const names = value.split(',').map((s) => s.trim().toLowerCase());
  for (const name of names) {
    if (!(FORMATS as readonly string[]).includes(name)) throw new InputError(`unknown format «${name}»; use ${FORMATS.join(', ')}`);
  }
  return [...new Set(names)] as OutputFormat[];
}

function printDiagnostics(report: Report, io: CliIo, show: ReadonlySet<Severity>): void {
  const c = stderrChalk(io.stderr, io.env);
  const path = report.source.path ?? '<stdin>';
  for (const d of report.diagnostics) if (show.has(d.severity)) io.stderr.write(`${formatDiagnostic(d, path, c)}\n`);
}

function emitOptions(flags: ParseFlags): EmitOptions {
  if (flags.delimiter !== undefined && [...flags.delimiter].length !== 1) throw new InputError('--delimiter takes one character');
  return { ...(flags.excel ? { excel: true } : {}), ...(flags.delimiter !== undefined ? { delimiter: flags.delimiter } : {}) };
}

async function runParse(files: string[], flags: ParseFlags, io: CliIo): Promise<number> {
  const { formatFromPath } = await import('../emit/index.js');
  if (flags.out !== undefined && flags.outDir !== undefined) throw new InputError('use either --out or --out-dir, not both');
  const formats = parseFormats(flags.format, flags.out, 'json', formatFromPath);
  if (formats.length > 1 && flags.outDir === undefined) throw new InputError('several formats need --out-dir');
  if (flags.datapackage && flags.outDir === undefined) throw new InputError('--datapackage needs --out-dir');
  const single = files.length === 1 && (files[0] === '-' || !statSync(files[0] as string, { throwIfNoEntry: false })?.isDirectory());
  if (!single) {
    if (flags.outDir === undefined) throw new InputError('several inputs, or a folder, need --out-dir');
    if (files.includes('-')) throw new InputError('stdin (-) cannot be part of a batch');
    return runBatchParse(files, formats, flags, io);
  }
  return runSingleParse(files[0] as string, formats, flags, io);
}

async function runSingleParse(file: string, formats: OutputFormat[], flags: ParseFlags, io: CliIo): Promise<number> {
  const { emitChunks } = await import('../emit/index.js');
  const options = emitOptions(flags);
  const { checkTarget, writeAtomically, writeChunks } = await import('../emit/write-output.js');
  const inputs = file === '-' ? [] : [file];
  if (flags.out !== undefined) checkTarget(flags.out, inputs);
  const report = await load(file, flags, io);
  const show = new Set<Severity>(flags.quiet ? ['error'] : flags.verbose ? ['error', 'warning', 'info'] : ['error', 'warning']);
  printDiagnostics(report, io, show);
  const written: string[] = [];
  if (flags.outDir !== undefined) {
    await mkdir(flags.outDir, { recursive: true }).catch((error: unknown) => {
      throw new InputError(`cannot create folder ${flags.outDir}: ${(error as Error).message}`);
    });
    const stem = file === '-' ? 'stdin' : basename(file, extname(file));
    const { writeOutputs } = await import('../batch/convert.js');
    const job = { input: file === '-' ? null : file, stem, outDir: flags.outDir, formats, emit: options, datapackage: flags.datapackage === true };
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
  const [{ dataPackage }, { writeAtomically }] = await Promise.all([import('../emit/datapackage.js'), import('../emit/write-output.js')]);
  const target = join(outDir, 'datapackage.json');
  await writeAtomically(target, `${JSON.stringify(dataPackage(stems, options), null, 2)}\n`);
  return target;
}

async function runBatchParse(files: string[], formats: OutputFormat[], flags: ParseFlags, io: CliIo): Promise<number> {
  const outDir = flags.outDir as string;
  const jobs = flags.jobs === undefined ? availableParallelism() : Number.parseInt(flags.jobs, 10);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InputError('--jobs takes a whole number of 1 or more');
  const [{ collectInputs }, { runBatch }, { removeOwnTempFiles }, view] = await Promise.all([
    import('../batch/inputs.js'),
    import('../batch/run-batch.js'),
    import('../emit/write-output.js'),
    import('./batch-view.js'),
  ]);
  const inputs = collectInputs(files);
  if (inputs.length === 0) throw new InputError(`no report files (${[...KNOWN_INPUTS].join(', ')}) in ${files.join(', ')}`);
  const programs = await extraPrograms(flags.programs);
  const options = emitOptions(flags);
  const progress = !flags.quiet && io.stderr.isTTY === true && inputs.length > 1 ? await view.progressBar(io.stderr, inputs.length) : undefined;
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

async function runValidate(file: string, flags: ReadFlags & { strict?: boolean }, io: CliIo): Promise<number> {
  const report = await load(file, flags, io);
  printDiagnostics(report, io, new Set<Severity>(['error', 'warning', 'info']));
  io.stderr.write(`${formatSummary(report, report.source.path ?? '<stdin>')}\n`);
  const { error, warning } = report.stats.diagnostics;
  return error > 0 || (flags.strict === true && warning > 0) ? 1 : 0;
}

async function runPrograms(file: string | undefined, flags: ReadFlags & { format?: string }, io: CliIo): Promise<number> {
  const format = flags.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new InputError(`unknown format «${format}»; use text or json`);
  const view = await import('./programs-view.js');
  if (file === undefined) {
    const { mergeRegistries, shippedRegistry } = await import('../enrich/programs/registry.js');
    const registry = mergeRegistries(shippedRegistry(), await extraPrograms(flags.programs));
    io.stdout.write(format === 'json' ? view.registryJson(registry) : view.registryTable(registry));
    return 0;
  }
  const report = await load(file, flags, io);
  io.stdout.write(format === 'json' ? view.usageJson(report) : view.usageTable(report));
  return report.stats.programRefs.unresolved > 0 ? 1 : 0;
}

async function runStats(file: string, flags: ReadFlags & { format?: string }, io: CliIo): Promise<number> {
  const format = flags.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new InputError(`unknown format «${format}»; use text or json`);
  const report = await load(file, flags, io);
  const { reportStats, statsText } = await import('../emit/stats.js');
  const stats = reportStats(report);
  io.stdout.write(format === 'json' ? `${JSON.stringify(stats, null, 2)}\n` : statsText(stats));
  return 0;
}

async function runDiff(oldFile: string, newFile: string, flags: ReadFlags & { format?: string }, io: CliIo): Promise<number> {
  const format = flags.format ?? 'text';
  if (!['text', 'json', 'csv'].includes(format)) throw new InputError(`unknown format «${format}»; use text, json or csv`);
  if (oldFile === '-' && newFile === '-') throw new InputError('only one of the two inputs can be stdin');
  const [oldReport, newReport] = await Promise.all([load(oldFile, flags, io), load(newFile, flags, io)]);
  const [{ diffReports, hasChanges }, views] = await Promise.all([import('../diff/diff.js'), import('../diff/views.js')]);
  const diff = diffReports(oldReport, newReport);
  const stdoutTty = (io.stdout as NodeJS.WriteStream).isTTY === true;
  const out = format === 'json' ? views.diffJson(diff) : format === 'csv' ? views.diffCsv(diff) : views.diffText(diff, stderrChalk({ isTTY: stdoutTty } as NodeJS.WriteStream, io.env));
  io.stdout.write(out);
  return hasChanges(diff) ? 1 : 0;
}

async function runSchema(name: string, io: CliIo): Promise<number> {
  const { jsonSchemaOf } = await import('../model/json-schema.js');
  io.stdout.write(`${JSON.stringify(jsonSchemaOf(name as (typeof SCHEMA_NAMES)[number]), null, 2)}\n`);
  return 0;
}

function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('zhyt-report')
    .description("Turns the Zhytomyr city council's programme-execution reports into validated JSON, CSV and NDJSON")
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride()
    .addHelpText('after', EXAMPLES);

  // Options shared by the commands that read a report.
  const readOptions = (cmd: Command): Command =>
    cmd
      .option('--encoding <name>', 'character encoding of a text report (default: detected)')
      .option('--programs <file>', 'programme registry JSON adding to or overriding the shipped one (repeatable)', collect, [])
      .option('--max-input-mb <n>', 'largest input read, in MB (default 512)')
      .option('--max-docx-mb <n>', 'largest decompressed DOCX, in MB (default 256)')
      .option('--max-pages <n>', 'most PDF pages read (default 5000)')
      .option('--max-line-length <n>', 'longest line of a text report, in characters (default 200000)')
      .option('--max-cells <n>', 'most cells in a table row (default 64)');

  readOptions(
    program
      .command('parse')
      .description('parse reports and write them as JSON (default), CSV or NDJSON; several files or folders with --out-dir')
      .argument('<inputs...>', 'reports (text export, HTML, DOCX or PDF) or folders of them; - for stdin')
      .option('-f, --format <formats>', `output format: ${FORMATS.join(', ')}; several, comma-separated, with --out-dir (default: from --out's extension, else json)`)
      .option('-o, --out <file>', 'write to this file instead of stdout (its folder must exist)')
      .option('--out-dir <dir>', 'write <name>.<format> files into this folder (created if missing)')
      .option('-j, --jobs <n>', 'files converted at once, in worker threads (default: number of cores)')
      .option('--excel', 'CSV for Excel: UTF-8 with BOM and CRLF line ends')
      .option('--delimiter <char>', "CSV field delimiter (default ','; ';' for locales whose Excel expects it)")
      .option('--datapackage', 'with --out-dir: also write the programmes and diagnostics tables as CSV and a datapackage.json describing them'),
  )
    .option('-q, --quiet', 'print errors only, no summary')
    .option('-v, --verbose', 'print info diagnostics too')
    .action(async (files: string[], flags: ParseFlags) => setExit(await runParse(files, flags, io)));

  readOptions(
    program
      .command('validate')
      .description('check a report and print its diagnostics; exit 1 when it has errors')
      .argument('<file>', 'report: text export, HTML, DOCX or PDF; - for stdin')
      .option('--strict', 'exit 1 on warnings too'),
  ).action(async (file: string, flags: ReadFlags & { strict?: boolean }) => setExit(await runValidate(file, flags, io)));

  readOptions(
    program
      .command('programs')
      .description('list the programme registry, or the programmes a report references; exit 1 when some are unresolved')
      .argument('[file]', 'report: text export, HTML, DOCX or PDF; - for stdin')
      .option('-f, --format <format>', 'text or json', 'text'),
  ).action(async (file: string | undefined, flags: ReadFlags & { format?: string }) => setExit(await runPrograms(file, flags, io)));

  readOptions(
    program
      .command('stats')
      .description('per priority and sector: measures by status, funding totals and programmes')
      .argument('<file>', 'report (any format, or JSON written earlier); - for stdin')
      .option('-f, --format <format>', 'text or json', 'text'),
  ).action(async (file: string, flags: ReadFlags & { format?: string }) => setExit(await runStats(file, flags, io)));

  readOptions(
    program
      .command('diff')
      .description('what changed between two releases; exit 0 when nothing did, 1 when something did')
      .argument('<old>', 'earlier release (any format, or JSON written earlier)')
      .argument('<new>', 'later release')
      .option('-f, --format <format>', 'text, json or csv', 'text'),
  ).action(async (oldFile: string, newFile: string, flags: ReadFlags & { format?: string }) => setExit(await runDiff(oldFile, newFile, flags, io)));

  program
    .command('schema')
    .description('print a JSON Schema: the report, one NDJSON measure line, a diagnostic, or a programme registry file')
    .addArgument(new Command().createArgument('[name]', 'which schema').choices(SCHEMA_NAMES).default('report'))
    .action(async (name: string) => setExit(await runSchema(name, io)));

  return program;
}

/** Runs the CLI; resolves to the exit code. Never throws. */
export async function main(argv: readonly string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; everything else commander rejects is usage.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof InputError) {
      io.stderr.write(`zhyt-report: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`zhyt-report: internal error: ${message.split('\n')[0]}\n`);
    if (io.env.ZHYT_DEBUG) io.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return 2;
  }
}

