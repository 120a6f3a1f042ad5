// Row repairs: what the structure stage does to a row before classifying it, as a
// table (like the row kinds). Each repair says when it applies, what it does, and
// which diagnostic records it; then the cells are put in role order, the six
// columns first and the table's other columns after them.
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { type Cell, EMPTY_CELL, isEmptyCell, type Row } from '../rows/row.js';
import { type ColumnMap, type ColumnRole, CORE_COLUMNS, columnOf, type ExtraColumn, ROLES } from './columns.js';
import { parseMeasureNumber } from './numbering.js';
import type { RowView } from './row-kinds.js';

interface RowRepair {
  id: string;
  /** The repaired cells, or null when the repair does not apply. */
  apply(cells: readonly Cell[], row: Row, diagnostics: Diagnostics, columns: ColumnMap): readonly Cell[] | null;
}

export const ROW_REPAIRS: readonly RowRepair[] = [
  {
    // A row that lost its first cell carries its measure number in the task column: its
    // cells go back by as many columns as stand between the two (one, or two where every
    // tab was doubled). A word processor pads such a row to the table's width with empty
    // cells, so a row whose last cells are empty is shifted too (LibreOffice's and
    // pandoc's DOCX). A row of one cell is a heading («2.1. Освіта»), not such a row.
    id: 'shift-lost-first-cell',
    apply(cells, row, diagnostics, columns) {
      const task = columnOf(columns, 'task');
      const shift = columnOf(columns, 'measure') - task;
      const numbered = cells.findIndex((c) => !isEmptyCell(c));
      if (shift <= 0 || numbered !== task || cells.filter((c) => !isEmptyCell(c)).length < 2) return null;
      const room =
        cells.length + shift <= columns.width || cells.slice(columns.width - shift).every((c) => isEmptyCell(c));
      if (!room || parseMeasureNumber(cells[task]?.text ?? '') === null) return null;
      diagnostics.add('row-realigned', { cells: row.cells.length }, row.source);
      const moved = [...cells.slice(0, task), ...Array(shift).fill(EMPTY_CELL), ...cells.slice(task)];
      return moved.slice(0, Math.max(cells.length, columns.width));
    },
  },
  {
    id: 'pad-missing-cells',
    apply: (cells, _row, _diagnostics, { width }) =>
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

/** A cell holding only a dash: how a clerk writes «nothing» in a cell. */
const DASH_ONLY = /^[-–—‒]+$/u;

/**
 * A dash alone in a cell says the cell is empty («—» for no executor), unless the
 * row is nothing but dashes (a separator row, which is reported as one).
 */
function withoutDashes(cells: readonly Cell[]): readonly Cell[] {
  let dashes = 0;
  let filled = 0;
  for (const c of cells) {
    if (isEmptyCell(c)) continue;
    filled++;
    if (DASH_ONLY.test(c.text)) dashes++;
  }
  if (dashes === 0 || dashes === filled) return cells;
  return cells.map((c) => (!isEmptyCell(c) && DASH_ONLY.test(c.text) ? EMPTY_CELL : c));
}

/** The row repaired, in role order (the six, then the others), with its filled cells: what classification reads. */
export function viewOf(row: Row, diagnostics: Diagnostics, columns: ColumnMap): RowView {
  let cells: readonly Cell[] = withoutDashes(row.cells);
  for (const repair of ROW_REPAIRS) cells = repair.apply(cells, row, diagnostics, columns) ?? cells;
  const extras =
    cells.length > columns.width ? [...columns.extras, ...surplusColumns(cells, columns.width)] : columns.extras;
  const ordered = [
    ...columns.order.map((column, i) => cellInRole(cells, column, ROLES[i] as ColumnRole, columns)),
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
    lines: row.lines ?? 1,
  };
}

/** The cell a role reads: its column's, or its part of a column that two roles share. */
function cellInRole(cells: readonly Cell[], column: number, role: ColumnRole, columns: ColumnMap): Cell {
  const cell = column < 0 ? EMPTY_CELL : (cells[column] ?? EMPTY_CELL);
  const shared = columns.shared?.find((s) => s.column === column);
  if (!shared || isEmptyCell(cell)) return cell;
  const parts = splitAtFirstLine(cell);
  return role === shared.first ? parts[0] : parts[1];
}

/** A cell's first paragraph and the rest, as two cells. */
function splitAtFirstLine(cell: Cell): [Cell, Cell] {
  const at = cell.text.indexOf('\n');
  // Stryker disable next-line EqualityOperator: a cleaned cell never starts with a line break (at is never 0)
  const first = at < 0 ? cell.text : cell.text.slice(0, at);
  // Stryker disable next-line EqualityOperator: as above
  const rest = at < 0 ? '' : cell.text.slice(at + 1);
  const part = (text: string): Cell =>
    text === ''
      ? EMPTY_CELL
      : { text, runs: [{ text, bold: false, underline: false }], links: cell.links, markup: cell.markup };
  return [part(first), part(rest)];
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
