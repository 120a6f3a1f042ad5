// `zhyt-report stats`: measures by status, funding and programmes per priority and sector.
import { InputError, reportStats, statsText, writeChunks } from '../../index.js';
import type { CliIo } from '../main.js';
import { load, type ReadFlags } from './shared.js';

export async function runStats(file: string, flags: ReadFlags & { format?: string }, io: CliIo): Promise<number> {
  const format = flags.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new InputError(`unknown format «${format}»; use text or json`);
  const report = await load(file, flags, io);
  const stats = reportStats(report);
  await writeChunks(io.stdout, [format === 'json' ? `${JSON.stringify(stats, null, 2)}\n` : statsText(stats)]);
  return 0;
}
