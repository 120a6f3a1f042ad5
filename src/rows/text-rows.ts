// The tab-separated text export: one table row per line, cells split on TAB, each
// cell an HTML fragment inside markdown. Lines outside the table (title, footnote)
// become one-cell rows, so the structure stage treats them like any other format.
import { DEFAULT_LIMITS, limitError, type Limits } from '../read/limits.js';
import { cellFromMarkup } from './cell.js';
import type { Row } from './row.js';

/** The lines of a text (LF, CRLF or CR), without copying it into an array first. */
function* lines(text: string): Generator<string> {
  // Most files have LF or CRLF only: then the native search for LF finds each end.
  const crOnly = /\r(?!\n)/.test(text);
  let start = 0;
  while (start < text.length) {
    let end: number;
    if (crOnly) {
      end = start;
      while (end < text.length) {
        const c = text.charCodeAt(end);
        if (c === 10 || c === 13) break;
        end++;
      }
    } else {
      end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
    }
    yield text.slice(start, end);
    // A final line break ends the last line; it does not start another one.
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
}

/** Rows one at a time, so a large report never holds all its cells at once. */
export function* textRows(text: string, limits: Pick<Limits, 'maxLineLength' | 'maxCellsPerRow'> = DEFAULT_LIMITS): Generator<Row> {
  let n = 0;
  for (const line of lines(text)) {
    n++;
    if (line.length > limits.maxLineLength) throw limitError('maxLineLength', `line ${n}: its length`, line.length, limits.maxLineLength);
    const raw = line.split('\t');
    if (raw.length > limits.maxCellsPerRow) throw limitError('maxCellsPerRow', `line ${n}: the number of cells`, raw.length, limits.maxCellsPerRow);
    yield { cells: raw.map((cell) => cellFromMarkup(cell, { markdown: true })), source: { line: n } };
  }
}

export function textToRows(text: string, limits: Pick<Limits, 'maxLineLength' | 'maxCellsPerRow'> = DEFAULT_LIMITS): Row[] {
  return [...textRows(text, limits)];
}
