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

/** The text's first letter or digit is the key's: most data cells fail here, before their key is made. */
function sameStart(text: string, key: string): boolean {
  for (const ch of text) {
    const lower = ch.toLowerCase();
    if (/[a-zа-яёіїєґ0-9]/.test(lower)) return lower === key[0];
  }
  return key === '';
}

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
  return headerRows.some((header) => sameLabels(printed, keysOf(header)));
}

/**
 * The row's filled cells carry these label keys, in order. Compared cell by cell, each
 * key made when needed and nothing allocated: a data row differs at its first cell.
 */
function sameLabels(printed: readonly Cell[], want: readonly string[]): boolean {
  let k = 0;
  for (const cell of printed) {
    if (isEmptyCell(cell)) continue;
    const text = cell.text;
    if (k >= want.length || text.length > MAX_HEADER_LABEL || !sameStart(text, want[k] as string)) return false;
    if (labelKey(text) !== want[k]) return false;
    k++;
  }
  return k > 0 && k === want.length;
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
