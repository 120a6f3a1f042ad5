// Task numbers in a narrow number column, read from text positions: a number too wide
// for the column wraps («1» over «0»), and its lines are one number, not two tasks.
import type { TextItem } from './page-grid.js';
import type { Draft, Line } from './stream-table.js';

/**
 * Digits under a task's number, on the very next line, with no measure starting there:
 * the number wrapped in a narrow column («1» / «0» is task 10), not a task of its own.
 */
export function wrapsNumber(
  current: Draft | undefined,
  above: Line | undefined,
  numberCol: number,
  startsMeasure: boolean,
) {
  const number = current?.cells[numberCol] ?? [];
  const last = number[number.length - 1];
  return (
    !startsMeasure &&
    current?.task === true &&
    last !== undefined &&
    above !== undefined &&
    last.y === above.y &&
    number.every((t) => /^\d+$/.test(t.text.trim()))
  );
}

/** The wrapped digits put after the number they go on, as one number. */
export function joinNumber(current: Draft, cells: TextItem[][], numberCol: number): void {
  const number = current.cells[numberCol] ?? [];
  const last = number[number.length - 1] as TextItem;
  const digits = (cells[numberCol] ?? []).splice(0);
  number[number.length - 1] = { ...last, text: `${last.text.trim()}${digits.map((t) => t.text.trim()).join('')}` };
}
