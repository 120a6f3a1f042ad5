// Reads the document body (word/document.xml) in one streaming pass into blocks:
// paragraphs outside tables, and tables as rows of cells with their merges
// (gridSpan across, vMerge down). A table inside a cell is read into that cell as
// lines of text. Deleted text (tracked changes) and field codes are not text.
// Automatic numbers, symbols (`w:sym`) and note references are written as Word
// shows them.
import { hex as dingbat } from 'dingbat-to-unicode';
import type { Run } from '../row.js';
import type { DepthLimit } from '../../read/limits.js';
import { parseOoxml } from './namespaces.js';
import type { NoteRefs } from './notes.js';
import { NO_NUMBERING, type Numbering } from './numbering.js';
import { count, toggle, underlineOn } from './ooxml.js';
import type { Relationship } from './relationships.js';
import type { Emphasis, ListRef, StyleTable } from './styles.js';

/** Text in reading order (`\n` pieces break lines) and the links beside it. */
export interface TextDraft {
  pieces: Run[];
  links: string[];
}

export interface CellDraft extends TextDraft {
  /** Grid columns the cell covers (w:gridSpan). */
  span: number;
  /** `continue` for the cells a vertical merge covers below its first cell. */
  vMerge: 'restart' | 'continue' | null;
}

export interface RowDraft {
  /** Grid columns left empty before the first cell (w:gridBefore). */
  before: number;
  cells: CellDraft[];
  /** The row's own number (a spreadsheet's row), when it has one; else rows are numbered in order. */
  line?: number;
}

export type Block = ({ kind: 'paragraph' } & TextDraft) | { kind: 'table'; rows: RowDraft[] };

// Elements whose content is not part of the visible text.
const SKIPPED = new Set([
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:instrText',
  'w:fldData',
  'mc:Fallback',
  'w:rPrChange',
  'w:pPrChange',
]);

// Characters written as elements rather than text (a Map: element names come from the input). A soft
// hyphen is given to cleaning as the character, which removes and counts it as in every format.
const CHARACTERS: ReadonlyMap<string, string> = new Map(
  Object.entries({ 'w:tab': '\t', 'w:br': '\n', 'w:cr': '\n', 'w:noBreakHyphen': '-', 'w:softHyphen': '\u00ad' }),
);

interface RunState extends Emphasis {
  style?: string;
}

/** What the body needs from the package's other parts. */
export interface BodyContext {
  numbering?: Numbering;
  notes?: NoteRefs;
  depth?: DepthLimit;
}

interface ParagraphState {
  style?: string;
  list?: Partial<ListRef>;
}

/** A symbol drawn from a symbol font, as the Unicode character it shows. */
function symbol(attribs: Record<string, string>): string {
  const font = attribs['w:font'] ?? '';
  const code = attribs['w:char'] ?? '';
  const found = dingbat(font, code) ?? (/^F0[0-9A-F]{2}$/i.test(code) ? dingbat(font, code.slice(2)) : undefined);
  if (found) return found.string;
  const n = Number.parseInt(code, 16);
  return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
}

export function readBody(
  xml: string,
  styles: StyleTable,
  relationships: ReadonlyMap<string, Relationship>,
  context: BodyContext = {},
): Block[] {
  const reader = new BodyReader(styles, relationships, context);
  parseOoxml(
    xml,
    {
      onopentag: (name, attribs) => reader.open(name, attribs),
      ontext: (text) => reader.text(text),
      onclosetag: (name) => reader.close(name),
    },
    context.depth,
  );
  return reader.blocks;
}

/** The state of one pass over document.xml: open elements, runs, paragraphs, and the table being read. */
class BodyReader {
  readonly blocks: Block[] = [];
  private readonly numbering: Numbering;
  private readonly stack: string[] = [];
  private readonly runs: RunState[] = [];
  private readonly paragraphs: ParagraphState[] = [];
  private skip = 0; // depth inside a skipped element
  private inText = false;
  private tableDepth = 0;
  private table: { kind: 'table'; rows: RowDraft[] } | undefined;
  private row: RowDraft | undefined;
  private cell: CellDraft | undefined;
  private paragraph: ({ kind: 'paragraph' } & TextDraft) | undefined;

  constructor(
    private readonly styles: StyleTable,
    private readonly relationships: ReadonlyMap<string, Relationship>,
    private readonly context: BodyContext,
  ) {
    this.numbering = context.numbering ?? NO_NUMBERING;
  }

  open(name: string, attribs: Record<string, string>): void {
    const parent = this.stack[this.stack.length - 1];
    const grandparent = this.stack[this.stack.length - 2];
    this.stack.push(name);
    if (this.skip > 0 || SKIPPED.has(name)) {
      this.skip++;
      return;
    }
    if (this.openStructure(name, attribs)) return;
    if (parent === 'w:r') this.runContent(name, attribs);
    else this.property(name, parent, grandparent, attribs);
  }

  text(text: string): void {
    if (this.inText && this.skip === 0) this.push(text);
  }

  close(name: string): void {
    this.stack.pop();
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    switch (name) {
      case 'w:t':
        this.inText = false;
        return;
      case 'w:r':
        this.runs.pop();
        return;
      case 'w:pPr':
        if (this.stack[this.stack.length - 1] === 'w:p') this.numberParagraph();
        return;
      case 'w:p':
        this.paragraphs.pop();
        // A body paragraph ends its block; one inside a cell or text box is a line.
        if (this.cell || this.paragraphs.length > 0) this.lineBreak();
        else this.paragraph = undefined;
        return;
      case 'w:tc':
        if (this.tableDepth === 1) this.cell = undefined;
        return;
      case 'w:tr':
        if (this.tableDepth === 1) this.row = undefined;
        return;
      case 'w:tbl':
        this.tableDepth = Math.max(0, this.tableDepth - 1);
        if (this.tableDepth === 0) this.table = undefined;
        return;
    }
  }

  /** Elements that open text, runs, paragraphs, tables, rows, cells and links; true when `name` was one. */
  private openStructure(name: string, attribs: Record<string, string>): boolean {
    switch (name) {
      case 'w:t':
        this.inText = true;
        return true;
      case 'w:r':
        this.runs.push({});
        return true;
      case 'w:p':
        // A paragraph inside a cell or a text box starts a line of its own.
        if (this.cell || this.paragraphs.length > 0) this.lineBreak();
        this.paragraphs.push({});
        return true;
      case 'w:tbl':
        this.tableDepth++;
        if (this.tableDepth === 1) {
          this.paragraph = undefined;
          this.table = { kind: 'table', rows: [] };
          this.blocks.push(this.table);
        }
        return true;
      case 'w:tr':
        if (this.tableDepth === 1 && this.table) {
          this.row = { before: 0, cells: [] };
          this.table.rows.push(this.row);
        }
        return true;
      case 'w:tc':
        if (this.tableDepth === 1 && this.row) {
          this.cell = { pieces: [], links: [], span: 1, vMerge: null };
          this.row.cells.push(this.cell);
        }
        return true;
      case 'w:hyperlink': {
        const id = attribs['r:id'];
        const target = id === undefined ? undefined : this.relationships.get(id)?.target;
        if (target) this.sink().links.push(target);
        return true;
      }
      default:
        return false;
    }
  }

  /** What a run holds besides text: tabs, breaks, symbols, note marks. */
  private runContent(name: string, attribs: Record<string, string>): void {
    const character = CHARACTERS.get(name);
    if (character !== undefined) this.push(character);
    else if (name === 'w:sym') this.push(symbol(attribs));
    else if (name === 'w:footnoteReference' || name === 'w:endnoteReference') {
      const kind = name === 'w:footnoteReference' ? 'footnote' : 'endnote';
      if (this.context.notes && attribs['w:id'] !== undefined)
        this.push(this.context.notes.mark(kind, attribs['w:id']));
    }
  }

  /** Properties of runs, paragraphs, lists, cells and rows. */
  private property(
    name: string,
    parent: string | undefined,
    grandparent: string | undefined,
    attribs: Record<string, string>,
  ): void {
    const paragraph = this.paragraphs[this.paragraphs.length - 1];
    if (parent === 'w:rPr' && grandparent === 'w:r') {
      const run = this.runs[this.runs.length - 1];
      if (!run) return;
      if (name === 'w:b') run.bold = toggle(attribs);
      else if (name === 'w:u') run.underline = underlineOn(attribs);
      else if (name === 'w:i') run.italic = toggle(attribs);
      else if (name === 'w:rStyle') run.style = attribs['w:val'];
    } else if (name === 'w:pStyle' && parent === 'w:pPr') {
      if (paragraph) paragraph.style = attribs['w:val'];
    } else if (parent === 'w:numPr' && grandparent === 'w:pPr') {
      if (!paragraph) return;
      paragraph.list ??= {};
      if (name === 'w:numId') paragraph.list.numId = attribs['w:val'];
      else if (name === 'w:ilvl') paragraph.list.ilvl = Number.parseInt(attribs['w:val'] ?? '0', 10) || 0;
    } else if (parent === 'w:tcPr' && grandparent === 'w:tc' && this.tableDepth === 1 && this.cell) {
      if (name === 'w:gridSpan') this.cell.span = Math.max(1, count(attribs, 1));
      else if (name === 'w:vMerge') this.cell.vMerge = attribs['w:val'] === 'restart' ? 'restart' : 'continue';
    } else if (name === 'w:gridBefore' && parent === 'w:trPr' && this.tableDepth === 1 && this.row)
      this.row.before = count(attribs, 0);
  }

  /** Where text goes: the open top-level cell, else the open body paragraph. */
  private sink(): TextDraft {
    if (this.cell) return this.cell;
    if (!this.paragraph) {
      this.paragraph = { kind: 'paragraph', pieces: [], links: [] };
      this.blocks.push(this.paragraph);
    }
    return this.paragraph;
  }

  private emphasis(): { bold: boolean; underline: boolean; italic?: boolean } {
    const run = this.runs[this.runs.length - 1] ?? {};
    const byRun = this.styles.emphasis(run.style);
    const byParagraph = this.styles.emphasis(this.paragraphs[this.paragraphs.length - 1]?.style);
    const of = (key: 'bold' | 'underline' | 'italic') => run[key] ?? byRun[key] ?? byParagraph[key] ?? false;
    return { bold: of('bold'), underline: of('underline'), ...(of('italic') ? { italic: true } : {}) };
  }

  private push(text: string): void {
    if (text !== '') this.sink().pieces.push({ text, ...this.emphasis() });
  }

  private lineBreak(): void {
    this.sink().pieces.push({ text: '\n', bold: false, underline: false });
  }

  /** The number Word draws before a numbered paragraph, once its properties are read. */
  private numberParagraph(): void {
    const state = this.paragraphs[this.paragraphs.length - 1];
    if (!state) return;
    const direct = state.list;
    const list = direct?.numId !== undefined ? direct : this.styles.list(state.style);
    if (list?.numId === undefined || list.numId === '0') return;
    const label = this.numbering.next(list.numId, direct?.ilvl ?? list.ilvl ?? 0);
    if (label !== null) this.push(label);
  }
}
