// Rows that belong to the header: the rows continuing it (sub-columns under a
// spanning cell, labels wrapped onto a second row) and the header printed again
// after a page break, however its labels wrap, hyphenate or are cased there.
import { type Cell, isEmptyCell } from '../rows/row.js';
import { mapColumns } from './columns.js';
import { isPriorityHeading } from './headings.js';
import { parseTaskNumber, startsWithMeasureNumber } from './numbering.js';

/** Longest text a header label is taken to have. */
const MAX_LABEL = 120;
/** A label's letters and digits alone, lower-cased: how it wraps, hyphenates or is cased does not matter. */
const labelKey = (text: string): string => text.toLowerCase().replace(/[^a-zа-яёіїєґ0-9]+/g, '');
const filledOf = (cells: readonly Cell[]): number[] => cells.flatMap((c, i) => (isEmptyCell(c) ? [] : [i]));
const isLabel = (text: string): boolean =>
  text.length <= MAX_LABEL && /\p{L}/u.test(text) && !isPriorityHeading(text) && !startsWithMeasureNumber(text);

/** Longest label of a header row (the sample's column 6 label has 93 characters). */
const MAX_HEADER_LABEL = 200;

/**
 * The table's header: at least three cells named as columns by the wording table
 * (columns.ts), the same table that then maps them, and no cell longer than a label.
 */
export function isHeaderRow(printed: readonly Cell[]): boolean {
  const filled = filledOf(printed);
  if (filled.length < 3 || filled.some((i) => (printed[i]?.text.length ?? 0) > MAX_HEADER_LABEL)) return false;
  return mapColumns(printed.map((c) => (c.spanned ? '' : c.text))) !== null;
}

/**
 * A row right after the header that carries labels under it: every filled cell a
 * short label, and either two or more of them (labels wrapped onto a second row)
 * or one standing under a cell that spans (an empty or merged neighbour beside it).
 */
export function isHeaderContinuation(printed: readonly Cell[], top: readonly Cell[]): boolean {
  const filled = filledOf(printed);
  if (filled.length === 0 || parseTaskNumber(printed[0]?.text ?? '') !== null) return false;
  if (!filled.every((i) => isLabel(printed[i]?.text ?? ''))) return false;
  if (filled.length >= 2) return true;
  const column = filled[0] as number;
  const open = (c: number) => c >= 0 && c < top.length && isEmptyCell(top[c]);
  return open(column) || open(column + 1);
}

/** The header (any of its rows) printed again: the same labels in the same order, wrapping and case aside. */
export function isRepeatedHeader(printed: readonly Cell[], headerRows: ReadonlyArray<readonly Cell[]>): boolean {
  const filled = filledOf(printed);
  if (filled.length === 0) return false;
  // Compared cell by cell, each key made when needed: a data row differs at its first cell.
  return headerRows.some((header) => {
    const want = keysOf(header);
    return (
      want.length === filled.length &&
      filled.every((i, k) => {
        const text = printed[i]?.text ?? '';
        return text.length <= MAX_HEADER_LABEL && labelKey(text) === want[k];
      })
    );
  });
}

const KEYS = new WeakMap<readonly Cell[], string[]>();
/** A header row's label keys, made once. */
function keysOf(header: readonly Cell[]): string[] {
  let keys = KEYS.get(header);
  if (!keys) {
    keys = filledOf(header).map((i) => labelKey(header[i]?.text ?? ''));
    KEYS.set(header, keys);
  }
  return keys;
}
