// Where each column's text lies on a page read from text positions: the items in the
// column they start in, and the area its lines fill, against which a line break is
// weighed (cell-text) as a grid's cell padding is in page-grid.
import { splitAtColumns } from './item-split.js';
import type { TextItem } from './page-grid.js';
import { columnAt } from './stream-headings.js';
import type { StreamColumns } from './stream-table.js';

/** Items in the columns they start in, cut where they run across a column's start. */
export function itemsByColumn(items: readonly TextItem[], starts: readonly number[]): TextItem[][] {
  const cells: TextItem[][] = starts.map(() => []);
  for (const item of items.flatMap((i) => splitAtColumns(i, starts))) cells[columnAt(item.x, starts)]?.push(item);
  return cells;
}

/**
 * Lines a column needs for its widest to show how far its lines reach: on one page
 * (a producer may set a table's columns anew on each page), or else over the document.
 */
export const LINES_FOR_WIDTH = { page: 5, document: 12 } as const;

/** A column's text area: where its text starts and how far its lines reach. */
export interface TextArea {
  left: number;
  right: number;
}

/**
 * Each column's text area on pages read from text positions: from where its text starts
 * to where its widest line ends. Unlike a grid's, the border and its padding are
 * unknown, but a column of many lines comes within about a letter of its border (a
 * line ends short of it by up to the next word's width). A column of too few lines
 * takes the area `otherwise` gives (the document's), or reaches to the next column, so
 * that its breaks are taken for spaces. Text run past the next column says nothing.
 */
export function textAreas(
  pages: ReadonlyArray<readonly TextItem[]>,
  columns: StreamColumns,
  minLines: number,
  otherwise: readonly TextArea[] = [],
): TextArea[] {
  const { starts, right } = columns;
  const byPage = pages.map((items) => itemsByColumn(items, starts));
  return starts.map((start, c) => {
    const next = (starts[c + 1] ?? right) as number;
    const items = byPage.flatMap((cells) => cells[c] ?? []);
    const ends = items.map((i) => i.x + i.width).filter((end) => end <= next + 1);
    const lines = byPage.reduce((n, cells) => n + new Set((cells[c] ?? []).map((i) => Math.round(i.y))).size, 0);
    if (lines >= minLines && ends.length > 0)
      return { left: Math.min(...items.map((i) => i.x)), right: Math.max(...ends) };
    return otherwise[c] ?? { left: items.length > 0 ? Math.min(...items.map((i) => i.x)) : start, right: next };
  });
}
