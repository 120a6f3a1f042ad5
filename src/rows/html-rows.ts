// HTML pages: every table of the report, in document order, expanded into a grid,
// so a cell merged across columns (colspan) or down over rows (rowspan) leaves
// `spanned` cells behind it. A report split into several tables (a section or page
// break in the document it was saved from) is read whole. Text outside the tables
// (title, captions, footnotes) becomes one-cell `outside` rows; rows of tables that
// are not the report are `aside`, for the structure stage to report.
import type { CheerioAPI } from 'cheerio/slim';
import type { Document, Element } from 'domhandler';
import { InputError } from '../errors.js';
import { DEFAULT_LIMITS, DepthGuard, type DepthLimit, limitError } from '../read/limits.js';
import { type CellOptions, cellFromMarkup } from './cell.js';
import { EMPTY_CELL, isReportTable, SPANNED_CELL, type Cell, type Row } from './row.js';

export interface HtmlRowOptions {
  /** Number rows by their line in the HTML source, or by their order (for converted documents). */
  numbering: 'source-line' | 'ordinal';
  /** What to call the input in errors. */
  name: string;
  /** Most cells a row may have after merged cells are expanded. */
  maxCellsPerRow?: number;
  /** Deepest nesting of elements. */
  maxDepth?: number;
}

// Blocks of text; a div only when it holds no other block (its blocks are read instead).
const TEXT_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, caption, dt, dd';
/** Elements below which a div is not read as one block. */
const INNER_BLOCKS = new Set(['p', 'div', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd']);

/**
 * The divs that hold another block, found bottom-up in one pass (elements in reverse
 * document order come after their descendants): what `div:has(p, …)` selects, without
 * the selector's recursion into each div's subtree.
 */
function divsHoldingBlocks(elements: readonly Element[]): Set<Element> {
  const holds = new Set<Element>();
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i] as Element;
    const parent = el.parent as Element | null;
    if (parent?.type !== 'tag' && parent?.type !== 'script' && parent?.type !== 'style') continue;
    if (INNER_BLOCKS.has(el.name) || holds.has(el)) holds.add(parent);
  }
  return new Set([...holds].filter((el) => el.name === 'div'));
}

function directRows($: CheerioAPI, table: Element): Element[] {
  return $(table).children('thead, tbody, tfoot').addBack().children('tr').toArray();
}

const span = (el: Element, name: string): number => {
  const n = Number.parseInt(el.attribs[name] ?? '1', 10);
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

interface Context {
  $: CheerioAPI;
  /** The page as read: a cell's markup is its slice of it. */
  html: string;
  cellOptions: CellOptions;
}

/**
 * A cell from its markup as written in the page, from its first child to its last:
 * no serialiser walks the element (cheerio's recurses, and deep markup overflowed
 * the stack), and the cell parser reads the same elements the page parser did.
 */
function cellOf(ctx: Context, el: Element): Cell {
  const first = el.children[0];
  const last = el.children[el.children.length - 1];
  if (!first || !last || first.startIndex === null || last.endIndex === null) return cellFromMarkup('');
  return cellFromMarkup(ctx.html.slice(first.startIndex, last.endIndex + 1), ctx.cellOptions);
}

interface GridRow {
  cells: Cell[];
  node: Element;
}

/** Expands a table's rows into a grid; cells covered by a span are `spanned`. */
function tableGrid(ctx: Context, table: Element): GridRow[] {
  const { $ } = ctx;
  const pending: number[] = []; // rows still covered, by column
  const grid: GridRow[] = [];
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
      const colspan = span(td, 'colspan');
      const rowspan = span(td, 'rowspan');
      cells[col] = cellOf(ctx, td);
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

type Piece = { kind: 'table'; grid: GridRow[]; report: boolean } | { kind: 'text'; row: GridRow };

/**
 * Top-level tables and the text blocks outside them, in document order. A table
 * that only lays out the page around the report (it holds a report table but is
 * not one) is looked through: its report tables and paragraphs are read instead.
 */
function pieces(ctx: Context): Piece[] {
  const { $ } = ctx;
  const tables = $('table').toArray();
  const grids = new Map(tables.map((t) => [t, tableGrid(ctx, t)]));
  const isReport = (t: Element) => isReportTable((grids.get(t) ?? []).map((r) => r.cells.length));
  const holdsReport = (t: Element) => $(t).find('table').toArray().some(isReport);
  // Tables whose rows are read: those not inside another read table and not a layout around the report.
  const read = new Set<Element>();
  for (const t of tables) {
    if (
      $(t)
        .parents('table')
        .toArray()
        .some((outer) => read.has(outer))
    )
      continue;
    if (!isReport(t) && holdsReport(t)) continue;
    read.add(t);
  }
  const insideRead = (el: Element) =>
    $(el)
      .parents('table')
      .toArray()
      .some((t) => read.has(t));
  const out: Piece[] = [];
  const holding = divsHoldingBlocks($('*').toArray() as Element[]);
  for (const el of $(`table, ${TEXT_BLOCKS}, div`).toArray()) {
    if (el.name === 'div' && holding.has(el)) continue;
    if (el.name === 'table') {
      if (read.has(el)) out.push({ kind: 'table', grid: grids.get(el) ?? [], report: isReport(el) });
      continue;
    }
    if (insideRead(el)) continue;
    // `<li><p>…</p></li>`: the outer block is read, with its inner ones, once.
    if ($(el).parent().closest(TEXT_BLOCKS).length > 0) continue;
    const cell = cellOf(ctx, el);
    if (cell.text !== '') out.push({ kind: 'text', row: { cells: [cell], node: el } });
  }
  return out;
}

const PARSE_OPTIONS = {
  xmlMode: false,
  withStartIndices: true,
  withEndIndices: true,
  decodeEntities: true,
  lowerCaseTags: true,
};

/**
 * The document, as cheerio's slim build parses it (htmlparser2), refused one element
 * past the nesting limit: deeper, the parser slows quadratically and cheerio's
 * serialiser overflows the stack.
 */
async function parseGuarded(html: string, depth: DepthLimit): Promise<Document> {
  const [{ Parser }, { DomHandler }] = await Promise.all([import('htmlparser2'), import('domhandler')]);
  const guard = new DepthGuard(depth);
  const options = PARSE_OPTIONS;
  const handler = new (class extends DomHandler {
    override onopentag(name: string, attribs: Record<string, string>): void {
      guard.open();
      super.onopentag(name, attribs);
    }
    override onclosetag(): void {
      guard.close();
      super.onclosetag();
    }
  })(undefined, options);
  new Parser(handler, options).end(html);
  return handler.root;
}

export async function htmlToRows(html: string, options: HtmlRowOptions): Promise<Row[]> {
  // Imported here: a top-level import would load cheerio for every format. The slim
  // build parses with htmlparser2 (already loaded for cells), not parse5.
  const { load } = await import('cheerio/slim');
  const maxDepth = options.maxDepth ?? DEFAULT_LIMITS.maxDepth;
  const depth = { max: maxDepth, what: `${options.name}: the nesting of elements` };
  const $ = load(await parseGuarded(html, depth), { xml: PARSE_OPTIONS });
  const lineAt = lineFinder(html);
  const found = pieces({ $, html, cellOptions: { depth } });
  if (!found.some((p) => p.kind === 'table' && p.report)) {
    throw new InputError(`${options.name}: no report table found (no <table> with rows of five or more cells)`);
  }
  const max = options.maxCellsPerRow ?? DEFAULT_LIMITS.maxCellsPerRow;
  const rows: Row[] = [];
  const push = (r: GridRow, flags: Pick<Row, 'outside' | 'aside'>): void => {
    if (r.cells.length > max)
      throw limitError(
        'maxCellsPerRow',
        `${options.name}: table row ${rows.length + 1}: the number of cells`,
        r.cells.length,
        max,
      );
    const line =
      options.numbering === 'source-line' && r.node.startIndex !== null ? lineAt(r.node.startIndex) : rows.length + 1;
    rows.push({ cells: r.cells, source: { line }, ...flags });
  };
  for (const piece of found) {
    if (piece.kind === 'text') push(piece.row, { outside: true });
    else for (const r of piece.grid) push(r, piece.report ? {} : { aside: true });
  }
  return rows;
}
