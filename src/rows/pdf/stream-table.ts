// Tables without ruling lines (a borderless table printed to PDF), read from text
// positions alone, as Camelot's stream mode and pdfplumber's text strategy do:
// the columns from the row that numbers them under the header (1 2 3 4 5 6), their
// edges from where the text in each starts; the rows from what starts one (a task
// number, a measure number, a heading across the columns) and from vertical gaps.
// Pure geometry: the pages' text in, the same page tables the ruled reader makes out.
import { SPANNED_CELL, type Cell } from '../row.js';
import { columnOf, mapColumns, USUAL_ORDER } from '../../structure/columns.js';
import { startsWithMeasureNumber } from '../../structure/numbering.js';
import { itemsToCell } from './cell-text.js';
import { splitAtColumns } from './item-split.js';
import { itemsByColumn, LINES_FOR_WIDTH, type TextArea, textAreas } from './stream-areas.js';
import { columnAt, headingOf } from './stream-headings.js';
import { joinNumber, wrapsNumber } from './stream-numbers.js';
import type { PageContent, PageTable, TextItem } from './page-grid.js';
import { centredDrafts, countAlignment, type AlignmentVotes } from './stream-centred.js';

export interface Line {
  y: number;
  items: TextItem[];
}

/** Where each column's text starts (left edges), and where the table ends on the right. */
export interface StreamColumns {
  starts: number[];
  right: number;
}

export const TASK_NUMBER = /^\d{1,4}\.?$/;
// A word that starts a column header: where the header band begins above the number row.
const HEADER_WORD = /^№|з\/п|^завдан|^заход|виконав|^виконанн|програм/iu;

/** Items grouped into lines (top to bottom), each line left to right. */
export function linesOf(items: readonly TextItem[]): Line[] {
  const lines: Line[] = [];
  for (const item of [...items].filter((i) => i.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - item.y) < 0.5 * item.fontSize) line.items.push(item);
    else lines.push({ y: item.y, items: [item] });
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
}

/** A line that names several columns at once: the header's first line (a title names none, or one in passing). */
export const isHeaderLine = (line: Line): boolean =>
  line.items.filter((item) => HEADER_WORD.test(item.text)).length >= 3;

/** Line pitch (in font sizes) within which a line above the header's first goes on in it. */
const HEADER_PITCH = 1.6;

/**
 * The header's first line: the first naming several columns, or higher, where the lines
 * above it go on at a line's pitch and each stays within one column: a header cell
 * centred on its row starts above the others («Назва міської» over «№ … Завдання»).
 * A title runs across column starts, or stands apart.
 */
function headerTopOf(lines: readonly Line[], numbers: number, starts: readonly number[]): number {
  let top = lines.findIndex((l, i) => i <= numbers && isHeaderLine(l));
  const acrossColumns = (item: TextItem) => starts.some((x) => item.x < x - 1 && item.x + item.width > x + 1);
  for (; top > 0; top--) {
    const above = lines[top - 1] as Line;
    const size = Math.max(...above.items.map((i) => i.fontSize));
    if (above.y - (lines[top] as Line).y > HEADER_PITCH * size || above.items.some(acrossColumns)) break;
  }
  return top;
}

/** The line `1 2 3 … n` (n ≥ 5) that numbers the columns, if the page has one. */
function numberLine(lines: readonly Line[]): number {
  return lines.findIndex((l) => l.items.length >= 5 && l.items.every((item, k) => item.text.trim() === String(k + 1)));
}

const mode = (values: number[]): number | undefined => {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best: [number, number] | undefined;
  for (const entry of counts)
    if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  return best?.[0];
};

/**
 * The columns, from the first page that numbers them: each column's text starts
 * where most lines between its number and the next one start. Null when no page has
 * a column-number row: the columns cannot be told apart then.
 */
export function findColumns(pages: readonly PageContent[]): StreamColumns | null {
  for (const page of pages) {
    const lines = linesOf(page.items);
    const at = numberLine(lines);
    if (at < 0) continue;
    const centres = (lines[at] as Line).items.map((i) => i.x + i.width / 2);
    const body = lines.slice(at + 1).flatMap((l) => l.items);
    if (body.length === 0) continue;
    const left = Math.min(...body.map((i) => i.x));
    const right = Math.max(...body.map((i) => i.x + i.width));
    const starts = [left];
    for (let k = 1; k < centres.length; k++) {
      const from = centres[k - 1] as number;
      const to = centres[k] as number;
      const found = mode(body.filter((i) => i.x > from && i.x <= to).map((i) => i.x));
      starts.push(found === undefined ? (from + to) / 2 : found - 1);
    }
    return { starts, right };
  }
  return null;
}

/** A row being assembled: a heading (one cell) or the items of each column. */
export interface Draft {
  heading: boolean;
  task: boolean;
  cells: TextItem[][];
}

/** What the row assemblers need to know of the page's columns. */
export interface DraftContext {
  starts: readonly number[];
  /** Where the table's text ends on the right. */
  right: number;
  byColumn(items: readonly TextItem[]): TextItem[][];
  numberCol: number;
  taskCol: number;
  measureCol: number;
  executorsCol: number;
}

/** The document's header, once read: its cells' texts and the words they are made of. */
export interface StreamHeader {
  texts?: string[];
  words?: Set<string>;
}

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}№]+/gu) ?? [];

const lettersOf = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}№]+/gu, '');

/**
 * How many lines at the top are the header printed again: each made only of the header's
 * words, and each column's text so far the start of the header's text there (so that a
 * cut row's last line, «міської», is not taken for the header's).
 */
function repeatedHeaderLines(lines: readonly Line[], header: StreamHeader, starts: readonly number[]): number {
  const { words, texts } = header;
  if (!words) return 0;
  const sofar = starts.map(() => '');
  let count = 0;
  for (const line of lines) {
    const lineWords = line.items.flatMap((i) => wordsOf(i.text.replace(/[\uE000-\uE00F]/gu, '')));
    if (lineWords.length === 0 || !lineWords.every((w) => words.has(w))) break;
    const next = [...sofar];
    for (const item of line.items.flatMap((i) => splitAtColumns(i, starts))) {
      const c = columnAt(item.x, starts);
      next[c] = `${next[c] ?? ''}${lettersOf(item.text)}`; // marks are no letters: dropped too
    }
    if (texts && !next.every((t, c) => lettersOf(texts[c] ?? '').startsWith(t))) break;
    sofar.splice(0, sofar.length, ...next);
    count++;
  }
  // One line of header words could be a heading that happens to use them; the header has two or more.
  return count >= 2 ? count : 0;
}

/**
 * Whether a ruled region starts with the header printed again and holds more below it:
 * a frame drawn around the whole table on a page, not a row of it.
 */
export function holdsHeaderAndMore(
  items: readonly TextItem[],
  header: StreamHeader,
  starts: readonly number[],
): boolean {
  const lines = linesOf(items);
  const count = repeatedHeaderLines(lines, header, starts);
  return count > 0 && count < lines.length;
}

/** How the document's cells are aligned: found on a first pass over its pages, used on the second. */
interface Layout {
  centred?: boolean;
  votes?: AlignmentVotes;
  /** The document's column text areas, for a column with few lines on the page (stream-areas). */
  areas?: readonly TextArea[];
}

/** One page's table read from its text positions, with the document's columns. */
export function streamPageTable(
  content: PageContent,
  columns: StreamColumns,
  header: StreamHeader = {},
  layout: Layout = {},
): PageTable {
  const { starts } = columns;
  const width = starts.length;
  const lines = linesOf(content.items);
  const numbers = numberLine(lines);
  // Without a number row, a header printed again is the lines at the top made of the header's own words.
  const repeated = numbers < 0 ? repeatedHeaderLines(lines, header, starts) : 0;
  // The header runs from the first line that starts a column header down to the number line.
  const headerTop = numbers < 0 ? -1 : headerTopOf(lines, numbers, starts);
  const before = numbers < 0 ? [] : lines.slice(0, headerTop < 0 ? numbers : headerTop);
  const headerLines =
    numbers < 0 ? lines.slice(0, repeated) : lines.slice(headerTop < 0 ? numbers : headerTop, numbers);
  const body = numbers < 0 ? lines.slice(repeated) : lines.slice(numbers + 1);

  const byColumn = (items: readonly TextItem[]): TextItem[][] => itemsByColumn(items, starts);
  const rows: Cell[][] = [];
  const areas = textAreas([body.flatMap((l) => l.items)], columns, LINES_FOR_WIDTH.page, layout.areas);
  const toCells = (cells: TextItem[][]): Cell[] =>
    cells.map((items, c) => itemsToCell(items, areas[c]?.left, areas[c]?.right));
  if (numbers >= 0) {
    const headerCells = toCells(byColumn(headerLines.flatMap((l) => l.items)));
    rows.push(headerCells, toCells(byColumn((lines[numbers] as Line).items)));
    header.texts ??= headerCells.map((c) => c.text);
    header.words ??= new Set(headerCells.flatMap((c) => wordsOf(c.text)));
  } else if (repeated > 0) rows.push(toCells(byColumn(headerLines.flatMap((l) => l.items))));
  const map = mapColumns(header.texts ?? []) ?? USUAL_ORDER;
  const [numberCol, taskCol, measureCol] = [columnOf(map, 'number'), columnOf(map, 'task'), columnOf(map, 'measure')];

  const context: DraftContext = {
    starts,
    right: columns.right,
    byColumn,
    numberCol,
    taskCol,
    measureCol,
    executorsCol: columnOf(map, 'executors'),
  };
  if (layout.votes) countAlignment(body, context, layout.votes);
  const drafts = layout.centred ? centredDrafts(body, context) : topAlignedDrafts(body, context);
  for (const draft of drafts) {
    if (draft.heading)
      rows.push([
        itemsToCell(draft.cells[0] ?? [], areas[0]?.left, areas[width - 1]?.right),
        ...Array.from({ length: width - 1 }, () => SPANNED_CELL),
      ]);
    else rows.push(toCells(draft.cells));
  }
  const outside = (ls: readonly Line[]) => ls.map((l) => itemsToCell(l.items)).filter((c) => c.text !== '');
  return { page: content.page, before: outside(before), rows, after: [] };
}

/** Cells whose text starts at their top: each row's first line shares one baseline across the columns. */
function topAlignedDrafts(body: readonly Line[], ctx: DraftContext): Draft[] {
  const { byColumn, numberCol, taskCol, measureCol } = ctx;
  const drafts: Draft[] = [];
  const pitch = medianGap(body);
  let task: Draft | undefined;
  body.forEach((line, i) => {
    const cells = byColumn(line.items);
    const current = drafts[drafts.length - 1];
    const { heading, apart } = headingOf(body, i, ctx, pitch, current);
    const startsTask = cells[numberCol]?.length === 1 && TASK_NUMBER.test(cells[numberCol]?.[0]?.text.trim() ?? '');
    const startsMeasure = startsWithMeasureNumber(cells[measureCol]?.map((t) => t.text).join(' ') ?? '');
    const newTask = startsTask && !wrapsNumber(current, body[i - 1], numberCol, startsMeasure);
    if (startsTask && !newTask && current) joinNumber(current, cells, numberCol);
    if (!current || newTask || startsMeasure || apart || heading !== current.heading) {
      const draft: Draft = { heading, task: newTask, cells: heading ? [line.items] : cells };
      // Task text longer than its first measure goes on beside the next ones: it is the task's.
      if (!heading && !startsTask && task) task.cells[taskCol]?.push(...(cells[taskCol]?.splice(0) ?? []));
      drafts.push(draft);
      if (newTask) task = draft;
      if (heading) task = undefined;
      return;
    }
    if (current.heading) {
      current.cells[0]?.push(...line.items);
      return;
    }
    cells.forEach((items, c) => {
      const owner = c === taskCol && !current.task && task ? task : current;
      owner.cells[c]?.push(...items);
    });
  });
  return drafts;
}

/** The usual distance between two lines of text in a cell. */
function medianGap(lines: readonly Line[]): number {
  const gaps = lines
    .slice(1)
    .map((l, i) => (lines[i] as Line).y - l.y)
    .filter((g) => g > 0)
    .sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 12;
}
