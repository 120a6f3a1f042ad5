// The row model every input format is turned into: rows of cells, each row with
// the place it came from. Later stages see nothing format-specific but these.
import type { DiagnosticDetails } from '../diagnostics/diagnostics.js';
import type { SourcePlace } from '../model/schema.js';
import type { InvisibleCounts } from '../text/invisible.js';

/** A stretch of cell text with the emphasis it was printed in (a hint for classification). */
export interface Run {
  text: string;
  bold: boolean;
  underline: boolean;
  /** In italics (absent: not). */
  italic?: boolean;
}

/** Printed apart from plain text in any way: bold, underlined or in italics (a heading's mark). */
export const isEmphasized = (run: Run): boolean => run.bold || run.underline || run.italic === true;

export interface Cell {
  /** Clean text: entities decoded, paragraphs joined with `\n`, white space collapsed. */
  text: string;
  /** Emphasis runs in reading order; empty when the cell is empty. */
  runs: Run[];
  /** Link targets (`href`) found in the cell's markup. */
  links: string[];
  /** True when the cell carried any markup (HTML tags or markdown emphasis). */
  markup: boolean;
  /** True for the continuation of a merged cell (rowspan/colspan) in table formats. */
  spanned?: boolean;
  /** Invisible characters cleaning removed from the cell (soft hyphens, zero-width spaces), by name. */
  invisible?: InvisibleCounts;
}

export interface Row {
  cells: Cell[];
  source: SourcePlace;
  /** Text outside any table (a title, a caption between tables, a note): a paragraph of the page. */
  outside?: boolean;
  /** A row of a table that is not the report (a signature block, a layout table). */
  aside?: boolean;
  /** What a printer repeats on every page (a running header, a date, «3/41»). */
  furniture?: boolean;
  /** Input lines the row covers when more than one (a CSV row whose quoted cells hold line breaks). */
  lines?: number;
}

/** What a reader noticed about its input beside the rows (a page drawn turned), for the diagnostics. */
export interface ReaderNotice {
  code:
    | 'page-rotated'
    | 'table-without-rules'
    | 'page-text-garbled'
    | 'page-without-text'
    | 'glyphs-unmapped'
    | 'encoding-contradicted'
    | 'sheet-chosen';
  details: DiagnosticDetails;
  source: SourcePlace;
}

/** Fewest cells a row of the report's table has (six columns; five when one is lost). */
export const REPORT_ROW_CELLS = 5;

/**
 * A table belongs to the report when any of its rows has the report's width: a
 * report split in two (a section or page break) is read whole, while a signature
 * block or a two-column layout table is not mistaken for it.
 */
export function isReportTable(rowWidths: Iterable<number>): boolean {
  for (const width of rowWidths) if (width >= REPORT_ROW_CELLS) return true;
  return false;
}

export const EMPTY_CELL: Cell = Object.freeze({ text: '', runs: [], links: [], markup: false }) as Cell;

/** What a merged cell leaves in the positions it covers (table formats). */
export const SPANNED_CELL: Cell = Object.freeze({ ...EMPTY_CELL, spanned: true }) as Cell;

export function isEmptyCell(cell: Cell | undefined): boolean {
  return cell === undefined || cell.spanned === true || cell.text === '';
}
