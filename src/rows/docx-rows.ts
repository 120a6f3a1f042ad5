// Word files: the package is inflated here (with the zip-bomb cap) and its main
// document read in one streaming XML pass, straight into rows: the report table's
// merged cells (gridSpan, vMerge) leave `spanned` cells behind them, as in HTML,
// and paragraphs outside it become one-cell rows. Rows are numbered in document
// order, as a .docx has no lines.
import { InputError } from '../errors.js';
import { DEFAULT_LIMITS, limitError, type Limits } from '../read/limits.js';
import { readZip } from '../read/zip-guard.js';
import { cellFromRuns } from './cell.js';
import { readBody, type Block, type RowDraft, type TextDraft } from './docx/body.js';
import { partText } from './docx/ooxml.js';
import { readRelationships } from './docx/relationships.js';
import { readStyles } from './docx/styles.js';
import { EMPTY_CELL, SPANNED_CELL, type Cell, type Row } from './row.js';

const OFFICE_DOCUMENT = /\/officeDocument$/;

export async function docxToRows(bytes: Uint8Array, name: string, limits: Limits = DEFAULT_LIMITS): Promise<Row[]> {
  const parts = readZip(bytes, name, limits.maxDocxBytes, (path) => path.endsWith('.xml') || path.endsWith('.rels'));
  const text = (path: string): string | undefined => {
    const part = parts.get(path);
    return part === undefined ? undefined : partText(part);
  };
  // The package names its main part; Word always calls it word/document.xml.
  const main = [...readRelationships(text('_rels/.rels')).values()].find((r) => OFFICE_DOCUMENT.test(r.type))?.target.replace(/^\//, '') ?? 'word/document.xml';
  const xml = text(main);
  if (xml === undefined) throw new InputError(`${name}: corrupt DOCX (no ${main} in the package)`);
  if (!/^\s*</.test(xml.slice(0, 1024))) throw new InputError(`${name}: corrupt DOCX (${main} is not XML)`);
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const file = main.slice(folder.length);
  const blocks = readBody(xml, readStyles(text(`${folder}styles.xml`)), readRelationships(text(`${folder}_rels/${file}.rels`)));
  return blocksToRows(blocks, name, limits.maxCellsPerRow);
}

/** Turns blocks into rows; the report table is the one with most rows of five cells or more. */
export function blocksToRows(blocks: readonly Block[], name: string, maxCellsPerRow: number = DEFAULT_LIMITS.maxCellsPerRow): Row[] {
  const score = (b: Block): number => (b.kind === 'table' ? b.rows.filter((r) => r.cells.length >= 5).length : 0);
  const report = blocks.reduce<Block | undefined>((best, b) => (score(b) > 0 && (!best || score(b) > score(best)) ? b : best), undefined);
  if (!report) throw new InputError(`${name}: no report table found (no table with rows of five or more cells)`);

  const rows: Cell[][] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const cell = toCell(block);
      if (cell.text !== '') rows.push([cell]);
      continue;
    }
    // Other tables (a signature block, a note) are kept as rows too: nothing is dropped.
    for (const row of block.rows) {
      const cells = gridRow(row);
      if (cells.length > maxCellsPerRow) throw limitError('maxCellsPerRow', `${name}: table row ${rows.length + 1}: the number of cells`, cells.length, maxCellsPerRow);
      rows.push(cells);
    }
  }
  return rows.map((cells, i) => ({ cells, source: { line: i + 1 } }));
}

function gridRow(row: RowDraft): Cell[] {
  const cells: Cell[] = [];
  for (let i = 0; i < row.before; i++) cells.push(EMPTY_CELL);
  for (const draft of row.cells) {
    cells.push(draft.vMerge === 'continue' ? SPANNED_CELL : toCell(draft));
    for (let k = 1; k < draft.span; k++) cells.push(SPANNED_CELL);
  }
  return cells;
}

function toCell(draft: TextDraft): Cell {
  const markup = draft.links.length > 0 || draft.pieces.some((p) => p.bold || p.underline);
  return cellFromRuns(draft.pieces, draft.links, markup);
}
