// Painted paths from pdf.js's operator list, as subpaths in device space, each handed
// with the clip it is painted under to the page builder, which makes edges of them
// (edges.ts). Which operator drew a border does not matter there, only its shape.
import type { Box, Subpath } from './edges.js';
import { apply, type Matrix } from './matrix.js';
import type { OperatorCodes } from './operators.js';

/** Where painted shapes go (the page builder). */
export interface ShapeSink {
  /** `background`: the path is one filled, unstroked subpath, a cell's or a row's fill. */
  shape(path: Subpath, clip: Box | null, background: boolean): void;
}

// pdf.js's path data: each drawing op followed by its points (user space).
const DRAW_MOVE = 0;
const DRAW_LINE = 1;
const DRAW_CURVE = 2;
const DRAW_CLOSE = 3;

/** Splits pdf.js's path data into subpaths, in device space. */
export function subpaths(data: ArrayLike<number>, ctm: Matrix): Subpath[] {
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

/** The extent of some points, as a box. */
export function extent(points: ReadonlyArray<readonly [number, number]>): Box {
  let left = Infinity;
  let bottom = Infinity;
  let right = -Infinity;
  let top = -Infinity;
  for (const [x, y] of points) {
    left = Math.min(left, x);
    right = Math.max(right, x);
    bottom = Math.min(bottom, y);
    top = Math.max(top, y);
  }
  return { left, bottom, right, top };
}

/** Two boxes' common part (a clip inside a clip); null stands for no clip at all. */
export function intersect(a: Box | null, b: Box): Box {
  if (!a) return b;
  return {
    left: Math.max(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
    top: Math.min(a.top, b.top),
  };
}

/** The device-space points of pdf.js's path data, or of its bounding box (older layouts). */
function pathOf(args: unknown[], ctm: Matrix): Subpath[] {
  const data = (args[1] as ArrayLike<unknown> | undefined)?.[0] as ArrayLike<number> | undefined;
  if (data !== undefined && typeof data.length === 'number') return subpaths(data, ctm);
  const mm = args[2] as ArrayLike<number> | undefined;
  if (!mm || !Number.isFinite(mm[0] as number)) return [];
  const [x1, y1, x2, y2] = [mm[0], mm[1], mm[2], mm[3]] as number[];
  const corners: Array<[number, number]> = [
    apply(ctm, x1 as number, y1 as number),
    apply(ctm, x2 as number, y1 as number),
    apply(ctm, x2 as number, y2 as number),
    apply(ctm, x1 as number, y2 as number),
  ];
  return [{ points: corners, straight: [true, true, true], closed: true }];
}

const PAINTING = [
  'stroke',
  'closeStroke',
  'fill',
  'eoFill',
  'fillStroke',
  'eoFillStroke',
  'closeFillStroke',
  'closeEOFillStroke',
] as const;

/**
 * A constructPath operator: its subpaths go to the builder if it paints (fills or
 * strokes). The new clip it sets, if the operator before it asked for one (`W n`),
 * is returned: the clip applies to what is painted after it.
 */
export function paintPath(
  args: unknown[],
  ctm: Matrix,
  OPS: OperatorCodes,
  clip: Box | null,
  clipping: boolean,
  sink: ShapeSink,
): Box | null {
  const op = args[0] as number;
  const paints = PAINTING.some((name) => OPS[name] === op);
  if (!paints && !clipping) return clip;
  const paths = pathOf(args, ctm);
  const background = paths.length === 1 && (op === OPS.fill || op === OPS.eoFill);
  if (paints) for (const path of paths) sink.shape(path, clip, background);
  if (!clipping || paths.length === 0) return clip;
  return intersect(clip, extent(paths.flatMap((p) => p.points)));
}
