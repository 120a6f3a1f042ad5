// The body of an OpenDocument file (content.xml, or a flat .fodt/.fods) in one
// streaming pass: paragraphs outside tables, and tables (a spreadsheet's sheets) as
// rows of cells (odf-table.ts). Styles give emphasis (odf-styles.ts) and list
// numbers (odf-lists.ts). A table in a cell is read into that cell as lines. Notes
// keep their citation where they stand and their text after the document, as in DOCX.
import type { Block, TextDraft } from '../docx/body.js';
import { OdfLists } from './odf-lists.js';
import { type Emphasis, OdfStyles, PLAIN_EMPHASIS } from './odf-styles.js';
import { OdfTableBuilder } from './odf-table.js';
import { MAX_REPEAT, repeatCount } from './repeats.js';

export type { OdfTable } from './odf-table.js';

// Elements whose content is not text of the document (styles are read by OdfStyles).
const SKIPPED = new Set(
  (
    'office:annotation text:tracked-changes office:forms table:shapes draw:frame office:scripts ' +
    'office:font-face-decls office:master-styles text:sequence-decls text:variable-decls ' +
    'table:named-expressions table:table-source'
  ).split(' '),
);
const STYLE_SECTIONS = new Set(['office:styles', 'office:automatic-styles']);

type Attributes = Record<string, string>;

export class OdfBodyReader {
  readonly blocks: Block[] = [];
  readonly styles = new OdfStyles();
  private readonly lists = new OdfLists();
  private readonly tables = new OdfTableBuilder(this.styles, () => this.spreadsheet);
  private readonly spans: Emphasis[] = [];
  private readonly notes: TextDraft[] = [];
  private skip = 0;
  private styleSection = 0;
  private paragraph: ({ kind: 'paragraph' } & TextDraft) | undefined;
  private note: TextDraft | undefined;
  private noteParagraphs = 0;
  private citation: string | undefined;
  private pendingMark: string | undefined;
  /** A list item's number, written before its first paragraph's text. */
  private pendingNumber: string | null = null;
  private spreadsheet = false;

  /** A spreadsheet: its tables are sheets, and their rows keep their row numbers. */
  get isSpreadsheet(): boolean {
    return this.spreadsheet;
  }

  open(name: string, attribs: Attributes): void {
    if (STYLE_SECTIONS.has(name)) this.styleSection++;
    if (this.styleSection > 0) {
      this.styles.open(name, attribs);
      this.lists.openStyle(name, attribs);
    } else if (this.skip > 0 || SKIPPED.has(name)) this.skip++;
    else this.openElement(name, attribs);
  }

  text(text: string): void {
    if (this.styleSection > 0 || this.skip > 0) return;
    if (this.citation !== undefined) this.citation += text;
    else if (this.spans.length > 0) this.push(text);
  }

  close(name: string): void {
    if (this.styleSection > 0) {
      this.styles.close(name);
      this.lists.closeStyle(name);
      if (STYLE_SECTIONS.has(name)) this.styleSection--;
    } else if (this.skip > 0) this.skip--;
    else this.closeElement(name);
  }

  /** The notes' texts with their citations, as paragraphs after the document. */
  finish(): Block[] {
    return [...this.blocks, ...this.notes.map((n) => ({ kind: 'paragraph' as const, ...n }))];
  }

  private openElement(name: string, attribs: Attributes): void {
    if (this.openText(name, attribs)) return;
    switch (name) {
      case 'office:spreadsheet':
        this.spreadsheet = true;
        return;
      case 'text:note-citation':
        this.citation = '';
        return;
      case 'text:note-body':
        this.openNote();
        return;
      case 'text:list':
        this.lists.openList(attribs);
        return;
      case 'text:list-item':
        this.pendingNumber = this.lists.item(attribs);
        return;
      case 'table:table': {
        const table = this.tables.openTable(attribs, this.tables.cell !== undefined || this.note !== undefined);
        if (table) {
          this.paragraph = undefined;
          this.blocks.push(table);
        }
        return;
      }
      case 'table:table-column':
        this.tables.column(attribs);
        return;
      case 'table:table-row':
        this.tables.openRow(attribs);
        return;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        this.tables.openCell(name, attribs);
    }
  }

  /** Paragraphs, spans, links, spaces, tabs and line breaks; true when `name` was one. */
  private openText(name: string, attribs: Attributes): boolean {
    switch (name) {
      case 'text:p':
      case 'text:h':
        // A paragraph inside a cell or a note starts a line of its own (a note's first follows its mark).
        if (this.note ? this.noteParagraphs++ > 0 : this.tables.cell) this.lineBreak();
        this.spans.push(this.styles.emphasis(attribs['text:style-name'], this.cellEmphasis()));
        if (this.pendingNumber !== null) this.push(`${this.pendingNumber} `);
        this.pendingNumber = null;
        return true;
      case 'text:span':
      case 'text:a':
        this.spans.push(this.styles.emphasis(attribs['text:style-name'], this.current()));
        if (name === 'text:a' && attribs['xlink:href']) this.sink().links.push(attribs['xlink:href']);
        return true;
      case 'text:s':
        this.push(' '.repeat(Math.min(repeatCount(attribs, 'text:c'), MAX_REPEAT)));
        return true;
      case 'text:tab':
        this.push('\t');
        return true;
      case 'text:line-break':
        this.lineBreak();
        return true;
      default:
        return false;
    }
  }

  private closeElement(name: string): void {
    switch (name) {
      case 'text:p':
      case 'text:h':
        this.spans.pop();
        if (!this.tables.cell && !this.note) this.paragraph = undefined;
        return;
      case 'text:span':
      case 'text:a':
        this.spans.pop();
        return;
      case 'text:note-citation':
        this.closeCitation();
        return;
      case 'text:note-body':
        this.note = undefined;
        return;
      case 'text:list':
        this.lists.closeList();
        return;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        this.tables.closeCell();
        return;
      case 'table:table-row':
        this.tables.closeRow();
        return;
      case 'table:table':
        this.tables.closeTable();
    }
  }

  /** Written as DOCX notes are: `[1]` where the note stands, and before its text. */
  private closeCitation(): void {
    const mark = `[${(this.citation ?? '').trim()}]`;
    this.citation = undefined;
    this.push(mark);
    this.pendingMark = mark;
  }

  private openNote(): void {
    const mark = this.pendingMark ? [{ text: `${this.pendingMark} `, bold: false, underline: false }] : [];
    this.note = { pieces: mark, links: [] };
    this.pendingMark = undefined;
    this.noteParagraphs = 0;
    this.notes.push(this.note);
  }

  private cellEmphasis(): Emphasis {
    return this.tables.cell?.styleEmphasis ?? PLAIN_EMPHASIS;
  }

  private current(): Emphasis {
    return this.spans[this.spans.length - 1] ?? this.cellEmphasis();
  }

  /** Where text goes: the open note, the open top-level cell, else the open body paragraph. */
  private sink(): TextDraft {
    if (this.note) return this.note;
    if (this.tables.cell) return this.tables.cell.draft;
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
