// The tab-separated text export: one table row per line, cells split on TAB, each
// cell an HTML fragment inside markdown. Lines outside the table (title, footnote)
// become one-cell rows, so the structure stage treats them like any other format.
import { cellFromMarkup } from './cell.js';
import type { Row } from './row.js';

const LINE_BREAK = /\r\n|\n|\r/;

export function textToRows(text: string): Row[] {
  const lines = text.split(LINE_BREAK);
  // A final line break ends the last line; it does not start another one.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line, i) => ({
    cells: line.split('\t').map((raw) => cellFromMarkup(raw, { markdown: true })),
    source: { line: i + 1 },
  }));
}
