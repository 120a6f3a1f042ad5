// PDFium (Chrome's PDF engine, WebAssembly build from @hyzyla/pdfium) behind the same
// PageBuilder as pdf.js: each character's origin, advance, size and weight, and each
// path object's subpaths with its fill and stroke, in page space.
import { InputError } from '../../errors.js';
import { apply, IDENTITY, multiply, type Matrix } from './matrix.js';
import { BOLD_FONT_NAME, PageBuilder } from './page-builder.js';
import type { PageShare } from './extract.js';
import type { PageContent } from './page-grid.js';
import type { Box, Subpath } from './edges.js';
import { extent, intersect } from './paths.js';
import { unrotate } from './rotation.js';
import {
  type PdfiumModule,
  OBJECT_PATH,
  OBJECT_IMAGE,
  OBJECT_FORM,
  SEGMENT_LINE,
  SEGMENT_BEZIER,
  SEGMENT_MOVE,
  PASSWORD_ERROR,
  LOAD_ERRORS,
  BOLD_WEIGHT,
  FORCE_BOLD,
  foldLigatures,
  forgetPdfium,
  loadPdfium,
  heapLimitError,
  tookHeapLimit,
  Scratch,
} from './pdfium-binding.js';

/** The quarter turn most characters are drawn at (0, 90, 180 or 270). */
function pageRotation(m: PdfiumModule, text: number, count: number): number {
  const votes = [0, 0, 0, 0];
  for (let i = 0; i < count; i++) {
    const angle = m._FPDFText_GetCharAngle(text, i);
    if (angle < 0) continue;
    const quarter = ((Math.round(angle / (Math.PI / 2)) % 4) + 4) % 4;
    votes[quarter] = (votes[quarter] as number) + 1;
  }
  const best = votes.indexOf(Math.max(...votes));
  // PDFium measures angles the other way round from the text matrix.
  return best !== 0 && (votes[best] as number) > count / 2 ? ((4 - best) % 4) * 90 : 0;
}

/** Font names that say nothing of the face: empty, or a resource name with a number. */
const GENERIC_FONT_NAME = /^(?:[A-Za-z]{0,3}\d*|T3Font_\d+)$/;

/** Whether a font is bold, asked once per font. */
function boldness(m: PdfiumModule, scratch: Scratch): (font: number) => boolean {
  const known = new Map<number, boolean>();
  return (font) => {
    let bold = known.get(font);
    if (bold === undefined) {
      const length = m._FPDFFont_GetBaseFontName(font, scratch.ptr + 64, 192);
      const name = new TextDecoder().decode(
        m.HEAPU8.subarray(scratch.ptr + 64, scratch.ptr + 64 + Math.max(0, Math.min(length, 192) - 1)),
      );
      // A family name says the weight; PDFium's weight is guessed from the descriptor's StemV,
      // which Ghostscript writes alike (195) for the regular and the bold face. Only a font
      // with no family name (F1, T3Font_0) is judged by it, as pdf.js judges.
      const family = name.replace(/^[A-Z]{6}\+/, '');
      bold =
        BOLD_FONT_NAME.test(family) ||
        (m._FPDFFont_GetFlags(font) & FORCE_BOLD) !== 0 ||
        (GENERIC_FONT_NAME.test(family) && m._FPDFFont_GetWeight(font) >= BOLD_WEIGHT);
      known.set(font, bold);
    }
    return bold;
  };
}

const rotationFree = (m: Matrix): boolean => m[0] === 1 && m[3] === 1 && m[1] === 0 && m[2] === 0;

/** The size a character is printed at: its font size scaled by its text and page matrices (as pdf.js gives it). */
function deviceFontSize(m: PdfiumModule, text: number, index: number, scratch: Scratch): number {
  const size = m._FPDFText_GetFontSize(text, index);
  if (m._FPDFText_GetMatrix(text, index, scratch.ptr + 320) !== 1) return size;
  return size * Math.hypot(scratch.f32(82), scratch.f32(83));
}

function readChars(m: PdfiumModule, text: number, page: PageBuilder, turn: Matrix, scratch: Scratch): void {
  const count = m._FPDFText_CountChars(text);
  const isBold = boldness(m, scratch);
  const clips = new Map<number, Box | null>(); // each text object's clip, asked once
  for (let i = 0; i < count; i++) {
    // PDFium's own spaces and line ends: the builder finds spaces from the gaps, as with pdf.js.
    if (m._FPDFText_IsGenerated(text, i) === 1) continue;
    const code = m._FPDFText_GetUnicode(text, i);
    if (code === 0) continue;
    m._FPDFText_GetCharOrigin(text, i, scratch.ptr, scratch.ptr + 8);
    const [x, y] = apply(turn, scratch.f64(0), scratch.f64(1));
    m._FPDFText_GetLooseCharBox(text, i, scratch.ptr + 16);
    m._FPDFText_GetCharBox(text, i, scratch.ptr + 96, scratch.ptr + 104, scratch.ptr + 112, scratch.ptr + 120);
    // The advance is the loose box's width (FS_RECTF: left, top, right, bottom); the
    // letters of a ligature all stand at its origin, so the last one's ink says where it ends.
    const [inkRight] = apply(turn, scratch.f64(13), scratch.f64(1));
    const advance = Math.max(Math.abs(scratch.f32(6) - scratch.f32(4)), rotationFree(turn) ? inkRight - x : 0);
    const object = m._FPDFText_GetTextObject(text, i);
    let clip = clips.get(object);
    if (clip === undefined) {
      clip = clipOf(m, object, turn, scratch);
      clips.set(object, clip);
    }
    // Text a clip hides (the line a page break cuts, drawn again on the next page) is not on the page.
    if (clip && !inside(x, y, clip)) continue;
    const bold = isBold(m._FPDFTextObj_GetFont(object));
    // PDFium writes a hyphen that ends a line as U+0002 (U+FFFE in other builds): it is the hyphen printed there.
    page.glyph(
      code === 0x02 || code === 0xfffe ? '-' : String.fromCodePoint(code),
      x,
      y,
      advance,
      deviceFontSize(m, text, i, scratch),
      bold,
    );
  }
}

/** Whether a glyph's origin lies within a clip's extent: a line cut by a page break shows on one page. */
const inside = (x: number, y: number, box: Box): boolean =>
  x >= box.left - 0.01 && x <= box.right + 0.01 && y >= box.bottom - 0.01 && y <= box.top + 0.01;

/** A path object's subpaths, in device space (a Bézier's end point kept, its control points not). */
function subpathsOf(m: PdfiumModule, object: number, matrix: Matrix, scratch: Scratch): Subpath[] {
  const paths: Subpath[] = [];
  let current: Subpath | undefined;
  const segments = m._FPDFPath_CountSegments(object);
  for (let s = 0; s < segments; s++) {
    const segment = m._FPDFPath_GetPathSegment(object, s);
    m._FPDFPathSegment_GetPoint(segment, scratch.ptr + 8, scratch.ptr + 12);
    const point = apply(matrix, scratch.f32(2), scratch.f32(3));
    const type = m._FPDFPathSegment_GetType(segment);
    if (type === SEGMENT_MOVE || !current) {
      current = { points: [point], straight: [], closed: false };
      paths.push(current);
    } else {
      current.points.push(point);
      current.straight.push(type === SEGMENT_LINE);
      if (type === SEGMENT_BEZIER) {
        // A Bézier is three segments in PDFium (two control points, then the end): keep the end only.
        s += 2;
        const end = m._FPDFPath_GetPathSegment(object, s);
        m._FPDFPathSegment_GetPoint(end, scratch.ptr + 8, scratch.ptr + 12);
        current.points[current.points.length - 1] = apply(matrix, scratch.f32(2), scratch.f32(3));
      }
    }
    if (m._FPDFPathSegment_GetClose(segment) === 1) current.closed = true;
  }
  return paths;
}

/** The extent of an object's clip path, in device space (`outer` places its page or form), or null. */
function clipOf(m: PdfiumModule, object: number, outer: Matrix, scratch: Scratch): Box | null {
  const clip = m._FPDFPageObj_GetClipPath(object);
  if (!clip) return null;
  let box: Box | null = null;
  for (let p = 0, paths = m._FPDFClipPath_CountPaths(clip); p < paths; p++) {
    const points: Array<[number, number]> = [];
    for (let s = 0, n = m._FPDFClipPath_CountPathSegments(clip, p); s < n; s++) {
      m._FPDFPathSegment_GetPoint(m._FPDFClipPath_GetPathSegment(clip, p, s), scratch.ptr + 8, scratch.ptr + 12);
      points.push(apply(outer, scratch.f32(2), scratch.f32(3)));
    }
    if (points.length > 0) box = intersect(box, extent(points));
  }
  return box;
}

function readPath(m: PdfiumModule, object: number, outer: Matrix, page: PageBuilder, scratch: Scratch): void {
  m._FPDFPath_GetDrawMode(object, scratch.ptr, scratch.ptr + 4);
  const filled = scratch.i32(0) !== 0;
  const stroked = scratch.i32(1) !== 0;
  if (!filled && !stroked) return;
  const clip = clipOf(m, object, outer, scratch);
  const paths = subpathsOf(m, object, multiply(outer, objectMatrix(m, object, scratch)), scratch);
  for (const path of paths) page.shape(path, clip, filled && !stroked && paths.length === 1);
}

function objectMatrix(m: PdfiumModule, object: number, scratch: Scratch): Matrix {
  if (m._FPDFPageObj_GetMatrix(object, scratch.ptr + 32) !== 1) return IDENTITY;
  return [scratch.f32(8), scratch.f32(9), scratch.f32(10), scratch.f32(11), scratch.f32(12), scratch.f32(13)];
}

/** Paths of a page or form, forms followed into (their objects are placed by the form's matrix). */
function readObjects(
  m: PdfiumModule,
  count: number,
  get: (i: number) => number,
  outer: Matrix,
  page: PageBuilder,
  scratch: Scratch,
  depth: number,
): void {
  for (let i = 0; i < count; i++) {
    const object = get(i);
    const type = m._FPDFPageObj_GetType(object);
    if (type === OBJECT_PATH) readPath(m, object, outer, page, scratch);
    else if (type === OBJECT_IMAGE) page.image();
    else if (type === OBJECT_FORM && depth < 8) {
      const inner = multiply(outer, objectMatrix(m, object, scratch));
      readObjects(
        m,
        m._FPDFFormObj_CountObjects(object),
        (k) => m._FPDFFormObj_GetObject(object, k),
        inner,
        page,
        scratch,
        depth + 1,
      );
    }
  }
}

/** The pages of a PDF read with PDFium, as the same plain data the pdf.js reader gives. */
export async function extractPagesWithPdfium(
  bytes: Uint8Array,
  name: string,
  maxPages: number,
  share: PageShare = { index: 0, count: 1 },
): Promise<PageContent[]> {
  try {
    return await readDocument(await loadPdfium(), bytes, name, maxPages, share);
  } catch (error) {
    // WebAssembly.RuntimeError: a trap (out-of-bounds access, unreachable) on a damaged file.
    if (!(error instanceof Error) || error.name !== 'RuntimeError') throw error;
    forgetPdfium();
    if (tookHeapLimit()) throw heapLimitError(name);
    throw new InputError(`${name}: corrupt or truncated PDF (${error.message})`);
  }
}

/** The page's visible box (its crop box within its media box), in device space. */
function visibleBox(m: PdfiumModule, page: number, turn: Matrix, scratch: Scratch): Box | null {
  if (m._FPDF_GetPageBoundingBox(page, scratch.ptr + 128) !== 1) return null;
  // FS_RECTF: left, top, right, bottom.
  const [left, top, right, bottom] = [scratch.f32(32), scratch.f32(33), scratch.f32(34), scratch.f32(35)];
  return extent([
    apply(turn, left, bottom),
    apply(turn, right, bottom),
    apply(turn, right, top),
    apply(turn, left, top),
  ]);
}

async function readDocument(
  m: PdfiumModule,
  bytes: Uint8Array,
  name: string,
  maxPages: number,
  share: PageShare,
): Promise<PageContent[]> {
  const data = m.wasmExports.malloc(bytes.length);
  m.HEAPU8.set(bytes, data);
  const doc = m._FPDF_LoadMemDocument(data, bytes.length, 0);
  if (!doc) {
    m.wasmExports.free(data);
    if (m._FPDF_GetLastError() === PASSWORD_ERROR)
      throw new InputError(`${name}: encrypted PDF: it needs a password; save an unprotected copy`);
    throw new InputError(`${name}: corrupt or truncated PDF (${LOAD_ERRORS[m._FPDF_GetLastError()] ?? 'unreadable'})`);
  }
  const scratch = new Scratch(m);
  try {
    const count = m._FPDF_GetPageCount(doc);
    if (count > maxPages)
      throw new InputError(
        `${name}: the number of pages is ${count}; the limit is ${maxPages} (raise it with --max-pages)`,
      );
    const pages: PageContent[] = [];
    for (let p = share.index; p < count; p += share.count) {
      const handle = m._FPDF_LoadPage(doc, p);
      const text = m._FPDFText_LoadPage(handle);
      const rotation = pageRotation(m, text, m._FPDFText_CountChars(text));
      const turn = rotation === 0 ? IDENTITY : unrotate(rotation);
      const page = new PageBuilder();
      const objects = m._FPDFPage_CountObjects(handle);
      // A page without text has no table to read: its shapes (a scan, glyphs drawn as outlines) are only counted.
      if (m._FPDFText_CountChars(text) > 0)
        readObjects(m, objects, (i) => m._FPDFPage_GetObject(handle, i), turn, page, scratch, 0);
      else page.unread(objects);
      readChars(m, text, page, turn, scratch);
      const box = visibleBox(m, handle, turn, scratch);
      m._FPDFText_ClosePage(text);
      m._FPDF_ClosePage(handle);
      const { lines, items, drawn, images } = page.finish(foldLigatures, box);
      pages.push(
        rotation === 0
          ? { page: p + 1, lines, items, drawn, images }
          : { page: p + 1, lines, items, drawn, images, rotation },
      );
    }
    return pages;
  } finally {
    scratch.free();
    m._FPDF_CloseDocument(doc);
    m.wasmExports.free(data);
  }
}
