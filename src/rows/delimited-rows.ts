// Delimited text saved from a spreadsheet: Excel's and Calc's CSV (`;` in a Ukrainian
// locale, `,` elsewhere) and Excel's «Unicode Text» (tab-separated). Fields are quoted
// as RFC 4180 says: a field holding the delimiter, a quote or a line break is wrapped
// in quotes, a quote inside doubled, and a cell of several lines spans several lines
// of the file. Each row keeps the line it starts on.
import { DEFAULT_LIMITS, limitError, type Limits } from '../read/limits.js';
import { cellFromMarkup, cellFromRuns } from './cell.js';
import { type Cell, REPORT_ROW_CELLS, type Row } from './row.js';

export type Delimiter = '\t' | ';' | ',';

export const DELIMITED = {
  /** Bytes of the file's start read to tell its delimiter. */
  sniffBytes: 64 * 1024,
  /** Rows of the report's width a delimiter must give before it is the file's. */
  wideRows: 3,
  /** Of the rows read, at least this share must have the report's width. */
  wideShare: 0.3,
} as const;

/** Candidates in order: where two split equally well, the first wins. */
const DELIMITERS: readonly Delimiter[] = [';', ','];
const QUOTE_OPENS_FIELD = /(?:^|[\t\n])"/;
// A cell holding HTML elements (a spreadsheet of the text export's cells) is read as markup.
const ELEMENT = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;
/** A character reference (`&amp;`, `&#1046;`): the export's HTML fragments, like an element. */
const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

interface DelimitedRecord {
  fields: string[];
  /** The line the record starts on, from 1. */
  line: number;
  /** Lines it covers: more than one when a quoted field holds line breaks. */
  lines: number;
}

interface Scan {
  records: DelimitedRecord[];
  /** Quoted fields holding a line break or a doubled quote: quoting that changes the text. */
  quotedBreaks: number;
  /** Quotes doubled inside quoted fields. */
  doubled: number;
  /** A quote that neither closes a field nor is doubled: the file is not quoted this way. */
  malformed: number;
  /** A quoted field still open at the end of the text. */
  unterminated: boolean;
}

/** RFC 4180 records, each with its starting line; a quote only opens a field at its start. */
function scan(text: string, delimiter: Delimiter, maxRecords = Number.POSITIVE_INFINITY): Scan {
  const records: DelimitedRecord[] = [];
  const out: Scan = { records, quotedBreaks: 0, doubled: 0, malformed: 0, unterminated: false };
  let line = 1;
  let i = 0;
  while (i < text.length && records.length < maxRecords) {
    const record: DelimitedRecord = { fields: [], line, lines: 1 };
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        let changed = false;
        let closed = false;
        for (i++; i < text.length; i++) {
          const c = text[i];
          if (c === '"' && text[i + 1] === '"') {
            field += '"';
            changed = true;
            out.doubled++;
            i++;
          } else if (c === '"') {
            i++;
            closed = true;
            break;
          } else {
            if (c === '\n') {
              line++;
              changed = true;
            }
            field += c;
          }
        }
        if (changed) out.quotedBreaks++;
        if (!closed) out.unterminated = true;
        // Text after the closing quote is kept, as spreadsheets do, but says the file is not quoted so.
        const rest = restOfField(text, i, delimiter);
        if (rest.replace(/\r$/, '').length > 0) out.malformed++;
        field += rest;
        i += rest.length;
      } else {
        const rest = restOfField(text, i, delimiter);
        field = rest;
        i += rest.length;
      }
      record.fields.push(field.replace(/\r$/, ''));
      if (text[i] === delimiter) {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') {
        i++;
        line++;
      }
      break;
    }
    record.lines = Math.max(1, line - record.line + (i >= text.length && text[text.length - 1] !== '\n' ? 1 : 0));
    records.push(record);
  }
  return out;
}

function restOfField(text: string, from: number, delimiter: Delimiter): string {
  let end = from;
  while (end < text.length && text[end] !== delimiter && text[end] !== '\n') end++;
  return text.slice(from, end);
}

/** The file's start as text, enough to tell its delimiter: UTF-16 by its BOM or NULs, else byte for byte. */
function headOf(bytes: Uint8Array): string {
  const head = bytes.subarray(0, Math.min(bytes.length, DELIMITED.sniffBytes));
  const le = head[0] === 0xff && head[1] === 0xfe;
  const be = head[0] === 0xfe && head[1] === 0xff;
  if (le || be || (head[1] === 0 && head[3] === 0) || (head[0] === 0 && head[2] === 0))
    return new TextDecoder(be || head[0] === 0 ? 'utf-16be' : 'utf-16le').decode(head);
  return new TextDecoder('latin1').decode(head);
}

/**
 * The delimiter of a spreadsheet's delimited text, or null for the text export
 * (tab-separated, never quoted: a tab file is read as quoted only when its quoting
 * changes some text, a line break or a quote inside a quoted field).
 */
export function sniffDelimited(bytes: Uint8Array): Delimiter | null {
  const head = headOf(bytes);
  // Tabs: the text export, unless quoted; a field opens with a quote after a tab or a line break.
  const tabs = head.includes('\t');
  if (tabs && !QUOTE_OPENS_FIELD.test(head)) return null;
  let best: { delimiter: Delimiter; wide: number } | null = null;
  for (const delimiter of tabs ? (['\t'] as const) : DELIMITERS) {
    const { records, quotedBreaks, doubled, malformed, unterminated } = scan(head, delimiter, 400);
    // A quote left open at the end of the whole file is no quoting (at the end of a cut head it may be).
    if (unterminated && bytes.length <= DELIMITED.sniffBytes) continue;
    const wide = records.filter((r) => r.fields.length >= REPORT_ROW_CELLS).length;
    if (wide < DELIMITED.wideRows || wide < DELIMITED.wideShare * records.length) continue;
    const quoted = doubled > 0 || (quotedBreaks > 0 && quotingRepairs(head, records));
    if (delimiter === '\t' && (!quoted || malformed > 0)) continue;
    if (!best || wide > best.wide) best = { delimiter, wide };
  }
  return best?.delimiter ?? null;
}

/** Rows cut short (more than one cell, fewer than the table's width): what quoting exists to prevent. */
function cutShort(widths: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const w of widths) if (w >= REPORT_ROW_CELLS) counts.set(w, (counts.get(w) ?? 0) + 1);
  const usual = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? REPORT_ROW_CELLS;
  return widths.filter((w) => w > 1 && w < usual).length;
}

/**
 * Whether reading tab-separated text as quoted repairs its table: fewer rows cut short
 * than plain line splitting gives. An export whose cells begin with a quote (a ditto
 * mark `"` in one column, row after row) splits into whole rows as it is, and stays so.
 */
function quotingRepairs(head: string, records: readonly DelimitedRecord[]): boolean {
  const lines = head.split('\n').slice(
    0,
    records.reduce((n, r) => n + r.lines, 0),
  );
  const plain = lines.map((l) => l.split('\t').length);
  return cutShort(records.map((r) => r.fields.length)) < cutShort(plain);
}

/** A field as a cell: plain text (its line breaks kept), or markup when it holds HTML elements or references. */
function fieldCell(field: string, depth: Limits['maxDepth'], line: number): Cell {
  if (ELEMENT.test(field) || CHARACTER_REFERENCE.test(field))
    return cellFromMarkup(field.replace(/\r?\n/g, '<br>'), {
      depth: { max: depth, what: `line ${line}: the nesting of elements` },
    });
  const text = field.replace(/\r\n?/g, '\n');
  return cellFromRuns(text === '' ? [] : [{ text, bold: false, underline: false }], [], false);
}

/** Rows of a delimited text: one per record, placed at the line it starts on. */
export function* delimitedRows(
  text: string,
  delimiter: Delimiter,
  limits: Pick<Limits, 'maxLineLength' | 'maxCellsPerRow' | 'maxDepth'> = DEFAULT_LIMITS,
): Generator<Row> {
  for (const { fields, line, lines } of scan(text.replace(/^\uFEFF/, ''), delimiter).records) {
    if (fields.length > limits.maxCellsPerRow)
      throw limitError('maxCellsPerRow', `line ${line}: the number of cells`, fields.length, limits.maxCellsPerRow);
    const long = fields.find((f) => f.length > limits.maxLineLength);
    if (long !== undefined)
      throw limitError('maxLineLength', `line ${line}: a cell's length`, long.length, limits.maxLineLength);
    const cells = fields.map((f) => fieldCell(f, limits.maxDepth, line));
    yield lines > 1 ? { cells, source: { line }, lines } : { cells, source: { line } };
  }
}
