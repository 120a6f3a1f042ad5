// What pdf.js gives of each page: its ruling lines and positioned text, as plain
// data. A reader may take one share of the pages (every n-th), so that several
// threads can read one document.
import { InputError } from '../../errors.js';
import { DEFAULT_LIMITS, limitError } from '../../read/limits.js';
import type { PageContent, Segment, TextItem } from './page-grid.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;
type Matrix = [number, number, number, number, number, number];

/** Which pages a reader takes: those whose index (from 0) is `index` modulo `count`. */
export interface PageShare {
  index: number;
  count: number;
}

const BOLD = /bold|black|heavy|semibold|demi/i;

let loading: Promise<PdfJs> | undefined;

/**
 * Loads pdf.js and its core (which pdf.js would otherwise import itself on the
 * first document). The legacy build's core-js replaces Array.prototype.push with a
 * spec-exact polyfill for V8 before 12.2 (an error type on frozen arrays, which
 * pdf.js never meets) that made push pdf.js's hottest function here: the native
 * one is put back once both modules are in.
 */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const push = Array.prototype.push;
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    Array.prototype.push = push;
    return pdfjs;
  })();
  return loading;
}

function applyMatrix(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

async function readPage(pdfjs: PdfJs, page: PdfPage, number: number): Promise<PageContent> {
  const { OPS, Util } = pdfjs;
  const ops = await page.getOperatorList();
  const lines: Segment[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = Util.transform(ctm, args as Matrix) as Matrix;
    else if (fn === OPS.constructPath) {
      const op = args[0] as number;
      const mm = args[2] as ArrayLike<number> | undefined;
      if (!mm || !Number.isFinite(mm[0] as number)) continue;
      const [x1, y1] = applyMatrix(ctm, mm[0] as number, mm[1] as number);
      const [x2, y2] = applyMatrix(ctm, mm[2] as number, mm[3] as number);
      const w = Math.abs(x2 - x1);
      const h = Math.abs(y2 - y1);
      const stroked = op === OPS.stroke || op === OPS.closeStroke;
      const filled = op === OPS.fill || op === OPS.eoFill;
      // Borders are stroked lines, or (from some producers) thin filled rectangles.
      if ((stroked && (w < 0.5 || h < 0.5)) || (filled && (w <= 2 || h <= 2))) {
        if (w >= h) lines.push({ x1: Math.min(x1, x2), y1: (y1 + y2) / 2, x2: Math.max(x1, x2), y2: (y1 + y2) / 2 });
        else lines.push({ x1: (x1 + x2) / 2, y1: Math.min(y1, y2), x2: (x1 + x2) / 2, y2: Math.max(y1, y2) });
      } else if (stroked) {
        // A stroked rectangle: its four sides.
        const [l, r, b, t] = [Math.min(x1, x2), Math.max(x1, x2), Math.min(y1, y2), Math.max(y1, y2)];
        lines.push({ x1: l, y1: t, x2: r, y2: t }, { x1: l, y1: b, x2: r, y2: b }, { x1: l, y1: b, x2: l, y2: t }, { x1: r, y1: b, x2: r, y2: t });
      }
    }
  }
  const content = await page.getTextContent();
  const boldFonts = new Map<string, boolean>();
  const isBold = (fontName: string): boolean => {
    let bold = boldFonts.get(fontName);
    if (bold === undefined) {
      try {
        const font = page.commonObjs.get(fontName) as { name?: string; bold?: boolean } | undefined;
        bold = font?.bold === true || BOLD.test(font?.name ?? '');
      } catch {
        bold = false;
      }
      boldFonts.set(fontName, bold);
    }
    return bold;
  };
  const items: TextItem[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, c, d, e, f] = item.transform as Matrix;
    items.push({ text: item.str, x: e, y: f, width: item.width, fontSize: Math.hypot(c, d) || Math.hypot(a, b) || 10, bold: isBold(item.fontName) });
  }
  page.cleanup();
  return { page: number, lines, items };
}

/**
 * The pages of a PDF (those of `share`) as plain data; unreadable PDFs are an
 * InputError naming `name`.
 */
export async function extractPages(bytes: Uint8Array, name: string, maxPages = DEFAULT_LIMITS.maxPdfPages, share: PageShare = { index: 0, count: 1 }): Promise<PageContent[]> {
  const pdfjs = await loadPdfJs();
  let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  try {
    // A copy: pdf.js takes ownership of (detaches) the buffer it is given.
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0, useSystemFonts: false, disableFontFace: true }).promise;
  } catch (error) {
    const kind = (error as { name?: string }).name;
    if (kind === 'PasswordException') throw new InputError(`${name}: encrypted PDF: it needs a password; save an unprotected copy`);
    throw new InputError(`${name}: corrupt or truncated PDF (${(error as Error).message ?? kind})`);
  }
  try {
    if (doc.numPages > maxPages) throw limitError('maxPdfPages', `${name}: the number of pages`, doc.numPages, maxPages);
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

/** A PDF whose pages hold no text at all is a scan: refused, as OCR is out of scope. */
export function checkTextLayer(pages: readonly PageContent[], name: string): void {
  if (pages.every((p) => p.items.every((item) => item.text.trim() === ''))) {
    throw new InputError(`${name}: scanned PDF: no text layer; OCR is not supported`);
  }
}
