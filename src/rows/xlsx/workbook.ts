// The parts of an Excel workbook a sheet's cells need: the sheets' names and parts
// (workbook.xml and its relationships), the shared strings with their bold runs, and
// the cell styles (number format, bold font).
import type { DepthLimit } from '../../read/limits.js';
import { parseOoxml } from '../docx/namespaces.js';
import { readRelationships } from '../docx/relationships.js';
import type { Run } from '../row.js';
import { builtInFormat } from './number-format.js';

export interface SheetRef {
  name: string;
  path: string;
}

/** A cell style: the number format's code and whether its font is bold. */
export interface CellStyle {
  format: string | undefined;
  bold: boolean;
}

/** A string's runs; `bold` undefined for a run without properties, which takes the cell's font. */
export type Pieces = Array<{ text: string; bold?: boolean }>;

/** `_x000D_`-style escapes of OOXML strings, as characters (a carriage return dropped). */
export const unescapeOoxml = (text: string): string =>
  text
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/\r/g, '');

/** The workbook's sheets in order, each with the path of its part. */
export function readSheets(workbook: string, rels: string | undefined, depth: DepthLimit): SheetRef[] {
  const relationships = readRelationships(rels, depth);
  const sheets: SheetRef[] = [];
  parseOoxml(
    workbook,
    {
      onopentag(name, attribs) {
        if (name !== 'x:sheet') return;
        const target = relationships.get(attribs['r:id'] ?? '')?.target;
        if (target === undefined) return;
        const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
        sheets.push({ name: attribs.name ?? '', path: path.replace(/\/\.\//g, '/') });
      },
    },
    depth,
  );
  return sheets;
}

/**
 * Rich or plain strings (`<si>`, and a cell's inline `<is>`): runs with their bold.
 * A run without properties takes the cell's font, so its bold is left undefined here.
 */
export class StringReader {
  readonly strings: Pieces[] = [];
  private current: Pieces | undefined;
  private run: { bold?: boolean } | undefined;
  private inText = false;
  private skip = 0;

  open(name: string): void {
    if (name === 'x:si' || name === 'x:is') this.current = [];
    else if (name === 'x:rPh' || name === 'x:phoneticPr') this.skip++;
    else if (name === 'x:r') this.run = {};
    else if (name === 'x:rPr' && this.run) this.run.bold ??= false;
    else if (name === 'x:b' && this.run) this.run.bold = true;
    else if (name === 'x:t' && this.skip === 0) this.inText = true;
  }

  text(text: string): void {
    if (!this.inText || !this.current) return;
    this.current.push({ text: unescapeOoxml(text), bold: this.run?.bold });
  }

  close(name: string): string | undefined {
    if (name === 'x:t') this.inText = false;
    else if (name === 'x:rPh' || name === 'x:phoneticPr') this.skip = Math.max(0, this.skip - 1);
    else if (name === 'x:r') this.run = undefined;
    else if (name === 'x:si' || name === 'x:is') {
      if (this.current) this.strings.push(this.current);
      this.current = undefined;
      return name;
    }
    return undefined;
  }
}

/** The pieces of a string in a cell whose font is `bold`: runs without properties take it. */
export function piecesIn(pieces: Pieces, bold: boolean): Run[] {
  return pieces.map((p) => ({ text: p.text, bold: p.bold ?? bold, underline: false }));
}

export function readSharedStrings(xml: string | undefined, depth: DepthLimit): Pieces[] {
  if (xml === undefined) return [];
  const reader = new StringReader();
  parseOoxml(
    xml,
    {
      onopentag: (name) => reader.open(name),
      ontext: (text) => reader.text(text),
      onclosetag: (name) => void reader.close(name),
    },
    depth,
  );
  return reader.strings;
}

/** The cell styles (`cellXfs`), by index: each one's number format and bold. */
export function readCellStyles(xml: string | undefined, depth: DepthLimit): CellStyle[] {
  if (xml === undefined) return [];
  const formats = new Map<number, string>();
  const fonts: boolean[] = [];
  const styles: CellStyle[] = [];
  const open: string[] = [];
  parseOoxml(
    xml,
    {
      onopentag(name, attribs) {
        const parent = open[open.length - 1];
        open.push(name);
        if (name === 'x:numFmt') formats.set(Number(attribs.numFmtId), attribs.formatCode ?? 'General');
        else if (name === 'x:font' && parent === 'x:fonts') fonts.push(false);
        else if (name === 'x:b' && parent === 'x:font' && open[open.length - 3] === 'x:fonts')
          fonts[fonts.length - 1] = attribs.val !== '0' && attribs.val !== 'false';
        else if (name === 'x:xf' && parent === 'x:cellXfs') {
          const id = Number(attribs.numFmtId ?? 0);
          styles.push({
            format: formats.get(id) ?? builtInFormat(id),
            bold: fonts[Number(attribs.fontId ?? 0)] ?? false,
          });
        }
      },
      onclosetag: () => void open.pop(),
    },
    depth,
  );
  return styles;
}
