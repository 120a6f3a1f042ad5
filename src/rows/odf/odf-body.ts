// The body of an OpenDocument file (content.xml, or a flat .fodt/.fods) in one
// streaming pass: paragraphs outside tables, and tables (a spreadsheet's sheets) as
// rows of cells. A cell spanning columns or rows leaves `table:covered-table-cell`s,
// read as spanned cells; repeated cells and rows are written out only up to content
// (repeats.ts). A table in a cell is read into that cell as lines. Notes keep their
// citation where they stand and their text after the document, as in DOCX.
import type { Block, CellDraft, RowDraft, TextDraft } from '../docx/body.js';
import { type Emphasis, OdfStyles, PLAIN_EMPHASIS } from './odf-styles.js';
import { appendRepeated, MAX_REPEAT, repeatCount } from './repeats.js';

/** A table of the body: a sheet's name is its `table:name`. */
export type OdfTable = Extract<Block, { kind: 'table' }> & { name: string };

// Elements whose content is not text of the document (styles are read by OdfStyles).
const SKIPPED = new Set(
  (
    'office:annotation text:tracked-changes office:forms table:shapes draw:frame office:scripts ' +
    'office:font-face-decls office:master-styles text:sequence-decls text:variable-decls ' +
    'table:named-expressions table:table-source'
  ).split(' '),
);
const STYLE_SECTIONS = new Set(['office:styles', 'office:automatic-styles']);

interface OpenCell {
  draft: CellDraft;
  repeated: number;
  styleEmphasis: Emphasis;
}

export class OdfBodyReader {
  readonly blocks: Block[] = [];
  readonly styles = new OdfStyles();
  private readonly stack: string[] = [];
  private readonly spans: Emphasis[] = [];
  private readonly notes: TextDraft[] = [];
  private skip = 0;
  private styleSection = 0;
  private tableDepth = 0;
  private table: OdfTable | undefined;
  private row: { draft: RowDraft; repeated: number; emptyCells: number } | undefined;
  private emptyRows = 0;
  private cell: OpenCell | undefined;
  private paragraph: ({ kind: 'paragraph' } & TextDraft) | undefined;
  private note: TextDraft | undefined;
  private citation: string | undefined;
  /** A spreadsheet: rows keep their row numbers in the sheet. */
  private spreadsheet = false;

  get isSpreadsheet(): boolean {
    return this.spreadsheet;
  }
  private pendingMark: string | undefined;
  private noteParagraphs = 0;
  private readonly columnStyles: string[] = [];

  open(name: string, attribs: Record<string, string>): void {
    this.stack.push(name);
    if (STYLE_SECTIONS.has(name)) this.styleSection++;
    if (this.styleSection > 0) {
      this.styles.open(name, attribs);
      return;
    }
    if (this.skip > 0 || SKIPPED.has(name)) {
      this.skip++;
      return;
    }
    this.openElement(name, attribs);
  }

  text(text: string): void {
    if (this.styleSection > 0 || this.skip > 0) return;
    if (this.citation !== undefined) this.citation += text;
    else if (this.spans.length > 0) this.push(text);
  }

  close(name: string): void {
    this.stack.pop();
    if (this.styleSection > 0) {
      this.styles.close(name);
      if (STYLE_SECTIONS.has(name)) this.styleSection--;
      return;
    }
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    this.closeElement(name);
  }

  /** The notes' texts with their citations, as paragraphs after the document. */
  finish(): Block[] {
    return [...this.blocks, ...this.notes.map((n) => ({ kind: 'paragraph' as const, ...n }))];
  }

  private openElement(name: string, attribs: Record<string, string>): void {
    switch (name) {
      case 'text:p':
      case 'text:h':
        // A paragraph inside a cell or a note starts a line of its own (a note's first follows its mark).
        if (this.note ? this.noteParagraphs++ > 0 : this.cell) this.lineBreak();
        this.spans.push(this.styles.emphasis(attribs['text:style-name'], this.cellEmphasis()));
        return;
      case 'text:span':
      case 'text:a':
        this.spans.push(this.styles.emphasis(attribs['text:style-name'], this.current()));
        if (name === 'text:a' && attribs['xlink:href']) this.sink().links.push(attribs['xlink:href']);
        return;
      case 'text:s':
        this.push(' '.repeat(Math.min(repeatCount(attribs, 'text:c'), MAX_REPEAT)));
        return;
      case 'text:tab':
        this.push('\t');
        return;
      case 'text:line-break':
        this.lineBreak();
        return;
      case 'office:spreadsheet':
        this.spreadsheet = true;
        return;
      case 'text:note-citation':
        this.citation = '';
        return;
      case 'text:note-body':
        this.note = {
          pieces: this.pendingMark ? [{ text: `${this.pendingMark} `, bold: false, underline: false }] : [],
          links: [],
        };
        this.pendingMark = undefined;
        this.noteParagraphs = 0;
        this.notes.push(this.note);
        return;
      case 'table:table':
        this.openTable(attribs);
        return;
      case 'table:table-column':
        this.column(attribs);
        return;
      case 'table:table-row':
        this.openRow(attribs);
        return;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        this.openCell(name, attribs);
        return;
    }
  }

  private closeElement(name: string): void {
    switch (name) {
      case 'text:p':
      case 'text:h':
        this.spans.pop();
        if (!this.cell && !this.note) this.paragraph = undefined;
        return;
      case 'text:span':
      case 'text:a':
        this.spans.pop();
        return;
      case 'text:note-citation': {
        // Written as DOCX notes are: `[1]` where the note stands, and before its text.
        const mark = `[${(this.citation ?? '').trim()}]`;
        this.citation = undefined;
        this.push(mark);
        this.pendingMark = mark;
        return;
      }
      case 'text:note-body':
        this.note = undefined;
        return;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        if (this.tableDepth === 1) this.closeCell();
        return;
      case 'table:table-row':
        if (this.tableDepth === 1) this.closeRow();
        return;
      case 'table:table':
        this.tableDepth = Math.max(0, this.tableDepth - 1);
        if (this.tableDepth === 0) this.table = undefined;
        return;
    }
  }

  private openTable(attribs: Record<string, string>): void {
    this.tableDepth++;
    if (this.tableDepth > 1) return;
    if (this.cell || this.note) return;
    this.paragraph = undefined;
    this.table = { kind: 'table', rows: [], name: attribs['table:name'] ?? '' };
    this.columnStyles.length = 0;
    this.emptyRows = 0;
    this.blocks.push(this.table);
  }

  /** A column's default cell style (`table:default-cell-style-name`): a sheet's bold column. */
  private column(attribs: Record<string, string>): void {
    if (this.tableDepth !== 1) return;
    const style = attribs['table:default-cell-style-name'] ?? '';
    const n = Math.min(repeatCount(attribs, 'table:number-columns-repeated'), MAX_REPEAT);
    for (let i = 0; i < n; i++) this.columnStyles.push(style);
  }

  private openRow(attribs: Record<string, string>): void {
    if (this.tableDepth !== 1 || !this.table) return;
    this.row = {
      draft: { before: 0, cells: [] },
      repeated: repeatCount(attribs, 'table:number-rows-repeated'),
      emptyCells: 0,
    };
  }

  private closeRow(): void {
    const row = this.row;
    this.row = undefined;
    if (!row || !this.table) return;
    // Empty rows count towards the row number; they are written out only before content.
    const line = () => this.table?.rows.length ?? 0;
    if (row.draft.cells.length === 0) {
      this.emptyRows += row.repeated;
      return;
    }
    const numbered = (draft: RowDraft): RowDraft => (this.spreadsheet ? { ...draft, line: line() + 1 } : draft);
    const { draft, repeated } = row;
    const empty = () => numbered({ before: 0, cells: [] });
    appendRepeated(
      this.table.rows,
      this.emptyRows,
      empty,
      () => numbered({ ...draft, cells: [...draft.cells] }),
      repeated,
    );
    this.emptyRows = 0;
  }

  private openCell(name: string, attribs: Record<string, string>): void {
    if (this.tableDepth !== 1 || !this.row) return;
    const column = this.row.draft.cells.length + this.row.emptyCells;
    const style = attribs['table:style-name'] ?? this.columnStyles[column];
    this.cell = {
      draft: { pieces: [], links: [], span: 1, vMerge: name === 'table:covered-table-cell' ? 'continue' : null },
      repeated: repeatCount(attribs, 'table:number-columns-repeated'),
      styleEmphasis: this.styles.emphasis(style),
    };
  }

  /** A cell with content (or a covered one) is written, after the empty ones before it. */
  private closeCell(): void {
    const open = this.cell;
    this.cell = undefined;
    if (!open || !this.row) return;
    const blank = open.draft.vMerge === null && open.draft.pieces.every((p) => p.text.trim() === '');
    if (blank) {
      this.row.emptyCells += open.repeated;
      return;
    }
    const empty = (): CellDraft => ({ pieces: [], links: [], span: 1, vMerge: null });
    const copy = (): CellDraft => ({ ...open.draft, pieces: [...open.draft.pieces] });
    appendRepeated(this.row.draft.cells, this.row.emptyCells, empty, copy, open.repeated);
    this.row.emptyCells = 0;
  }

  private cellEmphasis(): Emphasis {
    return this.cell?.styleEmphasis ?? PLAIN_EMPHASIS;
  }

  private current(): Emphasis {
    return this.spans[this.spans.length - 1] ?? this.cellEmphasis();
  }

  /** Where text goes: the open note, the open top-level cell, else the open body paragraph. */
  private sink(): TextDraft {
    if (this.note) {
      return this.note;
    }
    if (this.cell) {
      return this.cell.draft;
    }
    if (!this.paragraph) {
      this.paragraph = { kind: 'paragraph', pieces: [], links: [] };
      this.blocks.push(this.paragraph);
    }
    return this.paragraph;
  }

  private push(text: string): void {
    if (text === '') return;
    const { bold, underline, italic } = this.current();
    this.sink().pieces.push({ text, bold, underline, ...(italic ? { italic: true } : {}) });
  }

  private lineBreak(): void {
    const sink = this.sink();
    if (sink.pieces.length > 0) sink.pieces.push({ text: '\n', bold: false, underline: false });
  }
}
