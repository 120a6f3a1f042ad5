// RTF files (Word's and Writer's «Rich Text»): paragraphs and tables, as the other
// document readers give them. A row names its cells by their right edges; the
// table's columns are all the edges its rows use, so a heading row of one wide cell
// spans the six columns of the rows below it.
import { DEFAULT_LIMITS, DepthGuard, type Limits } from '../../read/limits.js';
import type { Block, RowDraft } from '../docx/body.js';
import { blocksToRows } from '../docx-rows.js';
import type { ReaderNotice, Row } from '../row.js';
import { type RtfBlock, type RtfCell, RtfReader } from './rtf-reader.js';
import { rtfTokens } from './rtf-tokens.js';

/** Twips within which two rows' cell edges are one column edge (a border's width). */
export const EDGE_TOLERANCE = 30;

/** The column edges of a table's rows: every right edge, those closer than the tolerance as one. */
function columnEdges(rows: readonly RtfCell[][]): number[] {
  const all = [...new Set(rows.flatMap((cells) => cells.map((c) => c.right)))].sort((a, b) => a - b);
  const edges: number[] = [];
  for (const edge of all)
    if (edges.length === 0 || edge - (edges[edges.length - 1] as number) > EDGE_TOLERANCE) edges.push(edge);
  return edges;
}

/** A row's cells on the table's columns: each spans the edges up to its own. */
function gridRow(cells: readonly RtfCell[], edges: readonly number[]): RowDraft {
  const row: RowDraft = { before: 0, cells: [] };
  let column = 0;
  for (const cell of cells) {
    let end = column;
    while (end < edges.length - 1 && (edges[end] as number) < cell.right - EDGE_TOLERANCE) end++;
    const span = Math.max(1, end - column + 1);
    row.cells.push({ pieces: cell.pieces, links: [], span, vMerge: cell.merged ? 'continue' : null });
    column = end + 1;
  }
  return row;
}

/** Consecutive rows as one table; paragraphs between tables as they are. */
function toBlocks(read: readonly RtfBlock[]): Block[] {
  const blocks: Block[] = [];
  let rows: RtfCell[][] = [];
  const flush = () => {
    if (rows.length === 0) return;
    const edges = columnEdges(rows);
    blocks.push({ kind: 'table', rows: rows.map((cells) => gridRow(cells, edges)) });
    rows = [];
  };
  for (const block of read) {
    if (block.kind === 'row') rows.push(block.cells);
    else {
      flush();
      blocks.push({ kind: 'paragraph', pieces: block.pieces, links: [] });
    }
  }
  flush();
  return blocks;
}

export function rtfToRows(
  bytes: Uint8Array,
  name: string,
  limits: Limits = DEFAULT_LIMITS,
): { rows: Row[]; notices: ReaderNotice[]; encoding: string } {
  const reader = new RtfReader();
  // Groups nest as deep as the file says: refused past the limit, as any markup is.
  const guard = new DepthGuard({ max: limits.maxDepth, what: `${name}: the nesting of RTF groups` });
  for (const token of rtfTokens(bytes)) {
    if (token.kind === 'open') guard.open();
    else if (token.kind === 'close') guard.close();
    reader.read(token);
  }
  const blocks = toBlocks(reader.finish());
  for (const note of reader.notes) blocks.push({ kind: 'paragraph', pieces: note, links: [] });
  return {
    rows: blocksToRows(blocks, name, limits.maxCellsPerRow),
    notices: [],
    encoding: `windows-${reader.codePageUsed}`,
  };
}
