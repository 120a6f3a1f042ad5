// A worker thread that runs a PDF engine (pdf.js, or PDFium) over its share of a
// PDF's pages, one document after another (see pdf-rows.ts).
import { parentPort } from 'node:worker_threads';
import { InputError } from '../../errors.js';
import { extractWith, loadEngine } from './engines.js';
import type { ExtractReply, ExtractRequest } from './pdf-rows.js';
import type { WarmRequest } from './reader-pool.js';

// pdf.js may reject internal promises after it has answered about a damaged file;
// here they are dropped, and a thread whose document failed is ended.
process.on('unhandledRejection', () => undefined);

parentPort?.on('message', async (request: ExtractRequest | WarmRequest) => {
  if ('warm' in request) {
    // A failure to load shows again, with its cause, when a document asks.
    await loadEngine(request.warm).catch(() => undefined);
    return;
  }
  let reply: ExtractReply;
  try {
    reply = { pages: await extractWith(request.engine, request.bytes, request.name, request.maxPages, request.share) };
  } catch (error) {
    reply = { error: (error as Error).message?.split('\n')[0] ?? String(error), input: error instanceof InputError };
  }
  parentPort?.postMessage(reply);
});
