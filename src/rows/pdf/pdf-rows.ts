// PDF reports: the pages' lines and text come from pdf.js, run in worker threads of
// their own, since on a damaged file pdf.js can leave internal promises that reject
// after it has answered; in a worker they cannot reach this process. pdf.js reads
// one page at a time, so the pages can be shared among threads (every n-th page
// each). Then page-grid rebuilds each page's table and stitch joins the pages.
import { availableParallelism } from 'node:os';
import { InputError } from '../../errors.js';
import { DEFAULT_LIMITS } from '../../read/limits.js';
import type { ReaderNotice, Row } from '../row.js';
import { resolveBrokenWords } from './broken-words.js';
import { extractWith, type PdfEngine } from './engines.js';
import type { PageShare } from './extract.js';
import { checkTextLayer, dropUniformBold, pageList } from './text-layer.js';
import { findFurniture } from './furniture.js';
import { splitHeadingRows } from './heading-split.js';
import type { PageContent } from './page-grid.js';
import { readPages } from './page-reader.js';
import { pdfjsMemoryError, watchMemory } from './memory-watch.js';
import { readerThreads, returnReader, takeReader } from './reader-pool.js';
import { stitchPages } from './stitch.js';

export interface ExtractRequest {
  engine: PdfEngine;
  bytes: Uint8Array;
  name: string;
  maxPages: number;
  share: PageShare;
}

export type ExtractReply = { pages: PageContent[] } | { error: string; input: boolean };

export interface PdfOptions {
  maxPages?: number;
  /** The engine that reads the pages: PDFium (default) or pdf.js. */
  engine?: PdfEngine;
  /** Threads reading pages at once: by default half the cores, at most four. */
  threads?: number;
}

const MAX_THREADS = 4;
// Below this size a document is a few pages: a second engine (about 0.25 s to load) is not worth it.
const SMALL_PDF_BYTES = 48 * 1024;

function extractInWorker(request: ExtractRequest): Promise<PageContent[]> {
  const worker = takeReader();
  return new Promise((resolve, reject) => {
    const unwatch =
      request.engine === 'pdfjs'
        ? watchMemory(worker, () => {
            done();
            reject(pdfjsMemoryError(request.name));
          })
        : () => undefined;
    const done = (): void => {
      unwatch();
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (reply: ExtractReply): void => {
      done();
      if ('pages' in reply) {
        returnReader(worker);
        resolve(reply.pages);
      } else {
        void worker.terminate();
        reject(reply.input ? new InputError(reply.error) : new Error(reply.error));
      }
    };
    const onError = (error: Error): void => {
      done();
      void worker.terminate();
      reject(new InputError(`${request.name}: corrupt or truncated PDF (${error.message})`));
    };
    const onExit = (code: number): void => {
      done();
      reject(new InputError(`${request.name}: corrupt or truncated PDF (reader stopped with code ${code})`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(request);
  });
}

/**
 * Threads for a document: one unless it is large enough to share, never more than
 * asked. By default half the cores, at most four: each thread loads and warms up
 * its own pdf.js, and V8 compiles and collects garbage on spare cores, so on two
 * cores a second reader made the sample slower (1.34-1.42 s against 1.04-1.47 s
 * for one, four runs each), not faster.
 */
export function pdfThreads(byteLength: number, asked?: number): number {
  const limit = Math.max(1, Math.floor(asked ?? Math.min(availableParallelism() / 2, MAX_THREADS)));
  return byteLength < SMALL_PDF_BYTES ? 1 : limit;
}

async function extractShared(
  engine: PdfEngine,
  bytes: Uint8Array,
  name: string,
  maxPages: number,
  count: number,
): Promise<PageContent[]> {
  const settled = await Promise.allSettled(
    Array.from({ length: count }, (_, index) =>
      extractInWorker({ engine, bytes, name, maxPages, share: { index, count } }),
    ),
  );
  // The first share's error, whichever thread answered first: the same input gives the same message.
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.flatMap((s) => (s as PromiseFulfilledResult<PageContent[]>).value).sort((a, b) => a.page - b.page);
}

export async function pdfToRows(
  bytes: Uint8Array,
  name: string,
  options: PdfOptions = {},
): Promise<{ rows: Row[]; notices: ReaderNotice[] }> {
  const maxPages = options.maxPages ?? DEFAULT_LIMITS.maxPdfPages;
  // Run from TypeScript sources (tests), there is no compiled worker: read in this thread.
  const engine = options.engine ?? 'pdfium';
  const pages = readerThreads()
    ? await extractShared(engine, bytes, name, maxPages, pdfThreads(bytes.byteLength, options.threads))
    : await extractWith(engine, bytes, name, maxPages);
  const layerNotices = checkTextLayer(pages, name);
  const garbled = new Set(layerNotices.filter((n) => n.code === 'page-text-garbled').map((n) => n.source.page));
  // A garbled page's text is named in its notice, not read as rows of garbage.
  const readable = dropUniformBold(pages.map((p) => (garbled.has(p.page) ? { ...p, items: [] } : p)));
  const notices: ReaderNotice[] = pages.flatMap((p) =>
    p.rotation
      ? [
          {
            code: 'page-rotated' as const,
            details: { page: p.page, degrees: p.rotation },
            source: { page: p.page },
          },
        ]
      : [],
  );
  notices.push(...layerNotices);
  const { tables, strategies } = readPages(readable);
  if (tables.every((t) => t.rows.length === 0)) {
    throw new InputError(
      `${name}: the PDF's table has no ruling lines and no row numbering its columns (1 2 3 …), ` +
        `so its columns cannot be told apart; read the release's DOCX, HTML or text export instead`,
    );
  }
  const fromText = pages.filter((_, i) => strategies[i] !== 'grid').map((p) => p.page);
  if (fromText.length > 0)
    notices.push({
      code: 'table-without-rules',
      details: { pages: pageList(fromText) },
      source: { page: fromText[0] as number },
    });
  const split = tables.map(splitHeadingRows);
  const rows = stitchPages(split, findFurniture(split));
  resolveBrokenWords(rows);
  return { rows, notices };
}
