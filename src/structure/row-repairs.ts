// Row repairs: what the structure stage does to a row before classifying it, as a
// table (like the row kinds). Each repair says when it applies, what it does, and
// which diagnostic records it; then the cells are put in role order, the six
// columns first and the table's other columns after them.
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { type Cell, EMPTY_CELL, isEmptyCell, type Row } from '../rows/row.js';
import { type ColumnMap, CORE_COLUMNS, type ExtraColumn } from './columns.js';
import { parseMeasureNumber } from './numbering.js';
import type { RowView } from './row-kinds.js';

interface RowRepair {
  id: string;
  /** The repaired cells, or null when the repair does not apply. */
  apply(cells: readonly Cell[], row: Row, diagnostics: Diagnostics, width: number): readonly Cell[] | null;
}

export const ROW_REPAIRS: readonly RowRepair[] = [
  {
    // A row that lost its first cell carries its measure number in the task column. A
    // word processor pads such a row to the table's width with an empty last cell, so a
    // full row whose last cell is empty is shifted too (LibreOffice's and pandoc's DOCX).
    // A row of one cell is a heading («2.1. Освіта»), not a measure that lost its neighbour.
    id: 'shift-lost-first-cell',
    apply(cells, row, diagnostics, width) {
      const numbered = cells.findIndex((c) => !isEmptyCell(c));
      const room = cells.length < width || (cells.length === width && isEmptyCell(cells[width - 1] as Cell));
      const alone = cells.filter((c) => !isEmptyCell(c)).length < 2;
      if (!room || alone || numbered !== 1 || parseMeasureNumber(cells[1]?.text ?? '') === null) return null;
      diagnostics.add('row-realigned', { cells: row.cells.length }, row.source);
      return [EMPTY_CELL, ...cells].slice(0, Math.max(cells.length, width));
    },
  },
  {
    id: 'pad-missing-cells',
    apply: (cells, _row, _diagnostics, width) =>
      cells.length < width ? [...cells, ...Array(width - cells.length).fill(EMPTY_CELL)] : null,
  },
];

/** The columns past the header's width, named by position (`column 8`): kept apart, never joined to a neighbour. */
export function surplusColumns(cells: readonly Cell[], width: number): ExtraColumn[] {
  const out: ExtraColumn[] = [];
  for (let column = width; column < cells.length; column++)
    if (!isEmptyCell(cells[column])) out.push({ column, role: 'extra', header: `column ${column + 1}`, surplus: true });
  return out;
}

/** The row repaired, in role order (the six, then the others), with its filled cells: what classification reads. */
export function viewOf(row: Row, diagnostics: Diagnostics, columns: ColumnMap): RowView {
  let cells: readonly Cell[] = row.cells;
  for (const repair of ROW_REPAIRS) cells = repair.apply(cells, row, diagnostics, columns.width) ?? cells;
  const extras = [...columns.extras, ...surplusColumns(cells, columns.width)];
  const ordered = [
    ...columns.order.map((column) => (column < 0 ? EMPTY_CELL : (cells[column] ?? EMPTY_CELL))),
    ...extras.map((e) => cells[e.column] ?? EMPTY_CELL),
  ];
  const filled: number[] = [];
  ordered.forEach((c, i) => {
    if (!isEmptyCell(c)) filled.push(i);
  });
  return {
    cells: ordered,
    filled,
    extras,
    printed: cells,
    ...(row.outside ? { outside: true } : {}),
    ...(row.aside ? { aside: true } : {}),
    ...(row.furniture ? { furniture: true } : {}),
  };
}

/** A row's full text for a diagnostic, so no word of it is lost. */
export function rowText(view: RowView, numbered = false): string {
  return view.filled
    .map((i) => {
      const column = i < CORE_COLUMNS ? i : (view.extras[i - CORE_COLUMNS]?.column ?? i);
      return numbered ? `${column + 1}: ${view.cells[i]?.text ?? ''}` : (view.cells[i]?.text ?? '');
    })
    .join(' | ');
}
