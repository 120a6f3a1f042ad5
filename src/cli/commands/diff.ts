// `zhyt-report diff`: what changed between two releases.
import { diffCsv, diffJson, diffReports, diffText, hasChanges, InputError, writeChunks } from '../../index.js';
import type { CliIo } from '../main.js';
import { stderrChalk } from '../terminal.js';
import { load, type ReadFlags } from './shared.js';

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
  const diff = diffReports(oldReport, newReport);
  const stdoutTty = (io.stdout as NodeJS.WriteStream).isTTY === true;
  const out =
    format === 'json'
      ? diffJson(diff)
      : format === 'csv'
        ? diffCsv(diff)
        : diffText(diff, stderrChalk({ isTTY: stdoutTty } as NodeJS.WriteStream, io.env));
  await writeChunks(io.stdout, [out]);
  return hasChanges(diff) ? 1 : 0;
}
