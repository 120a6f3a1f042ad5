// One pass over a page's operator list gives both what the table needs: the ruling
// lines (stroked or thin filled paths) and the positioned text (the glyphs of each
// text-showing operator, laid out as pdf.js's canvas lays them out). Asking pdf.js
// for the text content as well would evaluate every page's content a second time,
// which was half of the time spent on a PDF.
import { apply, IDENTITY, isMatrix, multiply, type Matrix } from './matrix.js';
import { PageBuilder } from './page-builder.js';
import type { Segment, TextItem } from './page-grid.js';
import type { Box } from './edges.js';
import { extent, paintPath } from './paths.js';
import { textRotation, unrotate } from './rotation.js';

/** The operator codes this reader acts on (pdf.js's `OPS`, by name). */
export interface OperatorCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  clip: number;
  eoClip: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  beginText: number;
  setCharSpacing: number;
  setWordSpacing: number;
  setHScale: number;
  setLeading: number;
  setFont: number;
  setTextRise: number;
  moveText: number;
  setLeadingMoveText: number;
  setTextMatrix: number;
  nextLine: number;
  showText: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
}

/** A glyph as pdf.js lists it in a showText operator; numbers are TJ position adjustments. */
export interface Glyph {
  unicode: string;
  width: number;
  isSpace?: boolean;
}

export interface FontInfo {
  bold: boolean;
  /** Glyph space to text space; 1/1000 for all but Type 3 fonts. */
  fontMatrix?: readonly number[] | undefined;
}

export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ReadonlyArray<unknown>;
}

const num = (value: unknown, fallback = 0): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

interface TextState {
  matrix: Matrix;
  x: number;
  y: number;
  lineX: number;
  lineY: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  font: FontInfo;
  fontSize: number;
  direction: number;
}

function newTextState(): TextState {
  return {
    matrix: IDENTITY,
    x: 0,
    y: 0,
    lineX: 0,
    lineY: 0,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
    font: { bold: false },
    fontSize: 0,
    direction: 1,
  };
}

/**
 * Ruling lines and text items of one page. `fontOf` names a font's weight and
 * matrix; `normalize` is applied to each item's text (pdf.js's ligature folding).
 */
export function readOperators(
  ops: OperatorList,
  OPS: OperatorCodes,
  fontOf: (name: string) => FontInfo,
  normalize: (text: string) => string = (t) => t,
  view?: readonly number[],
): { lines: Segment[]; items: TextItem[]; rotation: number; drawn: number; images: number } {
  const page = new PageBuilder();
  // Content drawn turned (a driver that rotates instead of setting /Rotate) is turned
  // back first, so that lines of text run left to right and rows top to bottom.
  const rotation = textRotation(ops, OPS);
  let ctm: Matrix = rotation === 0 ? IDENTITY : unrotate(rotation);
  // The graphics state this reader needs: the matrix and the extent of the clip.
  let clip: Box | null = null;
  let clipping = false; // a clip operator waits for the path it clips to
  const stack: Array<{ ctm: Matrix; clip: Box | null }> = [];
  const hasText = Array.prototype.includes.call(ops.fnArray, OPS.showText);
  // The text state survives save/restore in pdf.js's renderer too (it is part of the
  // graphics state there, but text objects do not span them in practice).
  let text = newTextState();
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = (ops.argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case OPS.save:
        stack.push({ ctm, clip });
        break;
      case OPS.restore:
        ({ ctm, clip } = stack.pop() ?? { ctm, clip });
        break;
      case OPS.transform:
        if (isMatrix(args)) ctm = multiply(ctm, args);
        break;
      case OPS.paintFormXObjectBegin:
        stack.push({ ctm, clip });
        if (isMatrix(args[0])) ctm = multiply(ctm, args[0]);
        break;
      case OPS.paintFormXObjectEnd:
        ({ ctm, clip } = stack.pop() ?? { ctm, clip });
        break;
      case OPS.clip:
      case OPS.eoClip:
        clipping = true;
        break;
      case OPS.constructPath:
        // A page without text has no table to read: its shapes are only counted.
        if (hasText) clip = paintPath(args, ctm, OPS, clip, clipping, page);
        else page.unread(1);
        clipping = false;
        break;
      case OPS.paintImageXObject:
      case OPS.paintInlineImageXObject:
      case OPS.paintImageMaskXObject:
        page.image();
        break;
      case OPS.showText:
        if (Array.isArray(args[0])) showText(page, text, ctm, args[0] as Array<Glyph | number>, clip);
        break;
      default:
        text = textOperator(fn, args, text, OPS, fontOf);
    }
  }
  const turn = rotation === 0 ? IDENTITY : unrotate(rotation);
  const box = view && view.length === 4 ? visibleBox(view, turn) : null;
  return { ...page.finish(normalize, box), rotation };
}

/** The page's visible box ([x1, y1, x2, y2] in user space) in device space. */
export function visibleBox(view: readonly number[], turn: Matrix): Box {
  const [x1, y1, x2, y2] = view as [number, number, number, number];
  return extent([apply(turn, x1, y1), apply(turn, x2, y1), apply(turn, x2, y2), apply(turn, x1, y2)]);
}

/** The text state after a text-state or text-positioning operator (unchanged for any other). */
function textOperator(
  fn: number | undefined,
  args: unknown[],
  text: TextState,
  OPS: OperatorCodes,
  fontOf: (name: string) => FontInfo,
): TextState {
  switch (fn) {
    case OPS.beginText:
      return { ...text, matrix: IDENTITY, x: 0, y: 0, lineX: 0, lineY: 0 };
    case OPS.setCharSpacing:
      text.charSpacing = num(args[0]);
      break;
    case OPS.setWordSpacing:
      text.wordSpacing = num(args[0]);
      break;
    case OPS.setHScale:
      text.hScale = num(args[0], 100) / 100;
      break;
    case OPS.setLeading:
      text.leading = -num(args[0]);
      break;
    case OPS.setTextRise:
      text.rise = num(args[0]);
      break;
    case OPS.setFont: {
      const size = num(args[1]);
      text.font = typeof args[0] === 'string' ? fontOf(args[0]) : { bold: false };
      text.fontSize = Math.abs(size);
      text.direction = size < 0 ? -1 : 1;
      break;
    }
    case OPS.setLeadingMoveText:
      text.leading = num(args[1]);
      moveText(text, num(args[0]), num(args[1]));
      break;
    case OPS.moveText:
      moveText(text, num(args[0]), num(args[1]));
      break;
    case OPS.nextLine:
      moveText(text, 0, text.leading);
      break;
    case OPS.setTextMatrix: {
      const m = isMatrix(args[0]) ? args[0] : isMatrix(args) ? args : undefined;
      if (m) return { ...text, matrix: [m[0], m[1], m[2], m[3], m[4], m[5]], x: 0, y: 0, lineX: 0, lineY: 0 };
      break;
    }
  }
  return text;
}

/** Each glyph of a shown string onto the page, at its device position; the text position advances. */
function showText(
  page: PageBuilder,
  t: TextState,
  ctm: Matrix,
  glyphs: ReadonlyArray<Glyph | number>,
  clip: Box | null,
): void {
  if (t.fontSize === 0) return;
  const device = multiply(ctm, t.matrix);
  const advanceScale = Math.hypot(device[0], device[1]) * t.hScale; // text-space x to device length
  const fontSize = t.fontSize * Math.hypot(device[2], device[3]);
  const perUnit = t.fontSize * num(t.font.fontMatrix?.[0], 0.001);
  let x = 0; // advance in text space, before horizontal scaling
  for (const glyph of glyphs) {
    if (typeof glyph === 'number') {
      x -= (glyph * t.fontSize) / 1000;
      continue;
    }
    if (glyph === null || typeof glyph !== 'object') continue;
    const [gx, gy] = apply(device, t.x + x * t.hScale, t.y + t.rise);
    const glyphWidth = num(glyph.width) * perUnit + ((glyph.isSpace ? t.wordSpacing : 0) + t.charSpacing) * t.direction;
    const chars = typeof glyph.unicode === 'string' ? glyph.unicode : '';
    x += glyphWidth;
    // Text a clip hides (the line a page break cuts, drawn again on the next page) is not on the page.
    if (clip && (gx < clip.left - 0.01 || gx > clip.right + 0.01 || gy < clip.bottom - 0.01 || gy > clip.top + 0.01))
      continue;
    page.glyph(chars, gx, gy, glyphWidth * advanceScale, fontSize, t.font.bold);
  }
  t.x += x * t.hScale;
}

function moveText(t: TextState, x: number, y: number): void {
  t.lineX += x;
  t.lineY += y;
  t.x = t.lineX;
  t.y = t.lineY;
}
