// `zhyt-report programs`: the registry, a report's use of it, or entries to add.
import { InputError, mergeRegistries, shippedRegistry, suggestPrograms, writeChunks } from '../../index.js';
import type { CliIo } from '../main.js';
import { extraPrograms, load, type ReadFlags } from './shared.js';

export async function runPrograms(
  files: readonly string[],
  flags: ReadFlags & { format?: string; suggest?: boolean },
  io: CliIo,
): Promise<number> {
  const format = flags.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new InputError(`unknown format «${format}»; use text or json`);
  const view = await import('../programs-view.js');
  if (flags.suggest === true) {
    if (files.length === 0) throw new InputError('--suggest needs at least one report');
    if (files.filter((f) => f === '-').length > 1) throw new InputError('only one input can be stdin');
    const reports = [];
    for (const file of files) reports.push(await load(file, flags, io));
    const found = suggestPrograms(reports);
    await writeChunks(io.stdout, [view.registryJson(found.suggestions.map((s) => s.entry))]);
    if (!flags.quiet) io.stderr.write(view.suggestionNotes(found));
    return 0;
  }
  if (files.length > 1) throw new InputError('give one report, or several with --suggest');
  const [file] = files;
  if (file === undefined) {
    const registry = mergeRegistries(shippedRegistry(), await extraPrograms(flags.programs, flags));
    await writeChunks(io.stdout, [format === 'json' ? view.registryJson(registry) : view.registryTable(registry)]);
    return 0;
  }
  const report = await load(file, flags, io);
  await writeChunks(io.stdout, [format === 'json' ? view.usageJson(report) : view.usageTable(report)]);
  return report.stats.programRefs.unresolved > 0 ? 1 : 0;
}
