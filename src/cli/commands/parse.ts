// `zhyt-report parse`: one report to stdout, a file or a folder; several go to batch.ts.
import { statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  checkTarget,
  dataPackage,
  type EmitOptions,
  emitChunks,
  formatFromPath,
  InputError,
  type OutputFormat,
  type Severity,
  writeAtomically,
  writeChunks,
} from '../../index.js';
import type { CliIo } from '../main.js';
import { FORMATS } from '../names.js';
import { formatSummary } from '../terminal.js';
import { load, printDiagnostics, type ReadFlags, shownPath } from './shared.js';

export interface ParseFlags extends ReadFlags {
  format?: string;
  out?: string;
  outDir?: string;
  quiet?: boolean;
  verbose?: boolean;
  jobs?: string;
  excel?: boolean;
  delimiter?: string;
  locale?: string;
  datapackage?: boolean;
  summary?: string;
}

export function parseFormats(
  value: string | undefined,
  out: string | undefined,
  fallback: OutputFormat,
): OutputFormat[] {
  if (value === undefined) {
    if (out === undefined) return [fallback];
    const named = formatFromPath(out);
    // Writing JSON into «report.xlsx» would be wrong in silence: refuse, naming what the tool writes.
    if (named === undefined) {
      const extensions = FORMATS.map((f) => `.${f}`).join(', ');
      throw new InputError(
        `cannot tell what to write from «${out}»: the tool writes ${extensions}; name it with --format`,
      );
    }
    return [named];
  }
  const names = value.split(',').map((s) => s.trim().toLowerCase());
  for (const name of names) {
    if (!(FORMATS as readonly string[]).includes(name))
      throw new InputError(`unknown format «${name}»; use ${FORMATS.join(', ')}`);
  }
  return [...new Set(names)] as OutputFormat[];
}

/**
 * A CSV delimiter: one character a reader can tell from a field's text — a tab or a
 * printable character, never the quote (it opens quoted fields) nor a line break.
 */
const DELIMITER = /^(?:\t|[^\p{C}\p{Z}"\p{L}\p{N}])$/u;

export function emitOptions(flags: ParseFlags): EmitOptions {
  if (flags.delimiter !== undefined && !DELIMITER.test(flags.delimiter))
    throw new InputError(
      '--delimiter takes one character: a tab or a printable sign other than the quote (a letter, digit, space or ' +
        'line break would be read as part of a field)',
    );
  if (flags.locale !== undefined && !['uk', 'en'].includes(flags.locale))
    throw new InputError(`unknown locale «${flags.locale}»; use uk (decimal comma, «;») or en (the default)`);
  if (flags.locale === 'uk' && flags.datapackage)
    throw new InputError('--datapackage writes CSV for machines: leave out --locale uk');
  // Excel wants «;» where the decimal separator is a comma: the same CSV as --locale uk
  // (a Data Package's CSV is for machines, its dialect in the descriptor).
  const excelSemicolon = flags.excel === true && flags.delimiter === ';' && !flags.datapackage;
  const uk = flags.locale === 'uk' || (flags.locale === undefined && excelSemicolon);
  return {
    ...(flags.excel ? { excel: true } : {}),
    ...(flags.delimiter !== undefined ? { delimiter: flags.delimiter } : {}),
    ...(uk ? { locale: 'uk' as const } : {}),
  };
}

export async function runParse(files: string[], flags: ParseFlags, io: CliIo): Promise<number> {
  if (flags.out !== undefined && flags.outDir !== undefined)
    throw new InputError('use either --out or --out-dir, not both');
  const formats = parseFormats(flags.format, flags.out, 'json');
  if (formats.length > 1 && flags.outDir === undefined) throw new InputError('several formats need --out-dir');
  if (flags.datapackage && flags.outDir === undefined) throw new InputError('--datapackage needs --out-dir');
  if (flags.summary !== undefined && flags.outDir === undefined) throw new InputError('--summary needs --out-dir');
  // One input with --summary is a batch of one: the summary is the batch's, as for many.
  const single =
    flags.summary === undefined &&
    files.length === 1 &&
    (files[0] === '-' || !statSync(files[0] as string, { throwIfNoEntry: false })?.isDirectory());
  if (!single) {
    if (flags.outDir === undefined) throw new InputError('several inputs, or a folder, need --out-dir');
    if (files.includes('-')) throw new InputError('stdin (-) cannot be part of a batch');
    const { runBatchParse } = await import('./batch.js');
    return runBatchParse(files, formats, flags, io);
  }
  return runSingleParse(files[0] as string, formats, flags, io);
}

async function runSingleParse(file: string, formats: OutputFormat[], flags: ParseFlags, io: CliIo): Promise<number> {
  const options = emitOptions(flags);
  const inputs = file === '-' ? [] : [file];
  if (flags.out !== undefined) checkTarget(flags.out, inputs);
  else if (flags.outDir === undefined) refuseBinaryToTerminal(formats[0] as OutputFormat, io);
  // Named after the whole file name, as in a batch (`q3.docx` → `q3.docx.json`).
  const stem = file === '-' ? 'stdin' : basename(file);
  if (flags.outDir !== undefined) {
    const { checkOutputPlan } = await import('../../batch/output-plan.js');
    const plan = { outDir: flags.outDir, formats, datapackage: flags.datapackage === true };
    checkOutputPlan(file === '-' ? [] : [{ path: file, stem }], plan);
  }
  const report = await load(file, flags, io);
  const show = new Set<Severity>(
    flags.quiet ? ['error'] : flags.verbose ? ['error', 'warning', 'info'] : ['error', 'warning'],
  );
  printDiagnostics(
    report.diagnostics.filter((d) => show.has(d.severity)),
    io,
    shownPath(file),
  );
  const written: string[] = [];
  if (flags.outDir !== undefined) {
    await mkdir(flags.outDir, { recursive: true }).catch((error: unknown) => {
      throw new InputError(`cannot create folder ${flags.outDir}: ${(error as Error).message}`);
    });
    const { writeOutputs } = await import('../../batch/convert.js');
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
    io.stderr.write(`${formatSummary(report, shownPath(file))}\n`);
    for (const target of written) io.stderr.write(`wrote ${target}\n`);
  }
  return report.stats.diagnostics.error > 0 ? 1 : 0;
}

export async function writeDataPackage(
  outDir: string,
  stems: readonly string[],
  options: EmitOptions,
): Promise<string> {
  const target = join(outDir, 'datapackage.json');
  await writeAtomically(target, `${JSON.stringify(dataPackage(stems, options), null, 2)}\n`);
  return target;
}

/** A workbook is bytes no terminal can show (it printed ZIP bytes over the screen). */
export function refuseBinaryToTerminal(format: OutputFormat, io: CliIo): void {
  if (format === 'xlsx' && (io.stdout as NodeJS.WriteStream).isTTY)
    throw new InputError('XLSX is binary and stdout is a terminal: name a file with -o, or redirect stdout');
}
