// A heading row that holds two headings: where nothing parts two merged heading rows
// (a banded table style rules neither, a frame-only table rules nothing), a goal's
// lines and the sector's below them fall into one cell. They are told apart by how
// each is set: the goal underlined, the sector not (cell-text's EMPHASIS_TURNS), as
// the report's own Word and HTML files set them. Each part becomes a heading row.
import type { Cell, Run } from '../row.js';
import { EMPHASIS_TURNS } from './cell-text.js';
import type { PageTable } from './page-grid.js';
import { trimEdges } from '../../text/edges.js';

const EDGE_MARK = /[\uE000-\uE00F\s]/u;

/** A row of one heading: its first cell holds text, every other is covered by it. */
const isMergedHeading = (cells: readonly Cell[]): boolean =>
  cells.length > 1 && (cells[0]?.text ?? '') !== '' && cells.slice(1).every((c) => c.spanned === true);

function part(text: string, turn: { underline: boolean; bold: boolean }): Cell {
  const runs: Run[] = [{ text, bold: turn.bold, underline: turn.underline }];
  return { text, runs, links: [], markup: turn.bold || turn.underline };
}

/** The page's merged heading rows whose lines turn from underlined to not, each part a row of its own. */
export function splitHeadingRows(table: PageTable): PageTable {
  const rows = table.rows.flatMap((cells) => {
    const cell = cells[0] as Cell;
    const turns = isMergedHeading(cells) ? EMPHASIS_TURNS.get(cell) : undefined;
    if (!turns || cell.links.length > 0) return [cells];
    return turns.map((turn, k) => {
      // A break between the two is no break inside a word: its mark goes with it.
      const text = trimEdges(cell.text.slice(turn.from, turns[k + 1]?.from ?? cell.text.length), EDGE_MARK).trim();
      return [part(text, turn), ...cells.slice(1)];
    });
  });
  return { ...table, rows };
}
