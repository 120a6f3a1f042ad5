// Rules from what a page shows, not from which operator drew them (pdfplumber's
// edges): every painted shape is normalised to axis-aligned edges, then pieces on
// one line are joined, parallel edges closer than any two columns of text could be
// are snapped into one, and what is still short, or outside the page, is dropped.
// A browser's bevelled border side, WeasyPrint's clipped ring, a dotted or dashed
// border, a 3 pt rule, the two lines of a double or separate border all come out as
// the one boundary a reader sees. Every tolerance is named here, with its reason.
import type { Segment, TextItem } from './page-grid.js';
import { isUnderline, textLines } from './underlines.js';

/** A subpath in device space; `straight[k]` is false where a curve joins points k and k+1. */
export interface Subpath {
  points: Array<[number, number]>;
  straight: boolean[];
  closed: boolean;
}

/** The page's visible area (its crop box within its media box), in device space. */
export interface Box {
  left: number;
  bottom: number;
  right: number;
  top: number;
}

/** The tolerances, in points unless said otherwise. */
export const TOLERANCES = {
  /** A shape at most this thick, and `ruleAspect` times as long, is a rule along its middle: a thin
   * rectangle, a border side with mitred ends (a quadrilateral), a rule up to a few points thick. */
  ruleThickness: 6,
  ruleAspect: 3,
  /** A shape at most this large both ways is a dot or dash of a dotted or dashed line. */
  dotSize: 3,
  /** Pieces on one line (dots, dashes, a border drawn per cell) join across gaps up to this, or up
   * to the length of the pieces either side (dashes of a thick dashed line), but never over `dashMax`. */
  joinGap: 4,
  dashMax: 12,
  /** Edges off one line by less than this are on it (the half-point a pen rounds to). */
  level: 0.6,
  /** Parallel edges closer than this share of the page's usual font size are one boundary: a
   * double or separate border's two lines. Two columns of text are at least a letter apart. */
  snapShare: 0.45,
  /** ... but never closer than `snapMin` or further than `snapMax` apart. */
  snapMin: 2,
  snapMax: 5,
  /** Sides of two fills closer than this abut: the boundary between them is not drawn. */
  abut: 1,
  /** A joined edge shorter than this is no rule (a dash, a glyph's stem, a dot). */
  minLength: 6,
  /** An underline lies under its text's baseline by at most this share of the font size, and starts
   * at most `underlineStart` before the text (a rule starts at the cell's side, a padding away). */
  underlineDepth: 0.35,
  underlineStart: 1,
  /** An edge running outside the visible page by more than this is cut at its edge. */
  pageMargin: 1,
} as const;

/** An edge; `side` when it is a side of a shape that is not thin (a filled cell's), not a rule of its own. */
type Sink = (segment: Segment, side?: boolean) => void;

function bounds(points: ReadonlyArray<[number, number]>): Box {
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

const horizontalAt = (y: number, x1: number, x2: number): Segment => ({ x1, y1: y, x2, y2: y });
const verticalAt = (x: number, y1: number, y2: number): Segment => ({ x1: x, y1, x2: x, y2 });

/** A shape's middle line along its long axis. */
function middleLine(b: Box, sink: Sink): void {
  if (b.right - b.left >= b.top - b.bottom) sink(horizontalAt((b.bottom + b.top) / 2, b.left, b.right));
  else sink(verticalAt((b.left + b.right) / 2, b.bottom, b.top));
}

/** The axis-aligned straight sides of a subpath. */
function sidesOf(path: Subpath, sink: Sink): void {
  const { points, straight } = path;
  const sides = points.length - 1 + (path.closed ? 1 : 0);
  for (let k = 0; k < sides; k++) {
    if (k < straight.length && !straight[k]) continue;
    const a = points[k] as [number, number];
    const b = points[(k + 1) % points.length] as [number, number];
    if (Math.abs(a[1] - b[1]) < TOLERANCES.level && a[0] !== b[0])
      sink(horizontalAt((a[1] + b[1]) / 2, Math.min(a[0], b[0]), Math.max(a[0], b[0])), true);
    else if (Math.abs(a[0] - b[0]) < TOLERANCES.level && a[1] !== b[1])
      sink(verticalAt((a[0] + b[0]) / 2, Math.min(a[1], b[1]), Math.max(a[1], b[1])), true);
  }
}

/**
 * The edges one painted subpath shows. A thin shape is a rule along its middle; a
 * dot is a point on a dotted line (a tiny edge both ways, the joining makes the
 * line); anything else gives its straight axis-aligned sides, filled or stroked: a
 * filled cell's sides bound the cell, as pdfplumber reads every rectangle.
 */
export function edgesOfShape(path: Subpath, sink: Sink): void {
  if (path.points.length < 2) return;
  const b = bounds(path.points);
  const w = b.right - b.left;
  const h = b.top - b.bottom;
  const thin = Math.min(w, h);
  const long = Math.max(w, h);
  if (long <= TOLERANCES.dotSize) {
    middleLine(b, sink);
    if (w < h) sink(horizontalAt((b.bottom + b.top) / 2, b.left, b.right));
    else sink(verticalAt((b.left + b.right) / 2, b.bottom, b.top));
    return;
  }
  if (thin <= TOLERANCES.ruleThickness && long >= TOLERANCES.ruleAspect * Math.max(thin, 0.1)) {
    middleLine(b, sink);
    return;
  }
  sidesOf(path, sink);
}

/** A side of a filled shape (a cell's or a row's background), and which shape it belongs to. */
export interface FillSide {
  edge: Segment;
  shape: number;
}

/**
 * The sides of filled shapes a reader sees: where two fills abut (zebra rows filled
 * cell by cell, a filled header), the side they share is no boundary on the page;
 * where a fill meets the white of the page, it is.
 */
export function visibleSides(sides: readonly FillSide[]): Segment[] {
  const vertical = (s: Segment) => s.x1 === s.x2;
  const at = (s: Segment) => (vertical(s) ? s.x1 : s.y1);
  const span = (s: Segment): [number, number] =>
    vertical(s) ? [Math.min(s.y1, s.y2), Math.max(s.y1, s.y2)] : [Math.min(s.x1, s.x2), Math.max(s.x1, s.x2)];
  const shared = (a: FillSide, b: FillSide) => {
    if (a.shape === b.shape || vertical(a.edge) !== vertical(b.edge)) return false;
    if (Math.abs(at(a.edge) - at(b.edge)) > TOLERANCES.abut) return false;
    const [a1, a2] = span(a.edge);
    const [b1, b2] = span(b.edge);
    return Math.min(a2, b2) - Math.max(a1, b1) > 0.5 * Math.min(a2 - a1, b2 - b1);
  };
  // Sides are looked up among those on nearby lines only (buckets a point wide).
  const buckets = new Map<string, FillSide[]>();
  const key = (s: FillSide, shift: number) => `${vertical(s.edge) ? 'v' : 'h'}${Math.round(at(s.edge)) + shift}`;
  for (const s of sides) {
    const list = buckets.get(key(s, 0)) ?? [];
    if (list.length === 0) buckets.set(key(s, 0), list);
    list.push(s);
  }
  const near = (s: FillSide) => [-1, 0, 1].flatMap((d) => buckets.get(key(s, d)) ?? []);
  return sides.filter((s) => !near(s).some((t) => shared(s, t))).map((s) => s.edge);
}

/**
 * Pieces on one line joined across short gaps (dots, dashes, a border drawn cell by
 * cell): a gap no wider than `joinGap`, or than the pieces either side of it (a
 * thick dashed line leaves gaps as long as its dashes), up to `dashMax`.
 */
export function joinCollinear(edges: readonly Segment[], vertical: boolean): Segment[] {
  const at = (s: Segment) => (vertical ? s.x1 : s.y1);
  const from = (s: Segment) => (vertical ? Math.min(s.y1, s.y2) : Math.min(s.x1, s.x2));
  const to = (s: Segment) => (vertical ? Math.max(s.y1, s.y2) : Math.max(s.x1, s.x2));
  const { level, joinGap, dashMax } = TOLERANCES;
  // Pieces on one line first (positions a rounding apart are one line), then along it.
  const lines: Segment[][] = [];
  for (const s of [...edges].sort((a, b) => at(a) - at(b))) {
    const line = lines[lines.length - 1];
    if (line && at(s) - at(line[0] as Segment) < level) line.push(s);
    else lines.push([s]);
  }
  const out: Segment[] = [];
  for (const line of lines) {
    const place = at(line[0] as Segment);
    let open: { from: number; to: number; piece: number } | undefined;
    const close = () => {
      if (open) out.push(vertical ? verticalAt(place, open.from, open.to) : horizontalAt(place, open.from, open.to));
    };
    for (const s of line.sort((a, b) => from(a) - from(b))) {
      const piece = to(s) - from(s);
      const dash = Math.min(piece, open?.piece ?? 0);
      const gap = dash <= dashMax ? Math.max(joinGap, dash) : joinGap;
      if (open && from(s) <= open.to + gap) {
        open.to = Math.max(open.to, to(s));
        open.piece = piece;
      } else {
        close();
        open = { from: from(s), to: to(s), piece };
      }
    }
    close();
  }
  return out;
}

/**
 * Parallel edges closer than `snap` as one, at their middle, spanning both: the two
 * lines of a double or a separate border bound one pair of cells. Edges that only
 * touch end to end stay apart by their extent.
 */
export function snapParallel(edges: readonly Segment[], vertical: boolean, snap: number): Segment[] {
  const at = (s: Segment) => (vertical ? s.x1 : s.y1);
  const sorted = [...edges].sort((a, b) => at(a) - at(b));
  const groups: Segment[][] = [];
  for (const s of sorted) {
    const group = groups[groups.length - 1];
    if (group && at(s) - at(group[0] as Segment) <= snap) group.push(s);
    else groups.push([s]);
  }
  return groups.flatMap((group) => {
    const middle = group.reduce((sum, s) => sum + at(s), 0) / group.length;
    const placed = group.map((s) => (vertical ? { ...s, x1: middle, x2: middle } : { ...s, y1: middle, y2: middle }));
    return joinCollinear(placed, vertical);
  });
}

/** The edge within a box (the visible page, a clip path's extent), or null when it lies outside it. */
export function clip(s: Segment, box: Box, m: number = TOLERANCES.pageMargin): Segment | null {
  const x1 = Math.max(s.x1, box.left - m);
  const x2 = Math.min(s.x2, box.right + m);
  const y1 = Math.max(Math.min(s.y1, s.y2), box.bottom - m);
  const y2 = Math.min(Math.max(s.y1, s.y2), box.top + m);
  if (x1 > x2 || y1 > y2) return null;
  return s.y1 === s.y2 ? horizontalAt(s.y1, x1, x2) : verticalAt(s.x1, y1, y2);
}

/** How close two parallel edges may be and still be two boundaries, from the page's usual font size. */
export function snapTolerance(fontSize: number): number {
  const { snapShare, snapMin, snapMax } = TOLERANCES;
  return Math.min(snapMax, Math.max(snapMin, snapShare * fontSize));
}

/**
 * The page's rules: raw edges cut to the visible page, joined, the short ones and
 * underlines dropped, then parallel ones snapped into one.
 */
export function pageRules(
  edges: readonly Segment[],
  box: Box | null,
  items: readonly TextItem[],
): { rules: Segment[]; underlines: Segment[] } {
  const visible = box ? edges.flatMap((e) => clip(e, box) ?? []) : [...edges];
  const long = (s: Segment) => Math.hypot(s.x2 - s.x1, s.y2 - s.y1) >= TOLERANCES.minLength;
  const joined = (vertical: boolean) =>
    joinCollinear(
      visible.filter((s) => (vertical ? s.x1 === s.x2 : s.y1 === s.y2)),
      vertical,
    ).filter(long);
  // Short pieces go before snapping: a dotted line's dots would pull a rule beside it off its place;
  // and underlines too: one just under a rule would be snapped into it.
  const lines = textLines(items);
  const horizontals = joined(false);
  const hs = horizontals.filter((h) => !isUnderline(h, lines, TOLERANCES));
  const snap = snapTolerance(usualFontSize(items));
  return {
    rules: [...snapParallel(hs, false, snap), ...snapParallel(joined(true), true, snap)],
    underlines: horizontals.filter((h) => isUnderline(h, lines, TOLERANCES)),
  };
}

/** The font size most of the page's text is set in (by characters), 10 on a page without text. */
export function usualFontSize(items: readonly TextItem[]): number {
  const chars = new Map<number, number>();
  for (const i of items) chars.set(Math.round(i.fontSize), (chars.get(Math.round(i.fontSize)) ?? 0) + i.text.length);
  let best = 10;
  let most = 0;
  for (const [size, count] of chars) if (count > most || (count === most && size < best)) [best, most] = [size, count];
  return best;
}
