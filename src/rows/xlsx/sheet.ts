// One worksheet's cells as rows: each cell's text as the sheet shows it (shared,
// inline and rich strings; numbers through their number format), its bold, and the
// merged ranges, whose covered cells are spanned cells. Rows keep their numbers.
import type { DepthLimit } from '../../read/limits.js';
import type { CellDraft, RowDraft } from '../docx/body.js';
import { parseOoxml } from '../docx/namespaces.js';
import type { Run } from '../row.js';
import { SPAN_COLUMNS } from '../sheets.js';
import { displayNumber } from './number-format.js';
import { type CellStyle, type Pieces, piecesIn, StringReader, unescapeOoxml } from './workbook.js';

/** Columns read in a row: far more than any report has, and the bound on what a merge or a cell reference reaches. */
export const MAX_COLUMNS = 256;

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface OpenCell {
  row: number;
  column: number;
  type: string;
  style: CellStyle | undefined;
  value: string;
}

/** `B12` → row 12, column 1 (from 0); null for anything else. */
export function cellAddress(ref: string): { row: number; column: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.toUpperCase());
  if (!m) return null;
  let column = 0;
  for (const c of m[1] as string) column = column * 26 + (c.charCodeAt(0) - 64);
  return { row: Number(m[2]), column: column - 1 };
}

function mergeOf(ref: string): Merge | null {
  const [from, to] = ref.split(':');
  const a = cellAddress(from ?? '');
  const b = cellAddress(to ?? from ?? '');
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.column, b.column),
    right: Math.min(Math.max(a.column, b.column), MAX_COLUMNS - 1),
  };
}

/** A value cell's runs as shown. */
function shown(cell: OpenCell, inline: Pieces | undefined, shared: readonly Pieces[]): Run[] {
  const bold = cell.style?.bold ?? false;
  const plain = (text: string): Run[] => (text === '' ? [] : [{ text, bold, underline: false }]);
  switch (cell.type) {
    case 's':
      return piecesIn(shared[Number(cell.value)] ?? [], bold);
    case 'inlineStr':
      return piecesIn(inline ?? [], bold);
    case 'b':
      return plain(cell.value === '1' ? 'TRUE' : 'FALSE');
    case 'str':
    case 'e':
    case 'd':
      return plain(unescapeOoxml(cell.value));
    default: {
      const n = Number(cell.value);
      return plain(cell.value.trim() === '' || !Number.isFinite(n) ? cell.value : displayNumber(n, cell.style?.format));
    }
  }
}

/** The sheet's rows that hold anything, by number, each cell in its column. */
export function readSheet(
  xml: string,
  shared: readonly Pieces[],
  styles: readonly CellStyle[],
  depth: DepthLimit,
): RowDraft[] {
  const cells = new Map<number, Map<number, Run[]>>();
  const merges: Merge[] = [];
  const strings = new StringReader();
  let cell: OpenCell | undefined;
  let inValue = false;
  let rowNumber = 0;
  let column = 0;
  parseOoxml(
    xml,
    {
      onopentag(name, attribs) {
        if (name === 'x:row') {
          rowNumber = Number(attribs.r) || rowNumber + 1;
          column = 0;
        } else if (name === 'x:c') {
          const at = cellAddress(attribs.r ?? '') ?? { row: rowNumber, column };
          column = at.column + 1;
          cell = { ...at, type: attribs.t ?? 'n', style: styles[Number(attribs.s ?? 0)], value: '' };
        } else if (name === 'x:v' && cell) inValue = true;
        else if (name === 'x:mergeCell') {
          const merge = mergeOf(attribs.ref ?? '');
          if (merge) merges.push(merge);
        } else strings.open(name);
      },
      ontext(text) {
        if (inValue && cell) cell.value += text;
        else strings.text(text);
      },
      onclosetag(name) {
        if (name === 'x:v') inValue = false;
        else if (name === 'x:c' && cell) {
          if (cell.column < MAX_COLUMNS) {
            const runs = shown(cell, strings.strings.pop(), shared);
            if (runs.some((r) => r.text.trim() !== '')) {
              const row = cells.get(cell.row) ?? new Map<number, Run[]>();
              row.set(cell.column, runs);
              cells.set(cell.row, row);
            }
          }
          cell = undefined;
        } else strings.close(name);
      },
    },
    depth,
  );
  return rowsOf(cells, merges);
}

/** Rows in order, gaps between cells empty, the cells a merge covers (all but its first) spanned. */
function rowsOf(cells: Map<number, Map<number, Run[]>>, merges: readonly Merge[]): RowDraft[] {
  const numbers = [...cells.keys()].sort((a, b) => a - b);
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  const active: Merge[] = [];
  let next = 0;
  const rows: RowDraft[] = [];
  for (const number of numbers) {
    while (next < byTop.length && (byTop[next] as Merge).top <= number) active.push(byTop[next++] as Merge);
    const covering = active.filter((m) => m.bottom >= number);
    active.splice(0, active.length, ...covering);
    const row = cells.get(number) as Map<number, Run[]>;
    const covered = new Set<number>();
    for (const m of covering)
      for (let c = m.left; c <= m.right; c++) if (c !== m.left || number !== m.top) covered.add(c);
    let width = Math.max(...row.keys()) + 1;
    // A merge that starts at a value reaches across the row (a heading merged across the table), but
    // not past SPAN_COLUMNS: a title merged across the whole sheet is not a row of a thousand cells.
    for (const m of covering)
      if (m.top === number && row.has(m.left)) width = Math.max(width, Math.min(m.right + 1, SPAN_COLUMNS));
    const drafts: CellDraft[] = [];
    for (let c = 0; c < width; c++) {
      const runs = row.get(c);
      drafts.push({ pieces: runs ?? [], links: [], span: 1, vMerge: !runs && covered.has(c) ? 'continue' : null });
    }
    rows.push({ before: 0, cells: drafts, line: number });
  }
  return rows;
}
