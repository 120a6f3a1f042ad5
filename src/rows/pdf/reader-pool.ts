// The threads that run a PDF engine (see extract-worker.ts), kept, unreferenced,
// between documents: loading an engine takes 0.1–0.25 s and its first pages run cold,
// and a batch reads many PDFs. A thread that failed on a document is ended, not kept.
// A small module of its own, so that the command line can start a thread warming
// its engine before it loads the rest of the pipeline.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../threads.js';
import type { PdfEngine } from './engines.js';

const WORKER = new URL('./extract-worker.js', import.meta.url);
const MAX_IDLE = 4;
const idle: Worker[] = [];

/** Whether the compiled thread is there: run from TypeScript sources (tests), pages are read in this thread. */
export const readerThreads = (): boolean => existsSync(fileURLToPath(WORKER));

function newReader(): Worker {
  const worker = startWorker(WORKER);
  // An idle reader that fails or ends is dropped; its errors must not reach this process.
  worker.on('error', () => undefined);
  worker.on('exit', () => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
  });
  return worker;
}

/** A reader thread: an idle one if there is one, else a new one. */
export function takeReader(): Worker {
  const worker = idle.pop() ?? newReader();
  worker.ref();
  return worker;
}

/** Gives a reader back after a document it read: kept idle, or ended if enough are. */
export function returnReader(worker: Worker): void {
  if (idle.length < MAX_IDLE) {
    worker.unref();
    idle.push(worker);
  } else void worker.terminate();
}

/**
 * Starts a reader loading `engine` now, while this thread does other work, if none
 * is idle: the first PDF then does not wait for it. Costs a thread that stays idle
 * if no PDF comes; it does not keep the process alive.
 */
export function warmReader(engine: PdfEngine = 'pdfium'): void {
  if (idle.length > 0 || !readerThreads()) return;
  const worker = newReader();
  worker.unref();
  idle.push(worker);
  worker.postMessage({ warm: engine } satisfies WarmRequest);
}

/** Asks a reader to load its engine, with no document yet; it answers nothing. */
export interface WarmRequest {
  warm: PdfEngine;
}
