// Options for the worker threads the tool starts (batch jobs, the PDF reader).

/** Node options a worker can take: a parent's `--input-type` (an `--eval` flag) it cannot. */
export function workerExecArgv(): string[] {
  return process.execArgv.filter((arg) => !arg.startsWith('--input-type'));
}
