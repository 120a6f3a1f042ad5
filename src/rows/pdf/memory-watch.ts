// pdf.js decodes a content stream whole into typed arrays, which no V8 heap limit
// counts (a worker's resourceLimits bound only its JS heap): a 3 KB Flate bomb took
// 2.7 GB and 24 s. PDFium's heap is capped inside the module (pdfium-binding.ts);
// pdf.js's cannot be, so the thread that waits for a pdf.js reader watches the
// process's resident memory and ends the reader past the limit. The measure is the
// process's, so documents read at once share it: a limit on their sum, not each.
import type { Worker } from 'node:worker_threads';
import { InputError } from '../../errors.js';
import { MAX_PDFIUM_HEAP, MEMORY_BOMB_CAUSES } from './pdfium-binding.js';

/**
 * The growth a pdf.js reader may cause: three quarters of PDFium's heap limit, since a
 * decoding buffer grows by doubling and the last doubling (with the buffer it copies)
 * lands after the look: the flate bomb peaks at about 1.2 GB of the process.
 */
export const MAX_PDFJS_GROWTH = (MAX_PDFIUM_HEAP / 4) * 3;
/** How often the memory is looked at. */
const WATCH_MS = 20;

/**
 * Watches `worker` while it reads: past `limit` bytes of growth of the resident memory,
 * ends it and calls `onExceeded`. The returned function stops watching.
 */
export function watchMemory(worker: Worker, onExceeded: () => void, limit = MAX_PDFJS_GROWTH): () => void {
  const start = process.memoryUsage.rss();
  const timer = setInterval(() => {
    if (process.memoryUsage.rss() - start <= limit) return;
    clearInterval(timer);
    void worker.terminate();
    onExceeded();
  }, WATCH_MS);
  timer.unref();
  return () => clearInterval(timer);
}

export const pdfjsMemoryError = (name: string): InputError =>
  new InputError(
    `${name}: reading the PDF with pdf.js needs more than ${MAX_PDFJS_GROWTH / 2 ** 20} MB of memory, the ` +
      `reader's limit ${MEMORY_BOMB_CAUSES}`,
  );
