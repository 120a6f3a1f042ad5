// HTML pages: the report's <table>
// expanded into a grid, so a cell merged across columns (colspan) or down over rows
// (rowspan) leaves `spanned` cells behind it and every row keeps six positions.
// Text outside the table (title, footnote) becomes one-cell rows, as in the text
// export.
import type { Cheerio, CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { InputError } from '../errors.js';
import { DEFAULT_LIMITS, limitError } from '../read/limits.js';
import { cellFromMarkup } from './cell.js';
import { EMPTY_CELL, SPANNED_CELL, type Cell, type Row } from './row.js';

export interface HtmlRowOptions {
  /** Number rows by their line in the HTML source, or by their order (for converted documents). */
  numbering: 'source-line' | 'ordinal';
  /** What to call the input in errors. */
  name: string;
  /** Most cells a row may have after merged cells are expanded. */
  maxCellsPerRow?: number;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, caption, div:not(:has(p, div, table, h1, h2, h3, h4, h5, h6, li))';

function directRows($: CheerioAPI, table: Element): Element[] {
  return $(table).children('thead, tbody, tfoot').addBack().children('tr').toArray();
}

/** The report table: the one with most rows of five cells or more. */
function findReportTable($: CheerioAPI): Element | undefined {
  let best: { table: Element; score: number } | undefined;
  for (const table of $('table').toArray()) {
    const score = directRows($, table).filter((tr) => $(tr).children('td, th').length >= 5).length;
    if (score > 0 && (!best || score > best.score)) best = { table, score };
  }
  return best?.table;
}

const span = (el: Cheerio<Element>, name: string): number => {
  const n = Number.parseInt(el.attr(name) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
};

/** 1-based line of a source offset, by binary search over the line starts. */
function lineFinder(html: string): (offset: number) => number {
  const starts = [0];
  for (let i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Expands a table's rows into a grid; cells covered by a span are `spanned`. */
function tableGrid($: CheerioAPI, table: Element): Array<{ cells: Cell[]; node: Element }> {
  const pending: Array<number> = []; // rows still covered, by column
  const grid: Array<{ cells: Cell[]; node: Element }> = [];
  for (const tr of directRows($, table)) {
    const cells: Cell[] = [];
    let col = 0;
    const fillPending = () => {
      while ((pending[col] ?? 0) > 0) {
        cells[col] = SPANNED_CELL;
        pending[col] = (pending[col] as number) - 1;
        col++;
      }
    };
    for (const td of $(tr).children('td, th').toArray()) {
      fillPending();
      const el = $(td);
      const colspan = span(el, 'colspan');
      const rowspan = span(el, 'rowspan');
      cells[col] = cellFromMarkup(el.html() ?? '');
      for (let k = 0; k < colspan; k++) {
        if (k > 0) cells[col + k] = SPANNED_CELL;
        if (rowspan > 1) pending[col + k] = rowspan - 1;
      }
      col += colspan;
    }
    fillPending();
    // Spans still running beyond the last cell of this row.
    for (let c = col; c < pending.length; c++) {
      if ((pending[c] ?? 0) > 0) {
        cells[c] = SPANNED_CELL;
        pending[c] = (pending[c] as number) - 1;
      }
    }
    for (let c = 0; c < cells.length; c++) cells[c] ??= EMPTY_CELL;
    grid.push({ cells, node: tr });
  }
  return grid;
}

export async function htmlToRows(html: string, options: HtmlRowOptions): Promise<Row[]> {
  // Imported here: a top-level import would load cheerio for every format. The slim
  // build parses with htmlparser2 (already loaded for cells), not parse5.
  const { load } = await import('cheerio/slim');
  const $ = load(html, { xml: { xmlMode: false, withStartIndices: true, decodeEntities: true, lowerCaseTags: true } });
  const lineAt = lineFinder(html);
  const table = findReportTable($);
  if (!table) throw new InputError(`${options.name}: no report table found (no <table> with rows of five or more cells)`);

  // Blocks of text outside the table, before and after it, in document order.
  const outside = $(BLOCKS)
    .toArray()
    .filter((el) => $(el).closest('table').length === 0);
  const order = new Map($('*').toArray().map((el, i) => [el as AnyNode, i]));
  const tableAt = order.get(table) ?? 0;
  const position = (node: AnyNode): number => ((order.get(node) ?? 0) < tableAt ? -1 : 1);
  const textRow = (el: Element): Cell => cellFromMarkup($(el).html() ?? '');
  const before = outside.filter((el) => position(el) < 0).map((el) => ({ cells: [textRow(el)], node: el as Element }));
  const after = outside.filter((el) => position(el) > 0).map((el) => ({ cells: [textRow(el)], node: el as Element }));

  const grid = tableGrid($, table);
  const max = options.maxCellsPerRow ?? DEFAULT_LIMITS.maxCellsPerRow;
  const wide = grid.findIndex((r) => r.cells.length > max);
  if (wide >= 0) throw limitError('maxCellsPerRow', `${options.name}: table row ${wide + 1}: the number of cells`, grid[wide]?.cells.length ?? 0, max);
  const ordered = [...before, ...grid, ...after];
  return ordered.map((r, i) => ({
    cells: r.cells,
    source: { line: options.numbering === 'source-line' && r.node.startIndex !== null ? lineAt(r.node.startIndex) : i + 1 },
  }));
}
