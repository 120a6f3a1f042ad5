// The command line: a thin shell over the library. Data goes to stdout or files,
// messages to stderr. Exit codes: 0 ok, 1 the report has errors (validate --strict:
// or warnings), 2 usage error or unreadable input.
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { InputError, StreamWriteError } from '../errors.js';
import { cleanUpOnInterrupt } from './interrupt.js';
import { describeFsError } from '../read/read-input.js';
import { FORMATS, SCHEMA_NAMES } from './names.js';
import { printable } from './printable.js';

const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
const collect = (value: string, previous: string[]): string[] => [...previous, value];

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
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
  $ zhyt-report programs --suggest q1.txt q2.txt > extra.json   entries for unknown programmes
  $ zhyt-report parse releases/ --out-dir out -f json,csv   a whole folder, in parallel
  $ zhyt-report parse report.docx --out m.csv --excel --delimiter ';'
  $ zhyt-report stats report.pdf                       measures by status per sector
  $ zhyt-report diff q2.docx q3.docx                   what changed since last quarter
  $ zhyt-report history releases/ --out history.csv    every measure through the releases
  $ zhyt-report report q3.docx --out q3.html           a page with charts, to open in a browser
  $ zhyt-report schema measure                         JSON Schema of an NDJSON line
  $ cat report.txt | zhyt-report parse -               read stdin`;

/** Examples under each command's --help (a table: one place to keep them true). */
const COMMAND_EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  parse: [
    'zhyt-report parse report.docx > report.json',
    'zhyt-report parse report.pdf --out report.xlsx',
    'zhyt-report parse releases/ --out-dir out -f json,csv --summary out/summary.json',
  ],
  validate: ['zhyt-report validate report.txt --strict', 'zhyt-report validate report.docx -f ndjson | jq .code'],
  programs: [
    'zhyt-report programs',
    'zhyt-report programs report.docx',
    'zhyt-report programs --suggest q1.docx q2.docx > extra.json',
  ],
  stats: ['zhyt-report stats report.pdf', 'zhyt-report stats report.json -f json'],
  diff: ['zhyt-report diff q2.docx q3.docx', 'zhyt-report diff q2.json q3.docx -f csv > changes.csv'],
  history: ['zhyt-report history releases/ --out history.csv', 'zhyt-report history q4.pdf q3.docx -f ndjson'],
  report: ['zhyt-report report q3.docx --out q3.html', 'zhyt-report report q2.docx q3.pdf --out changes.html'],
  schema: ['zhyt-report schema measure > measure.schema.json'],
};

/** Options shared by the commands that read a report. */
const readOptions = (cmd: Command): Command =>
  cmd
    .option('--encoding <name>', 'character encoding of a text report (default: detected)')
    .option(
      '--programs <file>',
      'programme registry JSON adding to or overriding the shipped one (repeatable)',
      collect,
      [],
    )
    .option(
      '--executors <file>',
      'executor registry JSON adding to or overriding the shipped one (repeatable)',
      collect,
      [],
    )
    .option('--max-input-mb <n>', 'largest input read, in MB (default 64)')
    .option('--max-docx-mb <n>', 'largest decompressed DOCX, XLSX or ODF, in MB (default 128)')
    .option('--max-pages <n>', 'most PDF pages read (default 2500)')
    .option(
      '--max-line-length <n>',
      'longest line of a text report, or cell of any format, in characters (default 200000)',
    )
    .option('--max-cells <n>', 'most cells in a table row (default 64)')
    .option('--max-depth <n>', 'deepest nesting of elements in HTML, cell markup or DOCX XML (default 1000)')
    .option('-q, --quiet', 'print errors only: no warnings, notes or summary')
    .option('-v, --verbose', "print info diagnostics too (batch: each input's warnings and info, not only errors)");

function defineParse(program: Command, io: CliIo, setExit: (code: number) => void): void {
  readOptions(
    program
      .command('parse')
      .description(
        'parse reports and write them as JSON (default), CSV, NDJSON or XLSX; several files or folders with --out-dir',
      )
      .argument('<inputs...>', 'reports (text export, HTML, DOCX or PDF) or folders of them; - for stdin')
      .option(
        '-f, --format <formats>',
        `output format: ${FORMATS.join(', ')}; several, comma-separated, ` +
          `with --out-dir (default: from --out's extension, else json)`,
      )
      .option('-o, --out <file>', 'write to this file instead of stdout (its folder must exist)')
      .option('--out-dir <dir>', 'write <name>.<format> files into this folder (created if missing)')
      .option('-j, --jobs <n>', 'files converted at once, in worker threads, 1 to 64 (default: number of cores)')
      .option('--excel', 'CSV for Excel: UTF-8 with BOM and CRLF line ends (-f xlsx keeps types in any locale)')
      .option('--delimiter <char>', "CSV field delimiter (default ','; ';' for locales whose Excel expects it)")
      .option('--locale <name>', "CSV numbers for a spreadsheet: uk (decimal comma, ';', numbers like 1.10 kept text)")
      .option(
        '--datapackage',
        'with --out-dir: also write the programmes and diagnostics ' +
          'tables as CSV and a datapackage.json describing them',
      ),
  )
    .option('--summary <file>', 'with --out-dir: write a JSON summary of every input (status, reason, counts, outputs)')
    .action(async (files: string[], flags: import('./commands/parse.js').ParseFlags) =>
      setExit(await (await import('./commands/parse.js')).runParse(files, flags, io)),
    );
}

function defineValidate(program: Command, io: CliIo, setExit: (code: number) => void): void {
  readOptions(
    program
      .command('validate')
      .description('check a report and print its diagnostics; exit 1 when it has errors')
      .argument('<file>', 'report: text export, HTML, DOCX or PDF; - for stdin')
      .option('--strict', 'exit 1 on warnings too')
      .option('-f, --format <format>', 'diagnostics as text (stderr), json or ndjson (stdout)', 'text'),
  ).action(
    async (file: string, flags: import('./commands/shared.js').ReadFlags & { strict?: boolean; format?: string }) =>
      setExit(await (await import('./commands/validate.js')).runValidate(file, flags, io)),
  );
}

function definePrograms(program: Command, io: CliIo, setExit: (code: number) => void): void {
  readOptions(
    program
      .command('programs')
      .description(
        'list the programme registry, or the programmes a report references; exit 1 when some are unresolved',
      )
      .argument('[files...]', 'report: text export, HTML, DOCX or PDF; - for stdin (several with --suggest)')
      .option('-f, --format <format>', 'text or json', 'text')
      .option(
        '--suggest',
        'print registry entries (JSON for --programs) for the programmes the reports name and the registry lacks',
      ),
  ).action(
    async (files: string[], flags: import('./commands/shared.js').ReadFlags & { format?: string; suggest?: boolean }) =>
      setExit(await (await import('./commands/programs.js')).runPrograms(files, flags, io)),
  );
}

function defineStats(program: Command, io: CliIo, setExit: (code: number) => void): void {
  readOptions(
    program
      .command('stats')
      .description('per priority and sector: measures by status, funding totals and programmes')
      .argument('<file>', 'report (any format, or JSON written earlier); - for stdin')
      .option('-f, --format <format>', 'text or json', 'text'),
  ).action(async (file: string, flags: import('./commands/shared.js').ReadFlags & { format?: string }) =>
    setExit(await (await import('./commands/stats.js')).runStats(file, flags, io)),
  );
}

function defineDiff(program: Command, io: CliIo, setExit: (code: number) => void): void {
  readOptions(
    program
      .command('diff')
      .description('what changed between two releases; exit 0 when nothing did, 1 when something did')
      .argument('<old>', 'earlier release (any format, or JSON written earlier)')
      .argument('<new>', 'later release')
      .option('-f, --format <format>', 'text, json or csv', 'text'),
  ).action(
    async (oldFile: string, newFile: string, flags: import('./commands/shared.js').ReadFlags & { format?: string }) =>
      setExit(await (await import('./commands/diff.js')).runDiff(oldFile, newFile, flags, io)),
  );
}

function defineHistory(program: Command, io: CliIo, setExit: (code: number) => void): void {
  readOptions(
    program
      .command('history')
      .description(
        'measures followed across releases: one row per measure and release, ' +
          'releases ordered by period, a key that stays with a renumbered measure',
      )
      .argument('<reports...>', 'two releases or more (any format, JSON written earlier, or folders of them)')
      .option(
        '-f, --format <format>',
        `output format: ${FORMATS.join(', ')} (default: from --out's extension, else json)`,
      )
      .option('-o, --out <file>', 'write to this file instead of stdout (its folder must exist)')
      .option('--excel', 'CSV for Excel: UTF-8 with BOM and CRLF line ends (-f xlsx keeps types in any locale)')
      .option('--delimiter <char>', "CSV field delimiter (default ',')")
      .option('--locale <name>', "CSV numbers for a spreadsheet: uk (decimal comma, ';', numbers like 1.10 kept text)"),
  ).action(async (files: string[], flags: import('./commands/history.js').HistoryFlags) =>
    setExit(await (await import('./commands/history.js')).runHistory(files, flags, io)),
  );
}

function defineReport(program: Command, io: CliIo, setExit: (code: number) => void): void {
  readOptions(
    program
      .command('report')
      .description(
        'one self-contained HTML page of a release (or several): charts, the measures with filters, ' +
          'diagnostics, and what changed between releases',
      )
      .argument('<reports...>', 'one release or more (any format, JSON written earlier, or folders of them)')
      .option('-o, --out <file>', 'write the page to this .html file instead of stdout'),
  ).action(async (files: string[], flags: import('./commands/report.js').ReportFlags) =>
    setExit(await (await import('./commands/report.js')).runReport(files, flags, io)),
  );
}

function defineSchema(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('schema')
    .description('print a JSON Schema: the report, one NDJSON measure line, a diagnostic, or a programme registry file')
    .addArgument(new Command().createArgument('[name]', 'which schema').choices(SCHEMA_NAMES).default('report'))
    .action(async (name: string) => setExit(await (await import('./commands/schema.js')).runSchema(name, io)));
}

function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('zhyt-report')
    .description(
      "Turns the Zhytomyr city council's programme-execution reports into validated JSON, CSV, NDJSON or XLSX, " +
        'and an HTML report to read in a browser',
    )
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride()
    .addHelpText('after', EXAMPLES);

  for (const define of [
    defineParse,
    defineValidate,
    definePrograms,
    defineStats,
    defineDiff,
    defineHistory,
    defineReport,
    defineSchema,
  ])
    define(program, io, setExit);
  for (const command of program.commands) {
    const examples = COMMAND_EXAMPLES[command.name()] ?? [];
    if (examples.length > 0) command.addHelpText('after', `\nExamples:\n${examples.map((e) => `  $ ${e}`).join('\n')}`);
  }
  return program;
}

/** Runs the CLI; resolves to the exit code. Never throws. */
export async function main(
  argv: readonly string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env },
): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  const stopListening = cleanUpOnInterrupt(io);
  try {
    // A PDF named on the command line: its reader thread loads its engine while this
    // thread loads the pipeline (a hint only: a file of any other content reads as usual).
    if (argv.slice(2).some((arg) => /\.pdf$/i.test(arg))) (await import('../rows/pdf/reader-pool.js')).warmReader();
    await program.parseAsync([...argv]);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; everything else commander rejects is usage.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof InputError) {
      io.stderr.write(`zhyt-report: ${printable(error.message)}\n`);
      return 2;
    }
    // A reader that stops early (`| head`) is not an error; a full disk is, or the data ends cut short.
    if (error instanceof StreamWriteError) {
      if (error.code === 'EPIPE') return code;
      io.stderr.write(`zhyt-report: cannot write to standard output: ${describeFsError(error.cause)}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`zhyt-report: internal error: ${printable(message.split('\n')[0] ?? '')}\n`);
    if (io.env.ZHYT_DEBUG) io.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return 2;
  } finally {
    stopListening();
  }
}
