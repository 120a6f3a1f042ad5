// What pdf.js gives of each page: its ruling lines and positioned text, as plain
// data. A reader may take one share of the pages (every n-th), so that several
// threads can read one document.
import { InputError } from '../../errors.js';
import { DEFAULT_LIMITS, limitError } from '../../read/limits.js';
import { readOperators, type FontInfo } from './operators.js';
import { BOLD_FONT_NAME } from './page-builder.js';
import type { PageContent } from './page-grid.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;

/** Which pages a reader takes: those whose index (from 0) is `index` modulo `count`. */
export interface PageShare {
  index: number;
  count: number;
}

let loading: Promise<PdfJs> | undefined;

/**
 * Loads pdf.js and its core (which pdf.js would otherwise import itself on the
 * first document). The legacy build's core-js replaces Array.prototype.push with a
 * spec-exact polyfill for V8 before 12.2 (an error type on frozen arrays, which
 * pdf.js never meets) that made push pdf.js's hottest function here: the native
 * one is put back once both modules are in.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const push = Array.prototype.push;
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs').catch((error: NodeJS.ErrnoException) => {
      // An optional peer: the default engine, PDFium, needs it not.
      if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
      loading = undefined;
      throw new InputError(
        "the pdf.js engine needs the package pdfjs-dist: npm install pdfjs-dist (PDFium, the default, doesn't)",
      );
    });
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    Array.prototype.push = push;
    return pdfjs;
  })();
  return loading;
}

async function readPage(pdfjs: PdfJs, page: PdfPage, number: number): Promise<PageContent> {
  const ops = await page.getOperatorList();
  const fonts = new Map<string, FontInfo>();
  const fontOf = (name: string): FontInfo => {
    let info = fonts.get(name);
    if (info === undefined) {
      try {
        const font = page.commonObjs.get(name) as { name?: string; bold?: boolean; fontMatrix?: number[] } | undefined;
        info = { bold: font?.bold === true || BOLD_FONT_NAME.test(font?.name ?? ''), fontMatrix: font?.fontMatrix };
      } catch {
        info = { bold: false };
      }
      fonts.set(name, info);
    }
    return info;
  };
  const { lines, items, rotation, drawn, images } = readOperators(
    ops,
    pdfjs.OPS,
    fontOf,
    pdfjs.normalizeUnicode,
    page.view,
  );
  page.cleanup();
  return rotation === 0
    ? { page: number, lines, items, drawn, images }
    : { page: number, lines, items, drawn, images, rotation };
}

/**
 * The pages of a PDF (those of `share`) as plain data; unreadable PDFs are an
 * InputError naming `name`.
 */
export async function extractPages(
  bytes: Uint8Array,
  name: string,
  maxPages = DEFAULT_LIMITS.maxPdfPages,
  share: PageShare = { index: 0, count: 1 },
): Promise<PageContent[]> {
  const pdfjs = await loadPdfJs();
  let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  try {
    // A copy: pdf.js takes ownership of (detaches) the buffer it is given.
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      verbosity: 0,
      useSystemFonts: false,
      disableFontFace: true,
    }).promise;
  } catch (error) {
    const kind = (error as { name?: string }).name;
    if (kind === 'PasswordException')
      throw new InputError(`${name}: encrypted PDF: it needs a password; save an unprotected copy`);
    throw new InputError(`${name}: corrupt or truncated PDF (${(error as Error).message ?? kind})`);
  }
  try {
    if (doc.numPages > maxPages)
      throw limitError('maxPdfPages', `${name}: the number of pages`, doc.numPages, maxPages);
    const numbers: number[] = [];
    for (let i = share.index; i < doc.numPages; i += share.count) numbers.push(i + 1);
    // Every page read settles before the document is destroyed: a page still in
    // flight would otherwise reject later, unhandled ("Page was destroyed").
    const settled = await Promise.allSettled(numbers.map(async (n) => readPage(pdfjs, await doc.getPage(n), n)));
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    return settled.map((s) => (s as PromiseFulfilledResult<PageContent>).value);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${name}: corrupt or truncated PDF (${(error as Error).message})`);
  } finally {
    await doc.destroy();
  }
}
