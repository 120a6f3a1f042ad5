// Starting the worker threads the tool uses (batch jobs, the PDF reader). A worker
// takes the parent's Node options (a loader hook, profiling) but not all of them:
// `--input-type` (an `--eval` flag), and V8 or process options (`--max-old-space-size`,
// `--stack-size`), which Node refuses per thread; V8's apply to every thread anyway.
import { Worker, type WorkerOptions } from 'node:worker_threads';

let accepted: string[] | undefined;

export function startWorker(url: URL, options: Omit<WorkerOptions, 'execArgv'> = {}): Worker {
  accepted ??= process.execArgv.filter((arg) => !arg.startsWith('--input-type'));
  try {
    return new Worker(url, { ...options, execArgv: accepted });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    // Node names the options it refused: "… invalid execArgv flags: --a, --b".
    const refused = new Set(((error as Error).message.split(': ')[1] ?? '').split(', ').map((flag) => flag.trim()));
    const kept = accepted.filter((arg) => !refused.has(arg));
    accepted = kept.length < accepted.length ? kept : [];
    return new Worker(url, { ...options, execArgv: accepted });
  }
}
