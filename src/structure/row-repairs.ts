// Row repairs: what the structure stage does to a row before classifying it, as a
// table (like the row kinds). Each repair says when it applies, what it does, and
// which diagnostic records it; then the cells are put in role order.
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { type Cell, EMPTY_CELL, isEmptyCell, type Row } from '../rows/row.js';
import { type ColumnMap, inRoleOrder } from './columns.js';
import { parseMeasureNumber } from './numbering.js';
import { COLUMN_COUNT, type RowView } from './row-kinds.js';

interface RowRepair {
  id: string;
  /** The repaired cells, or null when the repair does not apply. */
  apply(cells: readonly Cell[], row: Row, diagnostics: Diagnostics): readonly Cell[] | null;
}

export const ROW_REPAIRS: readonly RowRepair[] = [
  {
    // A row that lost its first cell carries its measure number in the task column. A
    // word processor pads such a row to the table's width with an empty last cell, so a
    // full row whose last cell is empty is shifted too (LibreOffice's and pandoc's DOCX).
    id: 'shift-lost-first-cell',
    apply(cells, row, diagnostics) {
      const numbered = cells.findIndex((c) => !isEmptyCell(c));
      const room =
        cells.length < COLUMN_COUNT || (cells.length === COLUMN_COUNT && isEmptyCell(cells[COLUMN_COUNT - 1] as Cell));
      if (!room || numbered !== 1 || parseMeasureNumber(cells[1]?.text ?? '') === null) return null;
      diagnostics.add('row-realigned', { cells: row.cells.length }, row.source);
      return [EMPTY_CELL, ...cells].slice(0, Math.max(cells.length, COLUMN_COUNT));
    },
  },
  {
    // Cells past the sixth: text is joined into the last column, empty ones dropped.
    id: 'join-extra-cells',
    apply(cells, row, diagnostics) {
      if (cells.length <= COLUMN_COUNT) return null;
      const surplus = cells.slice(COLUMN_COUNT);
      if (!surplus.some((c) => !isEmptyCell(c))) return cells.slice(0, COLUMN_COUNT);
      const last = cells[COLUMN_COUNT - 1] ?? EMPTY_CELL;
      const joined = [last, ...surplus].filter((c) => !isEmptyCell(c));
      diagnostics.add('extra-cells', { cells: cells.length, columns: COLUMN_COUNT }, row.source);
      return [...cells.slice(0, COLUMN_COUNT - 1), joinCells(joined)];
    },
  },
  {
    id: 'pad-missing-cells',
    apply: (cells) =>
      cells.length < COLUMN_COUNT ? [...cells, ...Array(COLUMN_COUNT - cells.length).fill(EMPTY_CELL)] : null,
  },
];

/** The row repaired, in role order, with its filled columns: what classification reads. */
export function viewOf(row: Row, diagnostics: Diagnostics, columns: ColumnMap): RowView {
  let cells: readonly Cell[] = row.cells;
  for (const repair of ROW_REPAIRS) cells = repair.apply(cells, row, diagnostics) ?? cells;
  const ordered = inRoleOrder(cells as Cell[], columns, EMPTY_CELL);
  const filled: number[] = [];
  ordered.forEach((c, i) => {
    if (!isEmptyCell(c)) filled.push(i);
  });
  return {
    cells: ordered,
    filled,
    ...(row.outside ? { outside: true } : {}),
    ...(row.aside ? { aside: true } : {}),
    ...(row.furniture ? { furniture: true } : {}),
  };
}

function joinCells(cells: readonly Cell[]): Cell {
  return {
    text: cells.map((c) => c.text).join(' '),
    runs: cells.flatMap((c) => c.runs),
    links: cells.flatMap((c) => c.links),
    markup: cells.some((c) => c.markup),
  };
}

/** A row's full text for a diagnostic, so no word of it is lost. */
export function rowText(view: RowView, numbered = false): string {
  return view.filled
    .map((i) => (numbered ? `${i + 1}: ${view.cells[i]?.text ?? ''}` : (view.cells[i]?.text ?? '')))
    .join(' | ');
}
