// Converts many files: in worker threads when more than one job may run at once,
// in this thread otherwise. One file failing does not stop the others.
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { dirname, join } from 'node:path';
import { startWorker } from '../threads.js';
import { convertFile, type ConvertJob, type ConvertResult } from './convert.js';

export interface BatchOptions {
  jobs: number;
  /** Called after each file, in completion order. */
  onResult?: (result: ConvertResult, done: number, total: number) => void;
}

export interface BatchHandle {
  results: Promise<ConvertResult[]>;
  /** Stops the workers; files being written are left as temporary files only. */
  cancel(): Promise<void>;
}

const WORKER = new URL('./worker.js', import.meta.url);

export function runBatch(allJobs: readonly ConvertJob[], options: BatchOptions): BatchHandle {
  // Jobs share the cores: with several running, each PDF gets its core's share of
  // the page readers, so two jobs on two cores do not start four pdf.js readers.
  const running = Math.max(1, Math.min(options.jobs, allJobs.length));
  const pdfThreads = running > 1 ? Math.max(1, Math.floor(availableParallelism() / (2 * running))) : undefined;
  const jobs = allJobs.map((job) => ({ ...job, pdfThreads: job.pdfThreads ?? pdfThreads }));
  for (const job of jobs) mkdirSync(dirname(join(job.outDir, job.stem)), { recursive: true });
  const results: ConvertResult[] = new Array(jobs.length);
  let done = 0;
  const record = (index: number, result: ConvertResult) => {
    results[index] = result;
    done++;
    options.onResult?.(result, done, jobs.length);
  };

  if (options.jobs <= 1 || jobs.length <= 1) {
    let cancelled = false;
    const run = async () => {
      for (const [i, job] of jobs.entries()) {
        if (cancelled) break;
        record(i, await convertFile(job));
      }
      return results;
    };
    return {
      results: run(),
      cancel: async () => {
        cancelled = true;
      },
    };
  }

  const workers: Worker[] = [];
  let next = 0;
  const results$ = new Promise<ConvertResult[]>((resolve, reject) => {
    const count = Math.min(options.jobs, jobs.length);
    let finished = 0;
    for (let w = 0; w < count; w++) {
      // A larger young generation means fewer scavenges: parsing allocates many small
      // objects, and on 2 cores V8's GC threads otherwise take the second core.
      const worker = startWorker(WORKER, { resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      workers.push(worker);
      let current = -1;
      const feed = () => {
        if (next >= jobs.length) {
          void worker.terminate();
          if (++finished === count) resolve(results);
          return;
        }
        current = next++;
        worker.postMessage(jobs[current]);
      };
      worker.on('message', (result: ConvertResult) => {
        record(current, result);
        feed();
      });
      worker.on('error', reject);
      feed();
    }
  });
  return { results: results$, cancel: async () => void (await Promise.all(workers.map((w) => w.terminate()))) };
}
