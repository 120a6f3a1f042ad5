// One input to its outputs: parse, emit each format, write atomically. Used for a
// single file and, inside worker threads, for each file of a batch.
import { join } from 'node:path';
import { emitChunks, type EmitOptions, type OutputFormat } from '../emit/index.js';
import { writeAtomically } from '../emit/write-output.js';
import { InputError } from '../errors.js';
import type { ExecutorEntry } from '../model/executors.js';
import type { ProgramEntry } from '../model/registry.js';
import { parseReport } from '../parse-report.js';
import type { Diagnostic, Report, Severity } from '../model/schema.js';
import type { Limits } from '../read/limits.js';
import { tableCsv } from '../emit/csv.js';
import { outputFiles } from './output-plan.js';

export interface ConvertJob {
  input: string;
  /** Output path without extension, relative to `outDir`. */
  stem: string;
  outDir: string;
  formats: OutputFormat[];
  emit: EmitOptions;
  encoding?: string;
  programs?: ProgramEntry[];
  executors?: ExecutorEntry[];
  /** Also write the programmes and diagnostics tables as CSV, for a Data Package. */
  datapackage?: boolean;
  limits?: Partial<Limits>;
  /** Threads for one PDF's pages (the batch shares the cores among its jobs). */
  pdfThreads?: number;
  /** The severities of the diagnostics to send back, for printing. */
  show?: Severity[];
}

export interface ConvertResult {
  input: string;
  status: 'ok' | 'errors' | 'unreadable';
  format: string | null;
  measures: number;
  warnings: number;
  errors: number;
  ms: number;
  written: string[];
  /** Why an unreadable input could not be read (one line). */
  message?: string;
  /** The input's diagnostics of the severities the job asked for. */
  diagnostics: Diagnostic[];
}

/** Writes a report's outputs for a job; returns the paths written. */
export async function writeOutputs(
  report: Report,
  job: Omit<ConvertJob, 'input'> & { input: string | null },
): Promise<string[]> {
  const written: string[] = [];
  const inputs = job.input === null ? [] : [job.input];
  const write = async (name: string, data: Parameters<typeof writeAtomically>[1]) => {
    const target = join(job.outDir, name);
    await writeAtomically(target, data, inputs);
    written.push(target);
  };
  for (const file of outputFiles(job.stem, job.formats, job.datapackage === true))
    await write(
      file.name,
      'format' in file ? emitChunks(report, file.format, job.emit) : tableCsv(file.table, report, job.emit),
    );
  return written;
}

export async function convertFile(job: ConvertJob): Promise<ConvertResult> {
  const started = performance.now();
  const base = { input: job.input, written: [] as string[], diagnostics: [] as Diagnostic[] };
  try {
    const report = await parseReport(job.input, {
      ...(job.encoding ? { encoding: job.encoding } : {}),
      programs: job.programs ?? [],
      executors: job.executors ?? [],
      limits: job.limits ?? {},
      ...(job.pdfThreads ? { pdfThreads: job.pdfThreads } : {}),
    });
    base.written.push(...(await writeOutputs(report, job)));
    const show = new Set(job.show ?? []);
    base.diagnostics = report.diagnostics.filter((d) => show.has(d.severity));
    const { error, warning } = report.stats.diagnostics;
    return {
      ...base,
      status: error > 0 ? 'errors' : 'ok',
      format: report.source.format,
      measures: report.stats.counts.measures,
      warnings: warning,
      errors: error,
      ms: performance.now() - started,
    };
  } catch (error) {
    const message =
      error instanceof InputError ? error.message : `internal error: ${(error as Error).message?.split('\n')[0]}`;
    return {
      ...base,
      status: 'unreadable',
      format: null,
      measures: 0,
      warnings: 0,
      errors: 0,
      ms: performance.now() - started,
      message,
    };
  }
}
