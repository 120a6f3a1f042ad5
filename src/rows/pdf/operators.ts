// One pass over a page's operator list gives both what the table needs: the ruling
// lines (stroked or thin filled paths) and the positioned text (the glyphs of each
// text-showing operator, laid out as pdf.js's canvas lays them out). Asking pdf.js
// for the text content as well would evaluate every page's content a second time,
// which was half of the time spent on a PDF.
import type { Segment, TextItem } from './page-grid.js';

type Matrix = [number, number, number, number, number, number];

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

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m1: Matrix, m2: Readonly<Matrix>): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

const isMatrix = (value: unknown): value is Matrix =>
  value !== null && typeof value === 'object' && (value as ArrayLike<number>).length === 6 && Number.isFinite((value as ArrayLike<number>)[0]);

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

/** The matrix that turns content drawn at `degrees` (a multiple of 90) back upright. */
function unrotate(degrees: number): Matrix {
  const r = (-degrees * Math.PI) / 180;
  const c = Math.round(Math.cos(r));
  const s = Math.round(Math.sin(r));
  return [c, s, -s, c, 0, 0];
}

/**
 * The direction most of the page's text runs in, in quarter turns as degrees (0, 90,
 * 180, 270): a quick pass over the matrices only, weighted by the glyphs shown.
 */
function textRotation(ops: OperatorList, OPS: OperatorCodes): number {
  const votes = [0, 0, 0, 0];
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  let tm: Matrix = IDENTITY;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = (ops.argsArray[i] ?? []) as unknown[];
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (fn === OPS.paintFormXObjectBegin && isMatrix(args[0])) ctm = multiply(ctm, args[0]);
    } else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && isMatrix(args)) ctm = multiply(ctm, args);
    else if (fn === OPS.beginText) tm = IDENTITY;
    else if (fn === OPS.setTextMatrix) {
      const m = isMatrix(args[0]) ? args[0] : isMatrix(args) ? args : undefined;
      if (m) tm = [m[0], m[1], m[2], m[3], m[4], m[5]];
    } else if (fn === OPS.showText && Array.isArray(args[0])) {
      const d = multiply(ctm, tm);
      const quarter = ((Math.round(Math.atan2(d[1], d[0]) / (Math.PI / 2)) % 4) + 4) % 4;
      votes[quarter] = (votes[quarter] as number) + (args[0] as unknown[]).length;
    }
  }
  const total = votes.reduce((a, b) => a + b, 0);
  const best = votes.indexOf(Math.max(...votes));
  return total > 0 && best !== 0 && (votes[best] as number) > total / 2 ? best * 90 : 0;
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

// pdf.js's path data: each drawing op followed by its points (user space).
const DRAW_MOVE = 0;
const DRAW_LINE = 1;
const DRAW_CURVE = 2;
const DRAW_CLOSE = 3;

/** A subpath's points in device space; `curved` where a curve joined two of them. */
interface Subpath {
  points: Array<[number, number]>;
  straight: boolean[];
  closed: boolean;
}

/** Splits pdf.js's path data into subpaths, in device space. */
function subpaths(data: ArrayLike<number>, ctm: Matrix): Subpath[] {
  const out: Subpath[] = [];
  let current: Subpath | undefined;
  for (let i = 0; i < data.length; ) {
    const op = data[i++];
    if (op === DRAW_MOVE || op === DRAW_LINE) {
      const point = apply(ctm, data[i] as number, data[i + 1] as number);
      i += 2;
      if (op === DRAW_MOVE || !current) {
        current = { points: [point], straight: [], closed: false };
        out.push(current);
      } else {
        current.points.push(point);
        current.straight.push(true);
      }
    } else if (op === DRAW_CURVE) {
      const point = apply(ctm, data[i + 4] as number, data[i + 5] as number);
      i += 6;
      if (current) {
        current.points.push(point);
        current.straight.push(false);
      }
    } else if (op === DRAW_CLOSE) {
      if (current) current.closed = true;
    } else return out; // a layout this reader does not know: stop rather than misread
  }
  return out;
}

const level = (a: [number, number], b: [number, number]) => Math.abs(a[1] - b[1]) < 0.5 || Math.abs(a[0] - b[0]) < 0.5;

/** A subpath drawn as a rectangle: four corners joined by axis-aligned straight sides. */
function rectangleOf(path: Subpath): [number, number, number, number] | null {
  const pts = path.points.length === 5 && Math.hypot(path.points[4]![0] - path.points[0]![0], path.points[4]![1] - path.points[0]![1]) < 0.5 ? path.points.slice(0, 4) : path.points;
  if (pts.length !== 4 || !path.straight.every(Boolean)) return null;
  for (let k = 0; k < 4; k++) if (!level(pts[k] as [number, number], pts[(k + 1) % 4] as [number, number])) return null;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
}

/** A rectangle's contribution: a thin one is a rule; a stroked one, its four sides. */
function rectangleRules([l, r, b, t]: [number, number, number, number], stroked: boolean, lines: Segment[]): void {
  const w = r - l;
  const h = t - b;
  if ((stroked && (w < 0.5 || h < 0.5)) || (!stroked && (w <= 2 || h <= 2))) {
    if (w >= h) lines.push({ x1: l, y1: (b + t) / 2, x2: r, y2: (b + t) / 2 });
    else lines.push({ x1: (l + r) / 2, y1: b, x2: (l + r) / 2, y2: t });
  } else if (stroked) {
    lines.push({ x1: l, y1: t, x2: r, y2: t }, { x1: l, y1: b, x2: r, y2: b }, { x1: l, y1: b, x2: l, y2: t }, { x1: r, y1: b, x2: r, y2: t });
  }
}

/**
 * Borders are stroked lines, thin filled rectangles, or stroked rectangles; a
 * producer may draw a whole grid as one path of many subpaths, so each subpath is
 * read, not the path's bounding box.
 */
function ruling(args: unknown[], ctm: Matrix, OPS: OperatorCodes, lines: Segment[]): void {
  const op = args[0] as number;
  const stroked = op === OPS.stroke || op === OPS.closeStroke;
  const filled = op === OPS.fill || op === OPS.eoFill;
  if (!stroked && !filled) return;
  const data = (args[1] as ArrayLike<unknown> | undefined)?.[0] as ArrayLike<number> | undefined;
  if (data === undefined || typeof data.length !== 'number') return boundingBoxRule(args, ctm, stroked, lines);
  for (const path of subpaths(data, ctm)) {
    const rect = rectangleOf(path);
    if (rect) {
      rectangleRules(rect, stroked, lines);
      continue;
    }
    if (!stroked) continue;
    const { points, straight } = path;
    const sides = points.length - 1 + (path.closed ? 1 : 0);
    for (let k = 0; k < sides; k++) {
      if (k < straight.length && !straight[k]) continue;
      const a = points[k] as [number, number];
      const b = points[(k + 1) % points.length] as [number, number];
      if (Math.abs(a[1] - b[1]) < 0.5 && Math.abs(a[0] - b[0]) > 0) lines.push({ x1: Math.min(a[0], b[0]), y1: (a[1] + b[1]) / 2, x2: Math.max(a[0], b[0]), y2: (a[1] + b[1]) / 2 });
      else if (Math.abs(a[0] - b[0]) < 0.5 && Math.abs(a[1] - b[1]) > 0) lines.push({ x1: (a[0] + b[0]) / 2, y1: Math.min(a[1], b[1]), x2: (a[0] + b[0]) / 2, y2: Math.max(a[1], b[1]) });
    }
  }
}

/** Paths given only as a bounding box (older pdf.js layouts): the box as one rectangle. */
function boundingBoxRule(args: unknown[], ctm: Matrix, stroked: boolean, lines: Segment[]): void {
  const mm = args[2] as ArrayLike<number> | undefined;
  if (!mm || !Number.isFinite(mm[0] as number)) return;
  const [x1, y1] = apply(ctm, mm[0] as number, mm[1] as number);
  const [x2, y2] = apply(ctm, mm[2] as number, mm[3] as number);
  rectangleRules([Math.min(x1, x2), Math.max(x1, x2), Math.min(y1, y2), Math.max(y1, y2)], stroked, lines);
}
