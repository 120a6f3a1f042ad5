// One PDF page's table, rebuilt from its ruling lines and positioned text: the
// vertical lines give the columns, the horizontal ones the rows; a missing vertical
// line inside a row is a cell merged across columns, a missing horizontal line
// above a cell is a cell merged down. Pure geometry: plain data in, rows out.
import { joinLines } from '../../text/join-lines.js';
import { hasInvisible, type InvisibleCounts, removeInvisible } from '../../text/invisible.js';
import { collapseSpaces } from '../../text/whitespace.js';
import { SPANNED_CELL, type Cell, type Run } from '../row.js';

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
}

export interface PageContent {
  page: number;
  lines: Segment[];
  items: TextItem[];
  /** Degrees the content was drawn turned by, and turned back (0 for upright pages). */
  rotation?: number;
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

/** Marks a line break that may have cut a word too long for its column (see broken-words). */
export const MAYBE_BROKEN = '\uE000';
/** The same, where the line is filled to within a third of a character: most likely a cut. */
export const LIKELY_BROKEN = '\uE001';

/**
 * Groups items into lines (top to bottom) and joins them into a cell. `left` and
 * `right` are the cell's edges: a line that is one unbroken token filling the
 * width to within a character may be a word too long for the column, cut without a
 * hyphen; geometry alone cannot tell, so the join is marked for the document-wide
 * check in broken-words.
 */
export function itemsToCell(items: readonly TextItem[], left = -Infinity, right = Infinity): Cell {
  const invisible: InvisibleCounts = {};
  const visible = items
    .map((i) => (hasInvisible(i.text) ? { ...i, text: removeInvisible(i.text, invisible) } : i))
    .filter((i) => i.text.trim() !== '' || i.text === ' ');
  // A fresh object: stitching may append a continued row's text to it.
  if (visible.every((i) => i.text.trim() === '')) return { text: '', runs: [], links: [], markup: false };
  const byLine: TextItem[][] = [];
  for (const item of [...visible].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = byLine[byLine.length - 1];
    const ref = line?.[0];
    if (line && ref && Math.abs(ref.y - item.y) < Math.max(1, 0.5 * Math.min(ref.fontSize, item.fontSize)))
      line.push(item);
    else byLine.push([item]);
  }
  const runs: Run[] = [];
  const lines: Array<{ text: string; start: number; end: number }> = [];
  for (const line of byLine) {
    line.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const item of line) {
      const gap = item.x - end;
      const space = text !== '' && gap > 0.2 * item.fontSize && !/\s$/.test(text) && !/^\s/.test(item.text) ? ' ' : '';
      text += space + item.text;
      end = item.x + item.width;
      const last = runs[runs.length - 1];
      if (last && last.bold === item.bold) last.text += ` ${item.text}`;
      else runs.push({ text: item.text, bold: item.bold, underline: false });
    }
    lines.push({ text: collapseSpaces(text), start: line[0]?.x ?? 0, end });
  }
  // The text area ends as far inside the right edge as it starts inside the left.
  const padding = Math.max(0, Math.min(...lines.map((l) => l.start)) - left);
  const textRight = right - padding;
  let text = '';
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const charWidth = prev ? (prev.end - prev.start) / Math.max(1, [...prev.text].length) : 0;
    const gap = prev ? textRight - prev.end : Infinity;
    const maybeBroken =
      prev !== undefined &&
      !/\s/.test(prev.text) &&
      gap < charWidth &&
      /\p{L}$/u.test(prev.text) &&
      /^[\p{L}]/u.test(line.text);
    const marker = gap < charWidth / 3 ? LIKELY_BROKEN : MAYBE_BROKEN;
    text = maybeBroken ? `${text}${marker}${line.text}` : joinLines(text, line.text);
  });
  const cleanRuns = runs.map((r) => ({ ...r, text: collapseSpaces(r.text) })).filter((r) => r.text !== '');
  const cell: Cell = { text, runs: cleanRuns, links: [], markup: cleanRuns.some((r) => r.bold) };
  if (Object.keys(invisible).length > 0) cell.invisible = invisible;
  return cell;
}

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
 * A rule of the table ends where the vertical lines are; an underline (of a heading,
 * a link) is as thin but ends with its text, inside a cell, and must not cut it.
 */
function tableRules(lines: readonly Segment[], items: readonly TextItem[]): { hs: Segment[]; vs: Segment[] } {
  const vs = lines.filter(vertical);
  const slack = 1.5 * SNAP;
  const touches = (x: number, y: number) => vs.some((v) => Math.abs(v.x1 - x) <= slack && within(y, v.y1, v.y2, slack));
  const underlines = (h: Segment) =>
    items.some(
      (i) =>
        Math.abs(i.x - h.x1) < 0.6 &&
        Math.abs(i.x + i.width - h.x2) < 1 &&
        i.y - h.y1 >= 0 &&
        i.y - h.y1 <= 0.35 * i.fontSize,
    );
  const hs = lines.filter(horizontal).filter((h) => !underlines(h));
  const rules = joinCollinear(hs, slack).filter((h) => vs.length === 0 || (touches(h.x1, h.y1) && touches(h.x2, h.y1)));
  return { hs: rules, vs };
}

/** Horizontal pieces end to end on one line as one line (a browser draws a border per column). */
function joinCollinear(hs: readonly Segment[], slack: number): Segment[] {
  const sorted = [...hs].sort((a, b) => a.y1 - b.y1 || a.x1 - b.x1);
  const out: Segment[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.y1 - h.y1) < 0.5 && h.x1 <= last.x2 + slack) last.x2 = Math.max(last.x2, h.x2);
    else out.push({ ...h });
  }
  return out;
}

export function pageTable(content: PageContent): PageTable {
  const { hs, vs } = tableRules(content.lines, content.items);
  const xs = cluster(vs.map((s) => s.x1));
  const ys = withOpenEnds(cluster(hs.map((s) => s.y1)).reverse(), vs); // top first
  if (xs.length < 2 || ys.length < 2)
    return { page: content.page, before: paragraphsOutside(content.items), rows: [], after: [] };

  const top = ys[0] as number;
  const bottom = ys[ys.length - 1] as number;
  const left = xs[0] as number;
  const right = xs[xs.length - 1] as number;
  const columns = xs.length - 1;
  const bands = ys.slice(0, -1).map((y, i) => ({ top: y, bottom: ys[i + 1] as number }));

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
      while (end < columns && !vs.some((s) => Math.abs(s.x1 - (xs[end] as number)) < SNAP && within(mid, s.y1, s.y2)))
        end++;
      const cx = ((xs[col] as number) + (xs[col + 1] as number)) / 2;
      const ruledAbove = b === 0 || hs.some((s) => Math.abs(s.y1 - band.top) < SNAP && within(cx, s.x1, s.x2));
      const above = b > 0 ? region[b - 1]?.[col] : undefined;
      const id = !ruledAbove && above !== undefined ? above : regionStart.push({ band: b, col, cols: end - col }) - 1;
      for (let c = col; c < end; c++) row[c] = id;
      col = end;
    }
    region.push(row);
  });

  const inside: TextItem[][] = regionStart.map(() => []);
  const outsideBefore: TextItem[] = [];
  const outsideAfter: TextItem[] = [];
  for (const item of content.items) {
    const x = item.x + Math.min(1, item.width / 2);
    if (item.y > top || item.y < bottom || x < left || x > right) {
      (item.y < bottom ? outsideAfter : outsideBefore).push(item);
      continue;
    }
    const b = bands.findIndex((band) => item.y <= band.top && item.y >= band.bottom);
    let c = xs.findIndex((x0, i) => i < columns && x >= x0 && x <= (xs[i + 1] as number));
    if (b < 0) continue;
    if (c < 0) c = columns - 1;
    inside[region[b]?.[c] as number]?.push(item);
  }

  const rows: Cell[][] = bands.map((_, b) =>
    Array.from({ length: columns }, (_, c) => {
      const id = region[b]?.[c] as number;
      const start = regionStart[id] as { band: number; col: number; cols: number };
      return start.band === b && start.col === c
        ? itemsToCell(inside[id] ?? [], xs[start.col] as number, xs[start.col + start.cols] as number)
        : SPANNED_CELL;
    }),
  );
  return { page: content.page, before: paragraphsOutside(outsideBefore), rows, after: paragraphsOutside(outsideAfter) };
}
