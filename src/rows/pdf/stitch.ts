// A PDF prints the table over many pages: the header rows repeat on each page, and a
// row cut by a page break continues at the top of the next page with empty task
// cells and text that goes on mid-sentence. Stitching puts the pages back into one
// table and such continuations back into the cells they belong to.
import { isEmphasized, isEmptyCell, type Cell, type Row } from '../row.js';
import { columnOf, mapColumns, USUAL_ORDER } from '../../structure/columns.js';
import { startsWithMeasureNumber } from '../../structure/numbering.js';
import { joinLines } from '../../text/join-lines.js';
import { continuedMark, OPEN_ENDS } from './cell-text.js';
import type { PageTable } from './page-grid.js';

const hasWord = (c: Cell): boolean => !c.spanned && /[\p{L}\p{N}]/u.test(c.text);
const isColumnNumbers = (cells: readonly Cell[]) => cells.every((c, i) => c.text === String(i + 1));
// A repeated header is the same text on every page, however its lines broke there.
const letters = (text: string | undefined) => text?.replace(/[\s\uE000-\uE00F]/gu, '');
const sameTexts = (a: readonly Cell[], b: readonly Cell[]) =>
  a.length === b.length && a.every((c, i) => letters(c.text) === letters(b[i]?.text));
/**
 * A heading's row: one cell holds text, merged across the columns after it or set in
 * emphasis (a heading in the task column, the number cell beside it left empty).
 */
const isHeadingShape = (cells: readonly Cell[]) => {
  const filled = cells.flatMap((c, i) => (!c.spanned && c.text !== '' ? [i] : []));
  if (filled.length !== 1 || cells.length < 2) return false;
  const at = filled[0] as number;
  return cells[at + 1]?.spanned === true || (cells[at]?.runs ?? []).every(isEmphasized);
};

/** The text of a row's one filled cell, for a heading-shaped row; '' otherwise. */
const headingText = (cells: readonly Cell[]) =>
  isHeadingShape(cells) ? (cells.find((c) => !c.spanned && c.text !== '')?.text ?? '') : '';
/**
 * A heading cut by a page break: the page's first row is heading-shaped like the last row
 * before the break and goes on mid-sentence (a heading starts with a capital or a number,
 * the rest of a cut one with a small letter).
 */
const continuesHeading = (cells: readonly Cell[], last: readonly Cell[]) =>
  headingText(last) !== '' && /^\p{Ll}/u.test(headingText(cells));
/**
 * A row whose first filled cell, up to `lastColumn`, opens with a measure number. Further right
 * a number is text going on («17.08.2023 року» in the execution column).
 */
const opensMeasure = (cells: readonly Cell[], lastColumn: number) => {
  const at = cells.findIndex((c) => !c.spanned && c.text !== '');
  return at >= 0 && at <= lastColumn && startsWithMeasureNumber(cells[at]?.text ?? '');
};

/** A continued cell's text after its owner's; a word the page break cut is marked as one within a page is. */
function append(owner: Cell, more: Cell): void {
  const end = OPEN_ENDS.get(owner);
  const mark = end ? continuedMark(end, owner.text, more.text) : '';
  owner.text = mark ? `${owner.text}${mark}${more.text}` : joinLines(owner.text, more.text);
  const open = OPEN_ENDS.get(more);
  if (open) OPEN_ENDS.set(owner, open);
  else OPEN_ENDS.delete(owner);
  owner.runs = [...owner.runs, ...more.runs];
  owner.links = [...owner.links, ...more.links];
}

type Roles = { number: number; task: number; measure: number };
const firstFilled = (cells: readonly Cell[]) => cells.find((c) => !c.spanned && c.text !== '') as Cell;

/**
 * A page's first data row after a break: true when it goes on with the rows above (its text
 * appended to their cells), false when it is a row of its own, its task cell's overflow given
 * to the task above. `lastData` is the last data row before the break, `last` the last row kept.
 */
function continuedAcrossBreak(
  cells: Cell[],
  owners: readonly Cell[],
  lastData: readonly Cell[],
  last: readonly Cell[],
  roles: Roles,
): boolean {
  if (continuesHeading(cells, lastData)) {
    append(firstFilled(lastData), firstFilled(cells));
    return true;
  }
  if (isHeadingShape(cells) || !isEmptyCell(cells[roles.number])) return false;
  // Text mid-sentence, or the measure of a row whose measure cell the break left empty (its
  // number, executors went first). A row that lost its first cell has its number in the task column.
  const measureLeftEmpty = owners[roles.measure]?.text === '' && !isHeadingShape(last);
  const shifted = opensMeasure(cells, roles.task);
  if (measureLeftEmpty || !(shifted || startsWithMeasureNumber(cells[roles.measure]?.text ?? ''))) {
    cells.forEach((c, i) => {
      const owner = owners[i];
      if (!c.spanned && c.text !== '' && owner) append(owner, c);
    });
    return true;
  }
  // A new measure, but the task text above it still overflows into this page.
  const taskCell = cells[roles.task];
  const owner = owners[roles.task];
  if (!shifted && taskCell && !taskCell.spanned && taskCell.text !== '' && owner) {
    append(owner, taskCell);
    cells[roles.task] = { ...taskCell, text: '', runs: [], spanned: true };
  }
  return false;
}

export function stitchPages(pages: readonly PageTable[], furniture: ReadonlySet<Cell> = new Set()): Row[] {
  const rows: Row[] = [];
  const owners: Cell[] = []; // the cell each column's text currently belongs to
  let header: Cell[] | undefined;
  let lastData: readonly Cell[] = []; // the last row of the table's data, headers repeated on a page aside
  const push = (cells: Cell[], page: number) => {
    rows.push({ cells, source: { page, line: rows.length + 1 } });
  };
  // Text outside the table: page furniture is marked for the structure stage to report and skip.
  const pushOutside = (cell: Cell, page: number) => {
    rows.push({
      cells: [cell],
      source: { page, line: rows.length + 1 },
      outside: true,
      ...(furniture.has(cell) ? { furniture: true } : {}),
    });
  };
  // A spanned cell belongs to the region above it, whose owner stays.
  const own = (cells: readonly Cell[]) => {
    cells.forEach((c, i) => {
      if (!c.spanned) owners[i] = c;
    });
  };

  // Where the number, task and measure columns are, from the header's wording.
  let roles: Roles = { number: 0, task: 1, measure: 2 };

  for (const page of pages) {
    for (const cell of page.before) pushOutside(cell, page.page);
    let dataStarted = false;
    // A last row of nothing but marks (a quote of the line a page break cut) is no row of the table.
    const last = page.rows[page.rows.length - 1] ?? [];
    const residue = last.some((c) => !c.spanned && c.text.trim() !== '') && !last.some(hasWord) ? last : [];
    page.rows.slice(0, residue.length > 0 ? -1 : undefined).forEach((cells) => {
      if (!header) {
        header = cells;
        const map = mapColumns(cells.map((c) => c.text)) ?? USUAL_ORDER;
        roles = { number: columnOf(map, 'number'), task: columnOf(map, 'task'), measure: columnOf(map, 'measure') };
      }
      if (!dataStarted && (sameTexts(cells, header) || isColumnNumbers(cells))) {
        push(cells, page.page); // the structure stage reports and skips repeated headers
        return;
      }
      const first = !dataStarted && rows.length > 0 && owners.length > 0;
      dataStarted = true;
      if (first && continuedAcrossBreak(cells, owners, lastData, rows[rows.length - 1]?.cells ?? [], roles)) return;
      own(cells);
      push(cells, page.page);
      lastData = cells;
    });
    for (const cell of residue) if (!cell.spanned && cell.text.trim() !== '') pushOutside(cell, page.page);
    for (const cell of page.after) pushOutside(cell, page.page);
  }
  return rows;
}
