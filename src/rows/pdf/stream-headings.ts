// Heading rows of a table read from text positions: a line that starts in the first
// column and runs on into the next ones, or bold text alone in the number or task
// column (a sector set there, its number cell empty); and where one heading row ends
// and the next begins, which row padding alone cannot tell when it is thin.
import type { TextItem } from './page-grid.js';
import type { Draft, DraftContext, Line } from './stream-table.js';

const PRIORITY = /^Пріоритет(?![\p{L}])/u;

/** The column a position falls in. */
export const columnAt = (x: number, starts: readonly number[]): number => {
  let col = 0;
  while (col + 1 < starts.length && x + 1 >= (starts[col + 1] as number)) col++;
  return col;
};

/** A heading starts in the first column and runs on into the next ones. */
export function isHeadingLine(line: Line, starts: readonly number[]): boolean {
  const first = line.items[0] as TextItem;
  return (
    columnAt(first.x, starts) === 0 &&
    (line.items.length === 1 || PRIORITY.test(first.text)) &&
    first.x + first.width > (starts[1] as number) + 3
  );
}

/** A line of emphasis only, alone on its line: a heading set in the task column (its number cell empty). */
const isEmphasisLine = (line: Line): boolean => line.items.length > 0 && line.items.every((i) => i.bold);

/** Where a line's text could have gone on had the line above been a wrap of it: its end and a space. */
const lineEnd = (line: Line): number => Math.max(...line.items.map((i) => i.x + i.width));
const firstWordWidth = (line: Line): number => {
  const first = line.items[0] as TextItem;
  const word = first.words?.[0];
  if (word) return word[2] - first.x;
  const length = first.text.split(/\s/)[0]?.length ?? first.text.length;
  return (first.width * length) / Math.max(1, first.text.length);
};

/**
 * Whether a line is a heading's, and whether it starts a new heading row: more than a
 * line's pitch below the one above (a row's padding), or below a line so short that
 * this line's first word would have fitted after it (so it is no wrap of it). A bold
 * line alone in the number or task column starts a heading there too.
 */
export function headingOf(
  body: readonly Line[],
  i: number,
  ctx: DraftContext,
  pitch: number,
  current: Draft | undefined,
): { heading: boolean; apart: boolean } {
  const line = body[i] as Line;
  const inHeading = current?.heading === true;
  const prev = body[i - 1];
  const gap = prev ? prev.y - line.y : Infinity;
  const rowGap = gap > pitch + Math.max(1, 0.08 * pitch);
  const emphasis = isEmphasisLine(line);
  const column = columnAt(line.items[0]?.x ?? 0, ctx.starts);
  // Bold text alone in the number or task column, unless it goes on bold text of the row above there.
  const above = current && !current.heading ? (current.cells[column] ?? []) : [];
  const goesOn = above.length > 0 && above.every((t) => t.bold) && !rowGap;
  const heading =
    isHeadingLine(line, ctx.starts) ||
    (inHeading && !rowGap && emphasis) ||
    (emphasis &&
      column <= ctx.taskCol &&
      new Set(line.items.map((t) => columnAt(t.x, ctx.starts))).size === 1 &&
      !goesOn);
  const room = prev ? ctx.right - lineEnd(prev) : 0;
  const notAWrap = prev !== undefined && room > firstWordWidth(line) + 0.3 * (line.items[0]?.fontSize ?? 10);
  return { heading, apart: heading && (rowGap || (inHeading && notAWrap)) };
}
