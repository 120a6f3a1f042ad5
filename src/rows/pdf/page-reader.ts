// Which reader reads each page, and each region of it, axis by axis (pdfplumber's
// strategies). A page whose vertical rules divide its rows into cells is read as a
// grid. Otherwise its columns come from the document's text (the row numbering
// them): where its horizontal rules bound rows (horizontal rules only, zebra rows, a
// row cut by the page break), each ruled region is one row, divided at the column
// boundaries no text crosses; a region that holds several rows (the body under a
// ruled header, inside a frame around the whole table) is read from the positions of
// its text. A frame around the whole table is not a grid.
import { startsWithMeasureNumber } from '../../structure/numbering.js';
import { type Cell, SPANNED_CELL } from '../row.js';
import { itemsToCell } from './cell-text.js';
import { gridOf, type PageContent, type PageTable, pageTable, type TextItem } from './page-grid.js';
import { splitAtColumns } from './item-split.js';
import { columnAt } from './stream-headings.js';
import { itemsByColumn, LINES_FOR_WIDTH, type TextArea, textAreas } from './stream-areas.js';
import { type AlignmentVotes, isCentred } from './stream-centred.js';
import {
  findColumns,
  holdsHeaderAndMore,
  isHeaderLine,
  linesOf,
  type StreamColumns,
  type StreamHeader,
  streamPageTable,
  TASK_NUMBER,
} from './stream-table.js';

/** How each page was read. */
export type PageStrategy = 'grid' | 'rules-for-rows' | 'text';

export const STRATEGY = {
  /** Share of a page's text lines in rows a vertical rule divides, for its rules to give the columns. */
  ruledRowShare: 0.5,
  /** Line pitches (in font sizes) within which text below the last rule still belongs to the table. */
  openBottomPitch: 2.5,
  /** Points from a column's start within which a line starts at it (at least half the font size). */
  columnStart: 3,
  /** Columns holding text of their own from which a ruled region is a row of cells, aligned any way
   * (a centred header). */
  cellsForRow: 3,
} as const;

interface Band {
  top: number;
  bottom: number;
  /**
   * Above the first rule (the header and whatever follows it unruled) or below the last
   * (the rest of a row the page break cut, and rows after it no rule parts): read from text.
   */
  open?: boolean;
}

/**
 * The share of the page's body lines that stand in a row a vertical rule divides: in a
 * grid nearly all (headings aside); where only the header is ruled, none. The header's
 * own lines are not counted: on a page where little of the body is left (the rest of a
 * row the page break cut), they would outnumber it.
 */
function dividedShare(page: PageContent): number {
  const grid = gridOf(page);
  if (!grid) return 0;
  const { xs, bands, vs } = grid;
  const inner = xs.slice(1, -1);
  let lines = 0;
  let divided = 0;
  for (const band of bands) {
    const items = page.items.filter((i) => i.y <= band.top && i.y >= band.bottom);
    const count = new Set(items.map((i) => Math.round(i.y))).size;
    // The header's rules say nothing of the body's: a table style may rule only the header.
    if (count === 0 || linesOf(items).some(isHeaderLine)) continue;
    lines += count;
    const mid = (band.top + band.bottom) / 2;
    const crossing = (x: number) =>
      vs.some((v) => Math.abs(v.x1 - x) < 2 && mid >= Math.min(v.y1, v.y2) && mid <= Math.max(v.y1, v.y2));
    if (inner.some(crossing)) divided += count;
  }
  return lines === 0 ? 0 : divided / lines;
}

/**
 * Where the table ends below its last rule: a row cut by the page break has no rule
 * under it, and its lines go on, a line's pitch apart, below the last one.
 */
function openBottom(items: readonly TextItem[], lastRule: number): number {
  let bottom = lastRule;
  let above = lastRule; // the rule, then each line's baseline: the distance is from baseline to baseline
  for (const item of [...items].filter((i) => i.y < lastRule).sort((a, b) => b.y - a.y)) {
    if (above - item.y > STRATEGY.openBottomPitch * item.fontSize) break;
    bottom = Math.min(bottom, item.y - 0.4 * item.fontSize);
    above = item.y;
  }
  return bottom;
}

/**
 * Where the table starts above its first rule: a header nobody ruled (a zebra table's
 * white header row) is the lines, each a line's pitch below the one before, from one
 * that names several columns down to the rule; a title above it stays outside.
 */
function openTop(items: readonly TextItem[], firstRule: number): number {
  const lines = linesOf(items.filter((i) => i.y > firstRule)).reverse(); // from the rule up
  let top = firstRule;
  let header = firstRule;
  for (const line of lines) {
    const size = line.items[0]?.fontSize ?? 10;
    if (line.y - top > STRATEGY.openBottomPitch * size) break;
    top = line.y + size;
    if (isHeaderLine(line)) header = top;
  }
  return header;
}

/** The regions the page's horizontal rules bound, top to bottom, with the open ones above and below them. */
function ruledBands(page: PageContent): Band[] {
  const grid = gridOf({ ...page, lines: page.lines.filter((s) => s.y1 === s.y2) });
  if (!grid) return [];
  const firstRule = grid.bands[0]?.top ?? 0;
  const lastRule = grid.bands[grid.bands.length - 1]?.bottom ?? 0;
  const top = openTop(page.items, firstRule);
  const bottom = openBottom(page.items, lastRule);
  return [
    ...(top > firstRule ? [{ top, bottom: firstRule, open: true }] : []),
    ...grid.bands,
    ...(bottom < lastRule ? [{ top: lastRule, bottom, open: true }] : []),
  ];
}

/**
 * Whether a region holds more than one row: two lines that start a task, or two that
 * start a measure. A task's number and its first measure's are one row, on one line
 * or not (cells centred on their row put them at different heights).
 */
function holdsRows(items: readonly TextItem[], columns: StreamColumns, measureColumn: number): boolean {
  const { starts } = columns;
  const lineStarts = (column: number, starting: (text: string) => boolean) =>
    new Set(
      items
        .filter((i) => Math.abs(i.x - (starts[column] as number)) < 3 && starting(i.text.trim()))
        .map((i) => Math.round(i.y)),
    ).size;
  const startsTask = (text: string) => TASK_NUMBER.test(text.split(/\s/)[0] ?? '');
  return lineStarts(0, startsTask) >= 2 || lineStarts(measureColumn, startsWithMeasureNumber) >= 2;
}

// Column starts are read from rounded positions, and a line may fill its cell to the border.
const runsAcross = (items: readonly TextItem[], x: number): boolean =>
  items.some((i) => i.x < x - STRATEGY.columnStart && i.x + i.width > x + STRATEGY.columnStart);

/**
 * Whether a ruled region is a row of cells whatever their alignment: several columns
 * hold text of their own, which runs across no column start (a header centred in its
 * cells). A heading is one text, across the columns or within one.
 */
function isRowOfCells(pieces: readonly TextItem[], columns: StreamColumns): boolean {
  const { starts } = columns;
  if (starts.slice(1).some((x) => runsAcross(pieces, x))) return false;
  const filled = new Set(pieces.map((i) => columnAt(i.x, starts)));
  return filled.size >= STRATEGY.cellsForRow;
}

/**
 * Whether a column boundary divides a ruled region: no text runs across it, and the
 * column after it is empty there or has a line that starts at the column's start, or
 * the region is a row of cells. A centred heading whose second line falls right of the
 * boundary is one cell.
 */
function divides(items: readonly TextItem[], columns: StreamColumns, c: number, manyCells: boolean): boolean {
  const x = columns.starts[c] as number;
  const next = columns.starts[c + 1] ?? columns.right;
  if (runsAcross(items, x)) return false;
  const inColumn = items.filter((i) => i.x >= x - 0.5 && i.x < next);
  if (inColumn.length === 0 || manyCells) return true;
  const first = new Map<number, TextItem>(); // the first item of each line in the column
  for (const i of inColumn) {
    const y = Math.round(i.y);
    const seen = first.get(y);
    if (!seen || i.x < seen.x) first.set(y, i);
  }
  return [...first.values()].some((i) => i.x - x <= Math.max(STRATEGY.columnStart, 0.5 * i.fontSize));
}

/**
 * One row from a ruled region: its text cut at the column boundaries that divide it, a
 * cell merged across those that do not. Line breaks are weighed against the page's
 * text areas, as one row alone does not show how far a column's lines reach.
 */
function bandRow(items: readonly TextItem[], columns: StreamColumns, areas: readonly TextArea[]): Cell[] {
  const { starts } = columns;
  const pieces = items.flatMap((i) => splitAtColumns(i, starts));
  const byColumn = itemsByColumn(pieces, starts);
  const manyCells = isRowOfCells(pieces, columns);
  const row: Cell[] = [];
  for (let c = 0; c < starts.length; ) {
    let end = c + 1;
    while (end < starts.length && !divides(pieces, columns, end, manyCells)) end++;
    const cell = itemsToCell(byColumn.slice(c, end).flat(), areas[c]?.left, areas[end - 1]?.right);
    row.push(cell, ...Array.from({ length: end - c - 1 }, () => SPANNED_CELL));
    c = end;
  }
  return row;
}

/** The column where measure numbers start lines most often: the measure column. */
function measureColumnOf(pages: readonly PageContent[], columns: StreamColumns): number {
  const counts = columns.starts.map(() => 0);
  for (const page of pages)
    for (const item of page.items)
      columns.starts.forEach((x, c) => {
        if (Math.abs(item.x - x) < 3 && startsWithMeasureNumber(item.text.trim())) counts[c] = (counts[c] ?? 0) + 1;
      });
  return counts.indexOf(Math.max(...counts));
}

interface TextReading {
  columns: StreamColumns;
  measureColumn: number;
  header: StreamHeader;
  centred: boolean;
  /** Each column's text area over the pages read from text. */
  areas: TextArea[];
}

/** A page without column rules: each ruled region a row, or read from text where it holds several. */
function readByRegions(page: PageContent, reading: TextReading): { table: PageTable; strategy: PageStrategy } {
  const bands = ruledBands(page);
  const layout = { centred: reading.centred, areas: reading.areas };
  if (bands.length === 0)
    return { table: streamPageTable(page, reading.columns, reading.header, layout), strategy: 'text' };
  const top = bands[0]?.top ?? 0;
  const bottom = bands[bands.length - 1]?.bottom ?? 0;
  const inBands = page.items.filter((i) => i.y <= top && i.y >= bottom);
  const areas = textAreas([inBands], reading.columns, LINES_FOR_WIDTH.page, reading.areas);
  const rows: Cell[][] = [];
  let strategy: PageStrategy = 'rules-for-rows';
  for (const band of bands) {
    const items = page.items.filter((i) => i.y <= band.top && i.y >= band.bottom);
    if (items.length === 0) continue;
    const region =
      band.open ||
      holdsRows(items, reading.columns, reading.measureColumn) ||
      holdsHeaderAndMore(items, reading.header, reading.columns.starts);
    if (region) {
      strategy = 'text';
      const region = streamPageTable({ ...page, lines: [], items }, reading.columns, reading.header, layout);
      rows.push(...region.rows);
    } else rows.push(bandRow(items, reading.columns, areas));
  }
  const outside = (keep: (i: TextItem) => boolean) =>
    pageTable({ page: page.page, lines: [], items: page.items.filter(keep) }).before;
  return {
    table: { page: page.page, before: outside((i) => i.y > top), rows, after: outside((i) => i.y < bottom) },
    strategy,
  };
}

/** Every page's table, each read the way its rules allow, and how each was read. */
export function readPages(pages: readonly PageContent[]): { tables: PageTable[]; strategies: PageStrategy[] } {
  const columns = findColumns(pages);
  const ruled = pages.map((p) => !columns || dividedShare(p) >= STRATEGY.ruledRowShare);
  if (!columns) return { tables: pages.map(pageTable), strategies: ruled.map(() => 'grid') };
  const textPages = pages.filter((_, i) => !ruled[i]);
  // Whether cells are centred is a property of the document: counted over the pages read from text.
  const votes: AlignmentVotes = { measures: 0, level: 0 };
  for (const page of textPages) streamPageTable(page, columns, {}, { votes });
  const reading: TextReading = {
    columns,
    measureColumn: measureColumnOf(textPages, columns),
    header: {},
    centred: isCentred(votes),
    areas: textAreas(
      textPages.map((p) => p.items),
      columns,
      LINES_FOR_WIDTH.document,
    ),
  };
  const read = pages.map((page, i) =>
    ruled[i] ? { table: pageTable(page), strategy: 'grid' as const } : readByRegions(page, reading),
  );
  return { tables: read.map((r) => r.table), strategies: read.map((r) => r.strategy) };
}
