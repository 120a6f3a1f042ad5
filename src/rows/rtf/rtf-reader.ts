// The document an RTF file describes, read from its tokens into paragraphs and table
// rows. Each group keeps its own character formatting (bold, underline, italics, the
// font and so its code page); destinations that hold no text of the page (font and
// colour tables, styles, pictures, field instructions, headers) are skipped. A table
// row is its cells' texts (`\cell`) with the right edges the row defines (`\cellx`)
// and their merges; rows of a nested table (`\nestcell`) are lines of the outer cell.
import type { Run } from '../row.js';
import type { RtfToken } from './rtf-tokens.js';

export interface RtfCell {
  pieces: Run[];
  /** The cell's right edge, in twips from the row's origin. */
  right: number;
  /** Covered by the cell before it (`\clmrg`) or above it (`\clvmrg`). */
  merged: boolean;
}

export type RtfBlock = { kind: 'paragraph'; pieces: Run[] } | { kind: 'row'; cells: RtfCell[] };

interface GroupState {
  bold: boolean;
  underline: boolean;
  italic: boolean;
  font: number;
  /** Characters after `\uN` that are its fallback for readers without Unicode. */
  uc: number;
  skip: boolean;
  note: boolean;
}

// Destinations whose text is not the document's.
const SKIPPED_DESTINATIONS = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'info',
  'pict',
  'object',
  'fldinst',
  'header',
  'headerl',
  'headerr',
  'headerf',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'listtable',
  'listoverridetable',
  'rsidtbl',
  'themedata',
  'colorschememapping',
  'latentstyles',
  'datastore',
  'xmlnstbl',
  'generator',
  'pgdsctbl',
  'nesttableprops',
  'shp',
]);

/** Windows code pages by RTF font charset (`\fcharsetN`). */
const CHARSET_PAGES: ReadonlyMap<number, number> = new Map([
  [0, 1252],
  [161, 1253],
  [162, 1254],
  [177, 1255],
  [178, 1256],
  [186, 1257],
  [204, 1251],
  [238, 1250],
]);

const TOGGLES: ReadonlyMap<string, 'bold' | 'underline' | 'italic'> = new Map([
  ['b', 'bold'],
  ['ul', 'underline'],
  ['i', 'italic'],
]);

export class RtfReader {
  readonly blocks: RtfBlock[] = [];
  readonly notes: Run[][] = [];
  private readonly groups: GroupState[] = [
    { bold: false, underline: false, italic: false, font: 0, uc: 1, skip: false, note: false },
  ];
  private codePage = 1252;
  private readonly fontPages = new Map<number, number>();
  private fontTable = 0;
  private fontInTable = -1;
  private skipFallback = 0;
  private pieces: Run[] = [];
  private inTable = false;
  private cells: RtfCell[] = [];
  private edges: Array<{ right: number; merged: boolean }> = [];
  private cellMerged = false;
  private noteCount = 0;
  private afterDestinationMark = false;
  private savedPieces: Run[] = [];
  private readonly decoders = new Map<number, InstanceType<typeof TextDecoder>>();

  read(token: RtfToken): void {
    const state = this.groups[this.groups.length - 1] as GroupState;
    switch (token.kind) {
      case 'open':
        this.groups.push({ ...state });
        this.afterDestinationMark = false;
        return;
      case 'close':
        if (this.groups.length > 1) this.groups.pop();
        if (this.fontTable > this.groups.length) this.fontTable = 0;
        if (state.note && !(this.groups[this.groups.length - 1] as GroupState).note) this.endNote();
        return;
      case 'word':
        this.word(token.word, token.param, state);
        return;
      case 'bytes':
        this.text(this.decode(token.bytes, state), state);
        return;
      case 'text':
        this.text(token.text, state);
        return;
    }
  }

  /** The document's code page (`\ansicpg`), for the report's source encoding. */
  get codePageUsed(): number {
    return this.codePage;
  }

  /** Ends the document: an open paragraph is one. */
  finish(): RtfBlock[] {
    this.endParagraph();
    return this.blocks;
  }

  private word(word: string, param: number | null, state: GroupState): void {
    if (word === '*') {
      this.afterDestinationMark = true;
      return;
    }
    // `{\*\unknown …}`: a destination this reader does not know is skipped whole.
    const destination = this.afterDestinationMark;
    this.afterDestinationMark = false;
    if (SKIPPED_DESTINATIONS.has(word) || destination) {
      if (word === 'fonttbl') this.fontTable = this.groups.length;
      else state.skip = true;
    }
    if (this.fontTable > 0) {
      this.fontWord(word, param);
      return;
    }
    if (state.skip) return;
    const toggle = TOGGLES.get(word);
    if (toggle) state[toggle] = param !== 0;
    else if (word === 'ulnone') state.underline = false;
    else if (word === 'plain') Object.assign(state, { bold: false, underline: false, italic: false });
    else if (word === 'f' && param !== null) state.font = param;
    else if (word === 'ansicpg' && param !== null) this.codePage = param;
    else if (word === 'uc' && param !== null) state.uc = Math.max(0, param);
    else if (word === 'u' && param !== null) {
      this.text(String.fromCharCode(param < 0 ? param + 65536 : param), state);
      this.skipFallback = state.uc;
    } else this.structure(word, param, state);
  }

  /** Paragraphs, lines, cells, rows, notes and the row definitions. */
  private structure(word: string, param: number | null, state: GroupState): void {
    switch (word) {
      case 'par':
        if (this.inTable && !state.note) this.lineBreak();
        else this.endParagraph();
        return;
      case 'line':
      case 'nestcell':
      case 'nestrow':
        this.lineBreak();
        return;
      case 'tab':
        this.text('\t', state);
        return;
      case 'pard':
        this.inTable = false;
        return;
      case 'intbl':
        // Not a paragraph end: a cell's paragraphs each restate `\pard … \intbl`.
        this.inTable = true;
        return;
      case 'trowd':
        this.edges = [];
        this.cellMerged = false;
        return;
      case 'clmrg':
      case 'clvmrg':
        this.cellMerged = true;
        return;
      case 'cellx':
        this.edges.push({ right: param ?? 0, merged: this.cellMerged });
        this.cellMerged = false;
        return;
      case 'cell':
        this.endCell();
        return;
      case 'row':
        this.endRow();
        return;
      case 'footnote':
        this.startNote(state);
        return;
    }
  }

  private fontWord(word: string, param: number | null): void {
    if (word === 'f' && param !== null) this.fontInTable = param;
    else if (word === 'fcharset' && param !== null) {
      const page = CHARSET_PAGES.get(param);
      if (page !== undefined && this.fontInTable >= 0) this.fontPages.set(this.fontInTable, page);
    }
  }

  private decode(bytes: readonly number[], state: GroupState): string {
    // The fallback of a `\uN` is its next `\ucN` characters, each a byte here.
    const skipped = Math.min(this.skipFallback, bytes.length);
    this.skipFallback -= skipped;
    const page = this.fontPages.get(state.font) ?? this.codePage;
    let decoder = this.decoders.get(page);
    if (!decoder) {
      try {
        decoder = new TextDecoder(`windows-${page}`);
      } catch {
        decoder = new TextDecoder('windows-1252');
      }
      this.decoders.set(page, decoder);
    }
    return decoder.decode(Uint8Array.from(bytes.slice(skipped)));
  }

  private text(text: string, state: GroupState): void {
    if (state.skip || this.fontTable > 0 || text === '') return;
    this.pieces.push({ text, bold: state.bold, underline: state.underline, ...(state.italic ? { italic: true } : {}) });
  }

  private lineBreak(): void {
    if (this.pieces.length > 0) this.pieces.push({ text: '\n', bold: false, underline: false });
  }

  private endParagraph(): void {
    if (this.pieces.some((p) => p.text.trim() !== '')) this.blocks.push({ kind: 'paragraph', pieces: this.pieces });
    this.pieces = [];
  }

  private endCell(): void {
    const edge = this.edges[this.cells.length];
    this.cells.push({ pieces: this.pieces, right: edge?.right ?? 0, merged: edge?.merged ?? false });
    this.pieces = [];
  }

  private endRow(): void {
    // Edges defined after the cells (Word repeats the row definition before `\row`) are paired here.
    for (const [i, cell] of this.cells.entries()) {
      const edge = this.edges[i];
      if (edge) Object.assign(cell, { right: edge.right, merged: edge.merged });
    }
    if (this.cells.length > 0) this.blocks.push({ kind: 'row', cells: this.cells });
    this.cells = [];
  }

  /** A footnote's text goes after the document with its mark, which stands where the note is. */
  private startNote(state: GroupState): void {
    this.noteCount++;
    const mark = `[${this.noteCount}]`;
    this.text(mark, state);
    state.note = true;
    this.notes.push([{ text: `${mark} `, bold: false, underline: false }]);
    this.savedPieces = this.pieces;
    this.pieces = this.notes[this.notes.length - 1] as Run[];
  }

  private endNote(): void {
    this.pieces = this.savedPieces;
    this.savedPieces = [];
  }
}
