// The tab-separated text export: one table row per line, cells split on TAB, each
// cell an HTML fragment inside markdown. Lines outside the table (title, footnote)
// become one-cell rows, so the structure stage treats them like any other format.
import { DEFAULT_LIMITS, limitError, type Limits } from '../read/limits.js';
import { cellFromMarkup } from './cell.js';
import type { Row } from './row.js';

const LINE_BREAK = /\r\n|\n|\r/;

export function textToRows(text: string, limits: Pick<Limits, 'maxLineLength' | 'maxCellsPerRow'> = DEFAULT_LIMITS): Row[] {
  const lines = text.split(LINE_BREAK);
  // A final line break ends the last line; it does not start another one.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line, i) => {
    if (line.length > limits.maxLineLength) throw limitError('maxLineLength', `line ${i + 1}: its length`, line.length, limits.maxLineLength);
    const raw = line.split('\t');
    if (raw.length > limits.maxCellsPerRow) throw limitError('maxCellsPerRow', `line ${i + 1}: the number of cells`, raw.length, limits.maxCellsPerRow);
    return { cells: raw.map((cell) => cellFromMarkup(cell, { markdown: true })), source: { line: i + 1 } };
  });
}
