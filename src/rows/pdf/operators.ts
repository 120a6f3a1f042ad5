// One pass over a page's operator list gives both what the table needs: the ruling
// lines (stroked or thin filled paths) and the positioned text (the glyphs of each
// text-showing operator, laid out as pdf.js's canvas lays them out). Asking pdf.js
// for the text content as well would evaluate every page's content a second time,
// which was half of the time spent on a PDF.
import { apply, IDENTITY, isMatrix, multiply, type Matrix } from './matrix.js';
import type { Segment, TextItem } from './page-grid.js';
import { ruling } from './paths.js';
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

// pdf.js's own thresholds for text content, in ems: a gap wider than TRACKING is a
// space between words; wider than NEW_ITEM, a separate piece of text (another cell).
const TRACKING = 0.102;
const NEW_ITEM = 0.6;

const num = (value: unknown, fallback = 0): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

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
  return { matrix: IDENTITY, x: 0, y: 0, lineX: 0, lineY: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0, font: { bold: false }, fontSize: 0, direction: 1 };
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
): { lines: Segment[]; items: TextItem[]; rotation: number } {
  const lines: Segment[] = [];
  const items: PendingItem[] = [];
  // Content drawn turned (a driver that rotates instead of setting /Rotate) is turned
  // back first, so that lines of text run left to right and rows top to bottom.
  const rotation = textRotation(ops, OPS);
  let ctm: Matrix = rotation === 0 ? IDENTITY : unrotate(rotation);
  const stack: Matrix[] = [];
  // The text state survives save/restore in pdf.js's renderer too (it is part of the
  // graphics state there, but text objects do not span them in practice).
  let text = newTextState();
  let open: PendingItem | undefined;

  const flush = (): void => {
    if (open && open.text.trim() !== '') items.push(open);
    open = undefined;
  };

  const showText = (glyphs: ReadonlyArray<Glyph | number>): void => {
    const t = text;
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
      if (chars === '') continue;
      // A space is the gap it leaves, not text of its own: it neither starts an item
      // nor moves where the item's text ends (a line's trailing space would make a
      // short line look full).
      if (chars.trim() === '') {
        if (open && !/\s$/.test(open.text)) open.text += ' ';
        continue;
      }
      const gap = open ? (gx - open.end) / Math.max(1e-6, fontSize) : 0;
      const sameLine = open !== undefined && Math.abs(gy - open.y) < 0.25 * Math.max(1, fontSize) && open.bold === t.font.bold;
      if (!open || !sameLine || gap > NEW_ITEM || gap < -NEW_ITEM) {
        flush();
        open = { text: chars, x: gx, y: gy, width: 0, fontSize, bold: t.font.bold, end: gx, cuts: [] };
      } else {
        if (gap > TRACKING && !/\s$/.test(open.text) && !/^\s/.test(chars)) open.text += ' ';
        // Where a word starts, the item may be cut if a column border runs between the words.
        if (/\s$/.test(open.text)) open.cuts.push({ at: open.text.length, x: gx, before: open.end });
        open.text += chars;
      }
      open.end = gx + glyphWidth * advanceScale;
      open.width = open.end - open.x;
    }
    t.x += x * t.hScale;
  };

  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = (ops.argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case OPS.save:
        stack.push(ctm);
        break;
      case OPS.restore:
        ctm = stack.pop() ?? ctm;
        break;
      case OPS.transform:
        if (isMatrix(args)) ctm = multiply(ctm, args);
        break;
      case OPS.paintFormXObjectBegin:
        stack.push(ctm);
        if (isMatrix(args[0])) ctm = multiply(ctm, args[0]);
        break;
      case OPS.paintFormXObjectEnd:
        ctm = stack.pop() ?? ctm;
        break;
      case OPS.constructPath:
        ruling(args, ctm, OPS, lines);
        break;
      case OPS.beginText:
        text = { ...text, matrix: IDENTITY, x: 0, y: 0, lineX: 0, lineY: 0 };
        break;
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
        if (m) text = { ...text, matrix: [m[0], m[1], m[2], m[3], m[4], m[5]], x: 0, y: 0, lineX: 0, lineY: 0 };
        break;
      }
      case OPS.showText:
        if (Array.isArray(args[0])) showText(args[0] as Array<Glyph | number>);
        break;
    }
  }
  flush();
  return { lines, items: cutAtColumns(items, lines).map((i) => ({ ...finished(i), text: normalize(i.text) })), rotation };
}

/** A text item while the page is read: where its words start, to cut it at a column border. */
interface PendingItem extends TextItem {
  end: number;
  cuts: Array<{ at: number; x: number; before: number }>;
}

const finished = ({ text, x, y, width, fontSize, bold }: PendingItem): TextItem => ({ text, x, y, width, fontSize, bold });

/**
 * pdf.js joins glyphs closer than 0.6 em into one item, and a browser leaves less
 * than that between a cell's text and the next cell's («10» | «Забезпечити»): an item
 * that runs across a vertical rule is cut at the word boundary over it.
 */
function cutAtColumns(items: PendingItem[], lines: readonly Segment[]): PendingItem[] {
  const verticals = lines.filter((s) => Math.abs(s.x1 - s.x2) < 0.5 && Math.abs(s.y2 - s.y1) > 3);
  if (verticals.length === 0) return items;
  const out: PendingItem[] = [];
  for (const item of items) {
    let rest = item;
    for (;;) {
      const crossing = verticals.find((v) => v.x1 > rest.x + 1 && v.x1 < rest.end - 1 && rest.y >= Math.min(v.y1, v.y2) - 1 && rest.y <= Math.max(v.y1, v.y2) + 1);
      const cut = crossing && rest.cuts.find((c) => c.before <= crossing.x1 + 1 && c.x >= crossing.x1 - 1);
      if (!cut) break;
      out.push({ ...rest, text: rest.text.slice(0, cut.at).trimEnd(), width: cut.before - rest.x, end: cut.before, cuts: rest.cuts.filter((c) => c.at < cut.at) });
      const shift = cut.at;
      rest = { ...rest, text: rest.text.slice(shift), x: cut.x, width: rest.end - cut.x, cuts: rest.cuts.filter((c) => c.at > shift).map((c) => ({ ...c, at: c.at - shift })) };
    }
    out.push(rest);
  }
  return out;
}

function moveText(t: TextState, x: number, y: number): void {
  t.lineX += x;
  t.lineY += y;
  t.x = t.lineX;
  t.y = t.lineY;
}
