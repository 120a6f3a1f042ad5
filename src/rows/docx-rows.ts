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
import { NoteRefs, readNotes } from './docx/notes.js';
import { readNumbering } from './docx/numbering.js';
import { partText } from './docx/ooxml.js';
import { readRelationships, type Relationship } from './docx/relationships.js';
import { readStyles } from './docx/styles.js';
import { EMPTY_CELL, isEmphasized, isReportTable, SPANNED_CELL, type Cell, type Row } from './row.js';

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** A part the main document names by relationship type (Word's usual name as fallback). */
function partPath(
  relationships: ReadonlyMap<string, Relationship>,
  type: string,
  folder: string,
  fallback: string,
): string {
  const found = [...relationships.values()].find((r) => r.type.endsWith(`/${type}`))?.target;
  if (found === undefined) return `${folder}${fallback}`;
  return found.startsWith('/') ? found.slice(1) : `${folder}${found}`;
}

/** Each note referred to in the body, after the document, with its mark: `[1] Текст примітки`. */
function noteBlocks(refs: NoteRefs, texts: Record<'footnote' | 'endnote', ReadonlyMap<string, string>>): Block[] {
  return refs.found.map(({ kind, id, mark }) => ({
    kind: 'paragraph' as const,
    pieces: [{ text: `${mark} ${texts[kind].get(id) ?? ''}`.trim(), bold: false, underline: false }],
    links: [],
  }));
}

export async function docxToRows(bytes: Uint8Array, name: string, limits: Limits = DEFAULT_LIMITS): Promise<Row[]> {
  const parts = readZip(bytes, name, limits.maxDocxBytes, (path) => path.endsWith('.xml') || path.endsWith('.rels'));
  const depth = { max: limits.maxDepth, what: `${name}: the nesting of XML elements` };
  const text = (path: string): string | undefined => {
    const part = parts.get(path);
    return part === undefined ? undefined : partText(part);
  };
  // The package names its main part; Word always calls it word/document.xml.
  const main =
    [...readRelationships(text('_rels/.rels'), depth).values()]
      .find((r) => OFFICE_DOCUMENT.test(r.type))
      ?.target.replace(/^\//, '') ?? 'word/document.xml';
  const xml = text(main);
  if (xml === undefined) throw new InputError(`${name}: corrupt DOCX (no ${main} in the package)`);
  if (!/^\s*</.test(xml.slice(0, 1024))) throw new InputError(`${name}: corrupt DOCX (${main} is not XML)`);
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const file = main.slice(folder.length);
  const relationships = readRelationships(text(`${folder}_rels/${file}.rels`), depth);
  const part = (type: string, fallback: string) => text(partPath(relationships, type, folder, fallback));
  const notes = new NoteRefs();
  const blocks = readBody(xml, readStyles(part('styles', 'styles.xml'), depth), relationships, {
    numbering: readNumbering(part('numbering', 'numbering.xml'), depth),
    notes,
    depth,
  });
  if (notes.found.length > 0) {
    blocks.push(
      ...noteBlocks(notes, {
        footnote: readNotes(part('footnotes', 'footnotes.xml'), 'footnote', depth),
        endnote: readNotes(part('endnotes', 'endnotes.xml'), 'endnote', depth),
      }),
    );
  }
  return blocksToRows(blocks, name, limits.maxCellsPerRow);
}

/**
 * Turns blocks into rows: every table of the report's width is part of it (a report
 * split by a section break is read whole); paragraphs are `outside` rows and the
 * rows of other tables (a signature block) `aside`, for the structure stage to report.
 */
export function blocksToRows(
  blocks: readonly Block[],
  name: string,
  maxCellsPerRow: number = DEFAULT_LIMITS.maxCellsPerRow,
): Row[] {
  const rows: Row[] = [];
  const push = (cells: Cell[], flags: Pick<Row, 'outside' | 'aside'>, line = rows.length + 1) =>
    rows.push({ cells, source: { line }, ...flags });
  let reportFound = false;
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const cell = toCell(block);
      if (cell.text !== '') push([cell], { outside: true });
      continue;
    }
    const grid = block.rows.map(gridRow);
    const report = isReportTable(grid.map((cells) => cells.length));
    reportFound ||= report;
    for (const [i, cells] of grid.entries()) {
      if (cells.length > maxCellsPerRow)
        throw limitError(
          'maxCellsPerRow',
          `${name}: table row ${rows.length + 1}: the number of cells`,
          cells.length,
          maxCellsPerRow,
        );
      push(cells, report ? {} : { aside: true }, block.rows[i]?.line);
    }
  }
  if (!reportFound) throw new InputError(`${name}: no report table found (no table with rows of five or more cells)`);
  return rows;
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
  const markup = draft.links.length > 0 || draft.pieces.some(isEmphasized);
  return cellFromRuns(draft.pieces, draft.links, markup);
}
