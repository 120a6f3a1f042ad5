// The tables of an OpenDocument body as they are read: rows of cells with their
// spans, covered cells as spanned ones, repeated cells and rows written out only up
// to content (repeats.ts), a column's default cell style. Only the outermost table
// is built; a table inside a cell is that cell's text, read by the body.
import type { Block, CellDraft, RowDraft } from '../docx/body.js';
import type { Emphasis, OdfStyles } from './odf-styles.js';
import { SPAN_COLUMNS } from '../sheets.js';
import { appendRepeated, MAX_REPEAT, repeatCount } from './repeats.js';

/** A table of the body: a sheet's name is its `table:name`. */
export type OdfTable = Extract<Block, { kind: 'table' }> & { name: string };

export interface OpenCell {
  draft: CellDraft;
  repeated: number;
  styleEmphasis: Emphasis;
}

const emptyCell = (): CellDraft => ({ pieces: [], links: [], span: 1, vMerge: null });

export class OdfTableBuilder {
  /** The open cell of the outermost table, where its text goes. */
  cell: OpenCell | undefined;
  private depth = 0;
  private table: OdfTable | undefined;
  private row: { draft: RowDraft; repeated: number; emptyCells: number } | undefined;
  private emptyRows = 0;
  private readonly columnStyles: string[] = [];

  /** `numbered`: a spreadsheet's rows keep their row numbers. */
  constructor(
    private readonly styles: OdfStyles,
    private readonly numbered: () => boolean,
  ) {}

  /** A table opens; the new outermost table when it is one (not inside a cell or a note). */
  openTable(attribs: Record<string, string>, insideText: boolean): OdfTable | undefined {
    this.depth++;
    if (this.depth > 1 || insideText) return undefined;
    this.table = { kind: 'table', rows: [], name: attribs['table:name'] ?? '' };
    this.columnStyles.length = 0;
    this.emptyRows = 0;
    return this.table;
  }

  closeTable(): void {
    this.depth = Math.max(0, this.depth - 1);
    if (this.depth === 0) this.table = undefined;
  }

  /** A column's default cell style (`table:default-cell-style-name`): a sheet's bold column. */
  column(attribs: Record<string, string>): void {
    if (this.depth !== 1) return;
    const style = attribs['table:default-cell-style-name'] ?? '';
    const n = Math.min(repeatCount(attribs, 'table:number-columns-repeated'), MAX_REPEAT);
    for (let i = 0; i < n; i++) this.columnStyles.push(style);
  }

  openRow(attribs: Record<string, string>): void {
    if (this.depth !== 1 || !this.table) return;
    const repeated = repeatCount(attribs, 'table:number-rows-repeated');
    this.row = { draft: { before: 0, cells: [] }, repeated, emptyCells: 0 };
  }

  /** Empty rows count towards the row number; they are written out only before content. */
  closeRow(): void {
    if (this.depth !== 1) return;
    const row = this.row;
    this.row = undefined;
    if (!row || !this.table) return;
    if (row.draft.cells.length === 0) {
      this.emptyRows += row.repeated;
      return;
    }
    const rows = this.table.rows;
    const number = (draft: RowDraft): RowDraft => (this.numbered() ? { ...draft, line: rows.length + 1 } : draft);
    const copy = () => number({ ...row.draft, cells: [...row.draft.cells] });
    appendRepeated(rows, this.emptyRows, () => number({ before: 0, cells: [] }), copy, row.repeated);
    this.emptyRows = 0;
  }

  openCell(name: string, attribs: Record<string, string>): void {
    if (this.depth !== 1 || !this.row) return;
    const column = this.row.draft.cells.length + this.row.emptyCells;
    const style = attribs['table:style-name'] ?? this.columnStyles[column];
    this.cell = {
      draft: { ...emptyCell(), vMerge: name === 'table:covered-table-cell' ? 'continue' : null },
      repeated: repeatCount(attribs, 'table:number-columns-repeated'),
      styleEmphasis: this.styles.emphasis(style),
    };
  }

  /** A cell with content (or a covered one) is written, after the empty ones before it. */
  closeCell(): void {
    const open = this.cell;
    if (this.depth !== 1) return;
    this.cell = undefined;
    if (!open || !this.row) return;
    const blank = open.draft.pieces.every((p) => p.text.trim() === '');
    if (blank && open.draft.vMerge === null) {
      this.row.emptyCells += open.repeated;
      return;
    }
    // Covered cells past SPAN_COLUMNS are not written: a title merged across a whole sheet is no wide row.
    const cells = this.row.draft.cells.length + this.row.emptyCells;
    if (blank && cells >= SPAN_COLUMNS) return;
    const repeated = blank ? Math.min(open.repeated, SPAN_COLUMNS - cells) : open.repeated;
    const copy = (): CellDraft => ({ ...open.draft, pieces: [...open.draft.pieces] });
    appendRepeated(this.row.draft.cells, this.row.emptyCells, emptyCell, copy, repeated);
    this.row.emptyCells = 0;
  }
}
