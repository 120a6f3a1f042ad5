// The PDFium WebAssembly module (@hyzyla/pdfium) as this reader uses it: the C API
// functions it calls, their constants, loading the module once, and scratch memory
// for out-parameters.
// The functions of PDFium's C API this reader calls, as the WebAssembly module exports them.
import { InputError } from '../../errors.js';
export interface PdfiumModule {
  HEAPU8: Uint8Array;
  HEAPF32: Float32Array;
  HEAPF64: Float64Array;
  HEAP32: Int32Array;
  wasmExports: { malloc(size: number): number; free(ptr: number): void };
  _FPDF_LoadMemDocument(data: number, size: number, password: number): number;
  _FPDF_GetLastError(): number;
  _FPDF_CloseDocument(doc: number): void;
  _FPDF_GetPageCount(doc: number): number;
  _FPDF_LoadPage(doc: number, index: number): number;
  _FPDF_ClosePage(page: number): void;
  _FPDFText_LoadPage(page: number): number;
  _FPDFText_ClosePage(text: number): void;
  _FPDFText_CountChars(text: number): number;
  _FPDFText_GetUnicode(text: number, index: number): number;
  _FPDFText_IsGenerated(text: number, index: number): number;
  _FPDFText_GetCharOrigin(text: number, index: number, x: number, y: number): number;
  _FPDFText_GetLooseCharBox(text: number, index: number, rect: number): number;
  _FPDFText_GetCharBox(text: number, index: number, left: number, right: number, bottom: number, top: number): number;
  _FPDFText_GetFontSize(text: number, index: number): number;
  _FPDFText_GetMatrix(text: number, index: number, matrix: number): number;
  _FPDFText_GetFontWeight(text: number, index: number): number;
  _FPDFText_GetCharAngle(text: number, index: number): number;
  _FPDFText_GetTextObject(text: number, index: number): number;
  _FPDFTextObj_GetFont(textObject: number): number;
  _FPDFFont_GetBaseFontName(font: number, buffer: number, length: number): number;
  _FPDFFont_GetWeight(font: number): number;
  _FPDFFont_GetFlags(font: number): number;
  _FPDFPage_CountObjects(page: number): number;
  _FPDFPage_GetObject(page: number, index: number): number;
  _FPDFFormObj_CountObjects(form: number): number;
  _FPDFFormObj_GetObject(form: number, index: number): number;
  _FPDFPageObj_GetType(object: number): number;
  _FPDFPageObj_GetMatrix(object: number, matrix: number): number;
  _FPDFPath_GetDrawMode(path: number, fillMode: number, stroke: number): number;
  _FPDFPath_CountSegments(path: number): number;
  _FPDFPath_GetPathSegment(path: number, index: number): number;
  _FPDFPathSegment_GetPoint(segment: number, x: number, y: number): number;
  _FPDFPathSegment_GetType(segment: number): number;
  _FPDFPathSegment_GetClose(segment: number): number;
  _FPDFPageObj_GetClipPath(object: number): number;
  _FPDFClipPath_CountPaths(clip: number): number;
  _FPDFClipPath_CountPathSegments(clip: number, path: number): number;
  _FPDFClipPath_GetPathSegment(clip: number, path: number, segment: number): number;
  _FPDF_GetPageBoundingBox(page: number, rect: number): number;
}

export const OBJECT_PATH = 2;
export const OBJECT_IMAGE = 3;
export const OBJECT_FORM = 5;
export const SEGMENT_LINE = 0;
export const SEGMENT_BEZIER = 1;
export const SEGMENT_MOVE = 2;
export const PASSWORD_ERROR = 4;
// FPDF_GetLastError's codes, in words.
export const LOAD_ERRORS: Record<number, string> = {
  1: 'unknown error',
  2: 'file not found',
  3: 'not in PDF format, or damaged',
  5: 'unsupported security handler',
};
// Bold as the pdf.js reader tells it, by the font's name; or by its weight or ForceBold flag.
export const BOLD_WEIGHT = 600;
export const FORCE_BOLD = 0x40000;

// Ligatures (ﬁ, ﬂ) as their letters, as pdf.js folds them; nothing else is touched (№ stays №).
export const foldLigatures = (text: string): string => text.replace(/[\uFB00-\uFB4F]/g, (c) => c.normalize('NFKC'));

let loading: Promise<PdfiumModule> | undefined;

/** After a trap the module's memory is in doubt: the next document loads it afresh. */
export function forgetPdfium(): void {
  loading = undefined;
}

/**
 * The module with its exports called directly. The package's build wraps each export in
 * checks that build two message strings per call: on a page of dotted borders (tens of
 * thousands of calls) they took half the reading time. The module's own properties
 * (heaps, which memory growth replaces) are still read through it.
 */
function direct(module: PdfiumModule): PdfiumModule {
  const fast = Object.create(module) as Record<string, unknown>;
  for (const [name, value] of Object.entries(module.wasmExports))
    if (typeof value === 'function' && typeof (module as unknown as Record<string, unknown>)[`_${name}`] === 'function')
      fast[`_${name}`] = value;
  return fast as unknown as PdfiumModule;
}

/**
 * The most memory the module may grow to. PDFium decodes a content stream whole: a 4 KB
 * file of nested Flate streams asked for 2.1 GB (the module's own ceiling), four such
 * files in a batch for 8.2 GB. A real report page needs a few megabytes.
 */
export const MAX_PDFIUM_HEAP = 1024 * 1024 * 1024;

let heapLimitReached = false;

/** Whether the module was refused memory past MAX_PDFIUM_HEAP since the last ask (and forget that it was). */
export function tookHeapLimit(): boolean {
  const reached = heapLimitReached;
  heapLimitReached = false;
  return reached;
}

/** What makes a small PDF need so much memory, as the refusals say it. */
export const MEMORY_BOMB_CAUSES =
  '(a stream that inflates far beyond its size, or forms drawn within forms over and over?)';

/** The refusal of a PDF that took the module past MAX_PDFIUM_HEAP. */
export const heapLimitError = (name: string): InputError =>
  new InputError(
    `${name}: decoding the PDF needs more than ${MAX_PDFIUM_HEAP / 2 ** 20} MB of memory, the reader's limit ` +
      MEMORY_BOMB_CAUSES,
  );

type Imports = { env: Record<string, unknown> };
// The WebAssembly API as used here (the project's type library has no DOM or WebAssembly declarations).
type Instantiated = { instance: unknown; module: unknown };
const wasmApi = (
  globalThis as unknown as { WebAssembly: { instantiate(b: Uint8Array, i: Imports): Promise<Instantiated> } }
).WebAssembly;

/**
 * Instantiates the module's WebAssembly ourselves, so as to put a ceiling on its heap: its
 * request to grow past MAX_PDFIUM_HEAP is refused (and remembered) before the module asks.
 */
function cappedInstantiate(wasm: Uint8Array) {
  return (imports: Imports, receive: (instance: unknown, module: unknown) => void) => {
    const env = imports.env;
    const grow = env.emscripten_resize_heap as (size: number) => boolean;
    env.emscripten_resize_heap = (size: number) => {
      if (size >>> 0 > MAX_PDFIUM_HEAP) {
        heapLimitReached = true;
        return false;
      }
      return grow(size);
    };
    void wasmApi.instantiate(wasm, imports).then(({ instance, module }) => receive(instance, module));
    return {};
  };
}

export function loadPdfium(): Promise<PdfiumModule> {
  loading ??= (async () => {
    const [{ PDFiumLibrary }, { readFile }] = await Promise.all([import('@hyzyla/pdfium'), import('node:fs/promises')]);
    const wasm = await readFile(new URL('pdfium.wasm', import.meta.resolve('@hyzyla/pdfium')));
    // The module binds console.error as it starts, for its own messages («Aborted(…)» on an
    // abort): bound to one that drops them, they stay off the terminal (the refusal says why).
    const print = console.error;
    console.error = () => undefined;
    let library: Awaited<ReturnType<typeof PDFiumLibrary.init>>;
    try {
      library = await PDFiumLibrary.init({ instantiateWasm: cappedInstantiate(wasm) as never });
    } finally {
      console.error = print;
    }
    return direct((library as unknown as { module: PdfiumModule }).module);
  })();
  return loading;
}

/** Scratch memory in the module for out-parameters. */
export class Scratch {
  readonly ptr: number;
  constructor(private readonly m: PdfiumModule) {
    this.ptr = m.wasmExports.malloc(512);
  }
  f64(k: number): number {
    return this.m.HEAPF64[(this.ptr >> 3) + k] as number;
  }
  f32(k: number): number {
    return this.m.HEAPF32[(this.ptr >> 2) + k] as number;
  }
  i32(k: number): number {
    return this.m.HEAP32[(this.ptr >> 2) + k] as number;
  }
  free(): void {
    this.m.wasmExports.free(this.ptr);
  }
}
