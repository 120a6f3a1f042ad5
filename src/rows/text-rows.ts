// The tab-separated text export: one table row per line, cells split on TAB, each
// cell an HTML fragment inside markdown. Lines outside the table (title, footnote)
// become one-cell rows, so the structure stage treats them like any other format.
import { DEFAULT_LIMITS, limitError, type Limits } from '../read/limits.js';
import { textLines } from '../read/lines.js';
import { cellFromMarkup } from './cell.js';
import type { Row } from './row.js';

/** Rows one at a time, from a text or its lines, so a large report never holds all its cells at once. */
export function* textRows(
  input: string | Iterable<string>,
  limits: Pick<Limits, 'maxLineLength' | 'maxCellsPerRow' | 'maxDepth'> = DEFAULT_LIMITS,
): Generator<Row> {
  let n = 0;
  for (const line of typeof input === 'string' ? textLines(input) : input) {
    n++;
    if (line.length > limits.maxLineLength)
      throw limitError('maxLineLength', `line ${n}: its length`, line.length, limits.maxLineLength);
    const raw = line.split('\t');
    if (raw.length > limits.maxCellsPerRow)
      throw limitError('maxCellsPerRow', `line ${n}: the number of cells`, raw.length, limits.maxCellsPerRow);
    const depth = { max: limits.maxDepth, what: `line ${n}: the nesting of elements` };
    yield { cells: raw.map((cell) => cellFromMarkup(cell, { markdown: true, depth })), source: { line: n } };
  }
}

export function textToRows(
  text: string,
  limits: Pick<Limits, 'maxLineLength' | 'maxCellsPerRow' | 'maxDepth'> = DEFAULT_LIMITS,
): Row[] {
  return [...textRows(text, limits)];
}
