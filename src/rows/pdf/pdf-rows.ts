// PDF reports: the pages' lines and text come from pdf.js, run in a worker thread of
// their own, since on a damaged file pdf.js can leave internal promises that reject
// after it has answered; in the worker they cannot reach this process. Then
// page-grid rebuilds each page's table and stitch joins the pages.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../../errors.js';
import { DEFAULT_LIMITS } from '../../read/limits.js';
import { workerExecArgv } from '../../threads.js';
import type { Row } from '../row.js';
import { resolveBrokenWords } from './broken-words.js';
import { pageTable, type PageContent } from './page-grid.js';
import { stitchPages } from './stitch.js';

export interface ExtractRequest {
  bytes: Uint8Array;
  name: string;
  maxPages: number;
}

export type ExtractReply = { pages: PageContent[] } | { error: string; input: boolean };

const WORKER = new URL('./extract-worker.js', import.meta.url);

function extractInWorker(request: ExtractRequest): Promise<PageContent[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { execArgv: workerExecArgv() });
    let settled = false;
    worker.once('message', (reply: ExtractReply) => {
      settled = true;
      void worker.terminate();
      if ('pages' in reply) resolve(reply.pages);
      else reject(reply.input ? new InputError(reply.error) : new Error(reply.error));
    });
    worker.once('error', (error) => {
      if (!settled) reject(new InputError(`${request.name}: corrupt or truncated PDF (${error.message})`));
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new InputError(`${request.name}: corrupt or truncated PDF (reader stopped with code ${code})`));
    });
    worker.postMessage(request);
  });
}

export async function pdfToRows(bytes: Uint8Array, name: string, maxPages = DEFAULT_LIMITS.maxPdfPages): Promise<Row[]> {
  // Run from TypeScript sources (tests), there is no compiled worker: read in this thread.
  const pages = existsSync(fileURLToPath(WORKER))
    ? await extractInWorker({ bytes, name, maxPages })
    : await (await import('./extract.js')).extractPages(bytes, name, maxPages);
  const rows = stitchPages(pages.map(pageTable));
  resolveBrokenWords(rows);
  return rows;
}
