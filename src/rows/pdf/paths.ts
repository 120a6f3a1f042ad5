// Ruling lines from a page's paths: stroked lines, thin filled rectangles (a browser's
// borders), stroked rectangles, and paths made of many subpaths (a whole grid drawn
// in one go), read from pdf.js's path data subpath by subpath.
import { apply, type Matrix } from './matrix.js';
import type { OperatorCodes } from './operators.js';
import type { Segment } from './page-grid.js';

/** Where rules go (the page builder). */
export interface RuleSink {
  rule(segment: Segment): void;
}

// pdf.js's path data: each drawing op followed by its points (user space).
const DRAW_MOVE = 0;
const DRAW_LINE = 1;
const DRAW_CURVE = 2;
const DRAW_CLOSE = 3;

/** A subpath's points in device space; `straight` false where a curve joined two of them. */
export interface Subpath {
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
  const pts =
    path.points.length === 5 &&
    Math.hypot(
      (path.points[4] as [number, number])[0] - (path.points[0] as [number, number])[0],
      (path.points[4] as [number, number])[1] - (path.points[0] as [number, number])[1],
    ) < 0.5
      ? path.points.slice(0, 4)
      : path.points;
  if (pts.length !== 4 || !path.straight.every(Boolean)) return null;
  for (let k = 0; k < 4; k++) if (!level(pts[k] as [number, number], pts[(k + 1) % 4] as [number, number])) return null;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
}

/** A rectangle's contribution: a thin one is a rule; a stroked one, its four sides. */
function rectangleRules([l, r, b, t]: [number, number, number, number], stroked: boolean, lines: RuleSink): void {
  const w = r - l;
  const h = t - b;
  if ((stroked && (w < 0.5 || h < 0.5)) || (!stroked && (w <= 2 || h <= 2))) {
    if (w >= h) lines.rule({ x1: l, y1: (b + t) / 2, x2: r, y2: (b + t) / 2 });
    else lines.rule({ x1: (l + r) / 2, y1: b, x2: (l + r) / 2, y2: t });
  } else if (stroked) {
    for (const side of [
      { x1: l, y1: t, x2: r, y2: t },
      { x1: l, y1: b, x2: r, y2: b },
      { x1: l, y1: b, x2: l, y2: t },
      { x1: r, y1: b, x2: r, y2: t },
    ])
      lines.rule(side);
  }
}

/**
 * Borders are stroked lines, thin filled rectangles, or stroked rectangles; a
 * producer may draw a whole grid as one path of many subpaths, so each subpath is
 * read, not the path's bounding box.
 */
export function ruling(args: unknown[], ctm: Matrix, OPS: OperatorCodes, lines: RuleSink): void {
  const op = args[0] as number;
  const stroked = op === OPS.stroke || op === OPS.closeStroke;
  const filled = op === OPS.fill || op === OPS.eoFill;
  if (!stroked && !filled) return;
  const data = (args[1] as ArrayLike<unknown> | undefined)?.[0] as ArrayLike<number> | undefined;
  if (data === undefined || typeof data.length !== 'number') {
    boundingBoxRule(args, ctm, stroked, lines);
    return;
  }
  rulesOf(subpaths(data, ctm), stroked, lines);
}

/** The rules a painted path's subpaths draw (any engine's paths, once in device space). */
export function rulesOf(paths: readonly Subpath[], stroked: boolean, lines: RuleSink): void {
  for (const path of paths) {
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
      if (Math.abs(a[1] - b[1]) < 0.5 && Math.abs(a[0] - b[0]) > 0)
        lines.rule({
          x1: Math.min(a[0], b[0]),
          y1: (a[1] + b[1]) / 2,
          x2: Math.max(a[0], b[0]),
          y2: (a[1] + b[1]) / 2,
        });
      else if (Math.abs(a[0] - b[0]) < 0.5 && Math.abs(a[1] - b[1]) > 0)
        lines.rule({
          x1: (a[0] + b[0]) / 2,
          y1: Math.min(a[1], b[1]),
          x2: (a[0] + b[0]) / 2,
          y2: Math.max(a[1], b[1]),
        });
    }
  }
}

/** Paths given only as a bounding box (older pdf.js layouts): the box as one rectangle. */
function boundingBoxRule(args: unknown[], ctm: Matrix, stroked: boolean, lines: RuleSink): void {
  const mm = args[2] as ArrayLike<number> | undefined;
  if (!mm || !Number.isFinite(mm[0] as number)) return;
  const [x1, y1] = apply(ctm, mm[0] as number, mm[1] as number);
  const [x2, y2] = apply(ctm, mm[2] as number, mm[3] as number);
  rectangleRules([Math.min(x1, x2), Math.max(x1, x2), Math.min(y1, y2), Math.max(y1, y2)], stroked, lines);
}
