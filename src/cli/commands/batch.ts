// `zhyt-report parse` of several files or folders: each in a worker thread, a
// progress bar on a terminal, a summary table, and an interrupt that leaves only
// complete outputs.
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { InputError, type OutputFormat, removeOwnTempFiles, type Severity, writeAtomically } from '../../index.js';
import type { CliIo } from '../main.js';
import { printable } from '../printable.js';
import { emitOptions, type ParseFlags, writeDataPackage } from './parse.js';
import { extraExecutors, extraPrograms, limitsOf, printDiagnostics, shownPath } from './shared.js';

/** More threads than this only add memory: the work is bound by the cores, and 64 is far past any here. */
const MAX_JOBS = 64;

/** `--jobs`: a whole number written in digits, from 1 to MAX_JOBS («2abc», «1e3», «1.5» are refused). */
export function jobsOf(text: string): number {
  const jobs = /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS))
    throw new InputError(`--jobs takes a whole number from 1 to ${MAX_JOBS}, not «${text}»`);
  return jobs;
}

export async function runBatchParse(
  files: string[],
  formats: OutputFormat[],
  flags: ParseFlags,
  io: CliIo,
): Promise<number> {
  const outDir = flags.outDir as string;
  const asked = flags.jobs === undefined ? availableParallelism() : jobsOf(flags.jobs);
  const [{ runBatch }, view] = await Promise.all([import('../../batch/run-batch.js'), import('../batch-view.js')]);
  const inputs = await batchInputs(files, formats, flags, io);
  // No more threads than files: each one costs a heap and a pipeline's start.
  const jobs = Math.min(asked, MAX_JOBS, inputs.length);
  const programs = await extraPrograms(flags.programs, flags);
  const executors = await extraExecutors(flags.executors, flags);
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
      executors,
      limits: limitsOf(flags),
      datapackage: flags.datapackage === true,
      show: shownSeverities(flags),
      ...(flags.encoding ? { encoding: flags.encoding } : {}),
    })),
    {
      jobs,
      onResult: (result, done) => {
        progress?.update(done, { file: basename(result.input) });
        if (result.status === 'unreadable') {
          const line = `zhyt-report: ${printable(result.message ?? result.input)}\n`;
          if (progress) progress.log(line);
          else io.stderr.write(line);
        }
      },
    },
  );
  const results = await untilDoneOrInterrupted(batch, outDir, io, progress);
  progress?.stop();
  // The bar's last redraw wiped the lines it printed above it: say again why inputs were unreadable.
  if (progress)
    for (const r of results.filter((x) => x.status === 'unreadable'))
      io.stderr.write(`zhyt-report: ${printable(r.message ?? r.input)}\n`);
  // Each input's diagnostics, in the order of the inputs (not of finishing), as paths were given.
  for (const r of results) printDiagnostics(r.diagnostics, io, shownPath(r.input));
  if (!flags.quiet) io.stderr.write(view.summaryTable(results, performance.now() - started));
  if (flags.summary !== undefined) {
    await writeAtomically(
      flags.summary,
      view.summaryJson(results),
      inputs.map((input) => input.path),
    );
    if (!flags.quiet) io.stderr.write(`wrote ${flags.summary}\n`);
  }
  if (flags.datapackage) {
    const stems = inputs.filter((_, i) => results[i]?.status !== 'unreadable').map((input) => input.stem);
    const target = await writeDataPackage(outDir, stems, options);
    if (!flags.quiet) io.stderr.write(`wrote ${target}\n`);
  }
  if (results.some((r) => r.status === 'unreadable')) return 2;
  return results.some((r) => r.status === 'errors') ? 1 : 0;
}

/** The inputs a batch reads, refused before any work when none is found or an output would overwrite one. */
async function batchInputs(files: string[], formats: OutputFormat[], flags: ParseFlags, io: CliIo) {
  const [{ collectInputs, KNOWN_EXTENSIONS }, { checkOutputPlan }] = await Promise.all([
    import('../../batch/inputs.js'),
    import('../../batch/output-plan.js'),
  ]);
  const inputs = collectInputs(files, (path) => {
    if (!flags.quiet)
      io.stderr.write(`zhyt-report: passed over ${printable(path)} (hidden: its name starts with a dot)\n`);
  });
  if (inputs.length === 0)
    throw new InputError(`no report files (${[...KNOWN_EXTENSIONS].join(', ')}) in ${files.join(', ')}`);
  const outDir = flags.outDir as string;
  checkOutputPlan(inputs, { outDir, formats, datapackage: flags.datapackage === true, summary: flags.summary });
  return inputs;
}

/** A batch prints each input's errors; -v its warnings and info too (the summary table counts them). */
const shownSeverities = (flags: ParseFlags): Severity[] => (flags.verbose ? ['error', 'warning', 'info'] : ['error']);

/**
 * The batch's results. An interrupt meanwhile stops the workers and takes away the
 * half-written temporary files; finished outputs stay, and none is half written.
 */
async function untilDoneOrInterrupted<R>(
  batch: { results: Promise<R>; cancel: () => Promise<void> },
  outDir: string,
  io: CliIo,
  progress: { stop: () => void } | undefined,
): Promise<R> {
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
  try {
    return await batch.results;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
