// `zhyt-report report`: one self-contained HTML page of one release or several.
import { checkTarget, htmlReport, InputError, writeAtomically, writeChunks } from '../../index.js';
import type { CliIo } from '../main.js';
import { exitOfAll, expandInputs, loadAll, type ReadFlags } from './shared.js';

export interface ReportFlags extends ReadFlags {
  out?: string;
  quiet?: boolean;
}

export async function runReport(args: string[], flags: ReportFlags, io: CliIo): Promise<number> {
  if (flags.out !== undefined && !/\.html?$/i.test(flags.out))
    throw new InputError(`the report is HTML: name the file .html, not «${flags.out}»`);
  const files = await expandInputs(args);
  if (files.length === 0) throw new InputError('no reports given');
  const inputs = files.filter((f) => f !== '-');
  if (flags.out !== undefined) checkTarget(flags.out, inputs);
  const loaded = await loadAll(files, flags, io, 1);
  const page = htmlReport(loaded.reports);
  if (flags.out === undefined) await writeChunks(io.stdout, [page]);
  else {
    await writeAtomically(flags.out, page, inputs);
    if (!flags.quiet) io.stderr.write(`wrote ${flags.out}\n`);
  }
  // As parse: the page shows a report's errors, and the exit code tells a CI job of them.
  return exitOfAll(loaded);
}
