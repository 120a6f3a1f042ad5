// Reads the document body (word/document.xml) in one streaming pass into blocks:
// paragraphs outside tables, and tables as rows of cells with their merges
// (gridSpan across, vMerge down). A table inside a cell is read into that cell as
// lines of text. Deleted text (tracked changes) and field codes are not text.
// Automatic numbers, symbols (`w:sym`) and note references are written as Word
// shows them.
import { hex as dingbat } from 'dingbat-to-unicode';
import type { Run } from '../row.js';
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

// Characters written as elements rather than text.
const CHARACTERS: Record<string, string> = { 'w:tab': '\t', 'w:br': '\n', 'w:cr': '\n', 'w:noBreakHyphen': '-' };

interface RunState extends Emphasis {
  style?: string;
}

/** What the body needs from the package's other parts. */
export interface BodyContext {
  numbering?: Numbering;
  notes?: NoteRefs;
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
  const numbering = context.numbering ?? NO_NUMBERING;
  const blocks: Block[] = [];
  const stack: string[] = [];
  const runs: RunState[] = [];
  const paragraphs: ParagraphState[] = [];
  let skip = 0; // depth inside a skipped element
  let inText = false;
  let tableDepth = 0;
  let table: { kind: 'table'; rows: RowDraft[] } | undefined;
  let row: RowDraft | undefined;
  let cell: CellDraft | undefined;
  let paragraph: ({ kind: 'paragraph' } & TextDraft) | undefined;

  // Where text goes: the open top-level cell, else the open body paragraph.
  const sink = (): TextDraft => {
    if (cell) return cell;
    if (!paragraph) {
      paragraph = { kind: 'paragraph', pieces: [], links: [] };
      blocks.push(paragraph);
    }
    return paragraph;
  };
  const emphasis = (): { bold: boolean; underline: boolean } => {
    const run = runs[runs.length - 1] ?? {};
    const byRun = styles.emphasis(run.style);
    const byParagraph = styles.emphasis(paragraphs[paragraphs.length - 1]?.style);
    return {
      bold: run.bold ?? byRun.bold ?? byParagraph.bold ?? false,
      underline: run.underline ?? byRun.underline ?? byParagraph.underline ?? false,
    };
  };
  const push = (text: string): void => {
    if (text !== '') sink().pieces.push({ text, ...emphasis() });
  };
  const lineBreak = (): void => {
    sink().pieces.push({ text: '\n', bold: false, underline: false });
  };

  // The number Word draws before a numbered paragraph, once its properties are read.
  const numberParagraph = (): void => {
    const state = paragraphs[paragraphs.length - 1];
    if (!state) return;
    const direct = state.list;
    const list = direct?.numId !== undefined ? direct : styles.list(state.style);
    if (list?.numId === undefined || list.numId === '0') return;
    const label = numbering.next(list.numId, direct?.ilvl ?? list.ilvl ?? 0);
    if (label !== null) push(label);
  };

  parseOoxml(xml, {
    onopentag(name, attribs) {
      const parent = stack[stack.length - 1];
      const grandparent = stack[stack.length - 2];
      stack.push(name);
      if (skip > 0 || SKIPPED.has(name)) {
        skip++;
        return;
      }
      switch (name) {
        case 'w:t':
          inText = true;
          return;
        case 'w:r':
          runs.push({});
          return;
        case 'w:p':
          // A paragraph inside a cell or a text box starts a line of its own.
          if (cell || paragraphs.length > 0) lineBreak();
          paragraphs.push({});
          return;
        case 'w:tbl':
          tableDepth++;
          if (tableDepth === 1) {
            paragraph = undefined;
            table = { kind: 'table', rows: [] };
            blocks.push(table);
          }
          return;
        case 'w:tr':
          if (tableDepth === 1 && table) {
            row = { before: 0, cells: [] };
            table.rows.push(row);
          }
          return;
        case 'w:tc':
          if (tableDepth === 1 && row) {
            cell = { pieces: [], links: [], span: 1, vMerge: null };
            row.cells.push(cell);
          }
          return;
        case 'w:hyperlink': {
          const target = attribs['r:id'] === undefined ? undefined : relationships.get(attribs['r:id'])?.target;
          if (target) sink().links.push(target);
          return;
        }
      }
      if (parent === 'w:r') {
        if (name in CHARACTERS) push(CHARACTERS[name] as string);
        else if (name === 'w:sym') push(symbol(attribs));
        else if (name === 'w:footnoteReference' || name === 'w:endnoteReference') {
          const kind = name === 'w:footnoteReference' ? 'footnote' : 'endnote';
          if (context.notes && attribs['w:id'] !== undefined) push(context.notes.mark(kind, attribs['w:id']));
        }
        return;
      }
      if (parent === 'w:rPr' && grandparent === 'w:r') {
        const run = runs[runs.length - 1];
        if (!run) return;
        if (name === 'w:b') run.bold = toggle(attribs);
        else if (name === 'w:u') run.underline = underlineOn(attribs);
        else if (name === 'w:rStyle') run.style = attribs['w:val'];
      } else if (name === 'w:pStyle' && parent === 'w:pPr') {
        const state = paragraphs[paragraphs.length - 1];
        if (state) state.style = attribs['w:val'];
      } else if (parent === 'w:numPr' && grandparent === 'w:pPr') {
        const state = paragraphs[paragraphs.length - 1];
        if (!state) return;
        state.list ??= {};
        if (name === 'w:numId') state.list.numId = attribs['w:val'];
        else if (name === 'w:ilvl') state.list.ilvl = Number.parseInt(attribs['w:val'] ?? '0', 10) || 0;
      } else if (parent === 'w:tcPr' && grandparent === 'w:tc' && tableDepth === 1 && cell) {
        if (name === 'w:gridSpan') cell.span = Math.max(1, count(attribs, 1));
        else if (name === 'w:vMerge') cell.vMerge = attribs['w:val'] === 'restart' ? 'restart' : 'continue';
      } else if (name === 'w:gridBefore' && parent === 'w:trPr' && tableDepth === 1 && row)
        row.before = count(attribs, 0);
    },
    ontext(text) {
      if (inText && skip === 0) push(text);
    },
    onclosetag(name) {
      stack.pop();
      if (skip > 0) {
        skip--;
        return;
      }
      switch (name) {
        case 'w:t':
          inText = false;
          return;
        case 'w:r':
          runs.pop();
          return;
        case 'w:pPr':
          if (stack[stack.length - 1] === 'w:p') numberParagraph();
          return;
        case 'w:p':
          paragraphs.pop();
          // A body paragraph ends its block; one inside a cell or text box is a line.
          if (cell || paragraphs.length > 0) lineBreak();
          else paragraph = undefined;
          return;
        case 'w:tc':
          if (tableDepth === 1) cell = undefined;
          return;
        case 'w:tr':
          if (tableDepth === 1) row = undefined;
          return;
        case 'w:tbl':
          tableDepth = Math.max(0, tableDepth - 1);
          if (tableDepth === 0) table = undefined;
          return;
      }
    },
  });
  return blocks;
}
