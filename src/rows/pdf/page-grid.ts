// One PDF page's table, rebuilt from its ruling lines and positioned text: the
// vertical lines give the columns, the horizontal ones the rows; a missing vertical
// line inside a row is a cell merged across columns, a missing horizontal line
// above a cell is a cell merged down. Pure geometry: plain data in, rows out.
import { SPANNED_CELL, type Cell } from '../row.js';
import { itemsToCell } from './cell-text.js';
import { rulesAcross, slotOf } from './rule-index.js';

/** A ruling line segment in PDF user space (y grows upwards). */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface TextItem {
  text: string;
  /** Baseline start. */
  x: number;
  y: number;
  width: number;
  fontSize: number;
  bold: boolean;
  /** An underline runs under it (edges' underlines, which are no rules). */
  underline?: boolean;
  /** A rule runs where its underline would: whether it has one is not known. */
  underlineHidden?: boolean;
  /** Where the words after the first start: [index in text, x, where the text before it ends]. */
  words?: Array<[number, number, number]>;
  /** Where a glyph stands apart from the one before without a space (page-builder's SEAM): the same places. */
  seams?: Array<[number, number, number]>;
}

export interface PageContent {
  page: number;
  lines: Segment[];
  items: TextItem[];
  /** Degrees the content was drawn turned by, and turned back (0 for upright pages). */
  rotation?: number;
  /** Shapes and images the page paints (text aside): a page without text that paints much is a scan or outlines. */
  drawn?: number;
  /** Images among them. */
  images?: number;
}

export interface PageTable {
  page: number;
  /** Text lines above the table (title, page headers). */
  before: Cell[];
  /** Table rows, top to bottom; cells covered by a merged cell are `spanned`. */
  rows: Cell[][];
  /** Text lines below the table (footnotes). */
  after: Cell[];
}

const SNAP = 2; // points within which two lines are the same line

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || v - last > SNAP) out.push(v);
  }
  return out;
}

const horizontal = (s: Segment) => Math.abs(s.y1 - s.y2) < 0.5 && Math.abs(s.x2 - s.x1) > 3;
const vertical = (s: Segment) => Math.abs(s.x1 - s.x2) < 0.5 && Math.abs(s.y2 - s.y1) > 3;
const within = (v: number, a: number, b: number, slack = 1) =>
  v >= Math.min(a, b) - slack && v <= Math.max(a, b) + slack;

/** Text outside the table as paragraphs: lines closer than 1.6 line heights belong together. */
function paragraphsOutside(items: readonly TextItem[]): Cell[] {
  const sorted = [...items].filter((i) => i.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const paragraphs: TextItem[][] = [];
  let lastY = Infinity;
  for (const item of sorted) {
    const current = paragraphs[paragraphs.length - 1];
    if (current && lastY - item.y < 1.6 * item.fontSize) current.push(item);
    else paragraphs.push([item]);
    lastY = item.y;
  }
  return paragraphs.map((p) => itemsToCell(p)).filter((c) => c.text !== '');
}

/**
 * A row cut by a page break may have no rule under it (a browser draws none), or
 * its continuation none above it: the cell borders still run down to the cut. So
 * the table reaches as far as its vertical lines do, and the text there stays in
 * its row instead of falling outside the table.
 */
function withOpenEnds(ys: number[], vs: readonly Segment[]): number[] {
  if (ys.length === 0 || vs.length === 0) return ys;
  const top = Math.max(...vs.map((s) => Math.max(s.y1, s.y2)));
  const bottom = Math.min(...vs.map((s) => Math.min(s.y1, s.y2)));
  const out = [...ys];
  if (top > (out[0] as number) + SNAP) out.unshift(top);
  if (bottom < (out[out.length - 1] as number) - SNAP) out.push(bottom);
  return out;
}

/**
 * A rule of the table ends where the vertical lines are: a horizontal that does not
 * reach one at both ends is no row's boundary. (Underlines are gone by now: edges.ts.)
 */
function tableRules(lines: readonly Segment[]): { hs: Segment[]; vs: Segment[] } {
  const vs = lines.filter(vertical);
  const slack = 1.5 * SNAP;
  const touches = (x: number, y: number) => vs.some((v) => Math.abs(v.x1 - x) <= slack && within(y, v.y1, v.y2, slack));
  const hs = lines.filter(horizontal).filter((h) => vs.length === 0 || (touches(h.x1, h.y1) && touches(h.x2, h.y1)));
  return { hs, vs };
}

interface Area {
  left: number;
  right: number;
}

/**
 * Each column's text area on the page: from where its text starts to as far inside
 * its right border as that is inside its left one (cell padding is the same both
 * sides), or as far as its text reaches if that is further; read from the cells of
 * that column alone. A column without text on the page keeps its borders.
 */
function textAreas(
  inside: readonly TextItem[][],
  regions: ReadonlyArray<{ col: number; cols: number }>,
  xs: readonly number[],
): Area[] {
  const areas: Area[] = xs.slice(0, -1).map(() => ({ left: Infinity, right: -Infinity }));
  regions.forEach((region, id) => {
    if (region.cols !== 1) return;
    const area = areas[region.col] as Area;
    const border = xs[region.col + 1] as number;
    for (const item of inside[id] ?? []) {
      area.left = Math.min(area.left, item.x);
      // Text run over the border (an unbreakable string) says nothing of where lines end.
      if (item.x + item.width <= border + 1) area.right = Math.max(area.right, item.x + item.width);
    }
  });
  return areas.map((a, c) => {
    const left = xs[c] as number;
    const right = xs[c + 1] as number;
    if (!(a.left < a.right)) return { left, right };
    return { left: a.left, right: Math.max(a.right, right - (a.left - left)) };
  });
}

/** A page's rules as a grid: column lines (left to right), row lines (top to bottom), the rows between. */
export interface Grid {
  xs: number[];
  ys: number[];
  bands: Array<{ top: number; bottom: number }>;
  hs: Segment[];
  vs: Segment[];
}

/** The grid a page's rules draw, or null when they draw no row. */
export function gridOf(content: PageContent): Grid | null {
  const { hs, vs } = tableRules(content.lines);
  const xs = cluster(vs.map((s) => s.x1));
  const ys = withOpenEnds(cluster(hs.map((s) => s.y1)).reverse(), vs); // top first
  if (ys.length < 2) return null;
  const bands = ys.slice(0, -1).map((y, i) => ({ top: y, bottom: ys[i + 1] as number }));
  return { xs, ys, bands, hs, vs };
}

export function pageTable(content: PageContent): PageTable {
  const grid = gridOf(content);
  if (!grid || grid.xs.length < 2)
    return { page: content.page, before: paragraphsOutside(content.items), rows: [], after: [] };
  const { xs, ys, bands, hs, vs } = grid;
  const top = ys[0] as number;
  const bottom = ys[ys.length - 1] as number;
  const left = xs[0] as number;
  const right = xs[xs.length - 1] as number;
  const columns = xs.length - 1;
  const verticalAt = rulesAcross(
    vs.map((r) => ({ at: r.x1, from: r.y1, to: r.y2 })),
    xs,
    SNAP,
    1,
  );
  const horizontalAt = rulesAcross(
    hs.map((r) => ({ at: r.y1, from: r.x1, to: r.x2 })),
    bands.map((b) => b.top),
    SNAP,
    1,
  );

  // Region (merged cell) id of each band × column.
  const region: number[][] = [];
  const regionStart: Array<{ band: number; col: number; cols: number }> = [];
  bands.forEach((band, b) => {
    const mid = (band.top + band.bottom) / 2;
    const row: number[] = [];
    let col = 0;
    while (col < columns) {
      // The cell runs right until a vertical line crosses this band.
      let end = col + 1;
      while (end < columns && !verticalAt(end, mid)) end++;
      const cx = ((xs[col] as number) + (xs[col + 1] as number)) / 2;
      const ruledAbove = b === 0 || horizontalAt(b, cx);
      const above = b > 0 ? region[b - 1]?.[col] : undefined;
      const id = !ruledAbove && above !== undefined ? above : regionStart.push({ band: b, col, cols: end - col }) - 1;
      for (let c = col; c < end; c++) row[c] = id;
      col = end;
    }
    region.push(row);
  });

  const inside: TextItem[][] = regionStart.map(() => []);
  // The band edges as ascending numbers (y grows upwards), for a search by halves.
  const downwards = ys.map((y) => -y);
  const outsideBefore: TextItem[] = [];
  const outsideAfter: TextItem[] = [];
  for (const item of content.items) {
    const x = item.x + Math.min(1, item.width / 2);
    if (item.y > top || item.y < bottom || x < left || x > right) {
      (item.y < bottom ? outsideAfter : outsideBefore).push(item);
      continue;
    }
    const b = slotOf(downwards, -item.y);
    let c = slotOf(xs, x);
    if (b < 0) continue;
    if (c < 0) c = columns - 1;
    inside[region[b]?.[c] as number]?.push(item);
  }

  const areas = textAreas(inside, regionStart, xs);
  const rows: Cell[][] = bands.map((_, b) =>
    Array.from({ length: columns }, (_, c) => {
      const id = region[b]?.[c] as number;
      const start = regionStart[id] as { band: number; col: number; cols: number };
      const from = areas[start.col] as Area;
      const to = areas[start.col + start.cols - 1] as Area;
      return start.band === b && start.col === c ? itemsToCell(inside[id] ?? [], from.left, to.right) : SPANNED_CELL;
    }),
  );
  return { page: content.page, before: paragraphsOutside(outsideBefore), rows, after: paragraphsOutside(outsideAfter) };
}
