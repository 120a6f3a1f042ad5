// Rows of a table without rules whose cells are centred vertically (as LibreOffice
// prints a Word table whose cells are centred): the first lines of a row's cells do
// not share a baseline, so rows are rebuilt from blocks. Each column's lines fall
// into blocks (lines a pitch apart); each measure block and each heading is a row;
// the executors, execution and funding blocks join the row they are centred on; the
// task number and text, centred on the run of rows of their task, go to its first.
import { startsWithMeasureNumber } from '../../structure/numbering.js';
import type { TextItem } from './page-grid.js';
import { isHeadingLine } from './stream-headings.js';
import { TASK_NUMBER, type Draft, type DraftContext, type Line } from './stream-table.js';
import { type Block, byTaskPrefix, centre, type Row, taskRuns } from './stream-task-runs.js';

/** The usual distance between two lines of one column (lines of other columns fall between them). */
function columnPitch(body: readonly Line[], ctx: DraftContext): number {
  const last: number[] = [];
  const gaps: number[] = [];
  for (const line of body) {
    if (isHeadingLine(line, ctx.starts)) continue;
    ctx.byColumn(line.items).forEach((items, col) => {
      if (items.length === 0) return;
      if (last[col] !== undefined) gaps.push((last[col] as number) - line.y);
      last[col] = line.y;
    });
  }
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 12;
}

const isTaskNumber = (b: Block, ctx: DraftContext) =>
  b.col === ctx.numberCol &&
  TASK_NUMBER.test(
    b.items
      .map((i) => i.text)
      .join(' ')
      .trim(),
  );
const isMeasureStart = (b: Block, ctx: DraftContext) =>
  b.col === ctx.measureCol && startsWithMeasureNumber(b.items[0]?.text ?? '');

/** Each column's lines in blocks, and the headings (lines across the columns), top to bottom. */
function blocksOf(body: readonly Line[], ctx: DraftContext, pitch: number): { blocks: Block[]; headings: Block[] } {
  const blocks: Block[] = [];
  const headings: Block[] = [];
  const open: Array<Block | undefined> = [];
  let heading: Block | undefined;
  for (const line of body) {
    if (isHeadingLine(line, ctx.starts)) {
      if (heading && heading.bottom - line.y <= pitch + Math.max(1, 0.08 * pitch)) {
        heading.items.push(...line.items);
        heading.bottom = line.y;
      } else {
        heading = { col: -1, top: line.y, bottom: line.y, items: [...line.items] };
        headings.push(heading);
      }
      open.length = 0; // a heading closes every column's block
      continue;
    }
    heading = undefined;
    ctx.byColumn(line.items).forEach((items, col) => {
      if (items.length === 0) return;
      const block = open[col];
      const fresh: Block = { col, top: line.y, bottom: line.y, items: [...items] };
      // A measure or task number always starts a block: rows may stand closer than a gap.
      if (block && !isMeasureStart(fresh, ctx) && !isTaskNumber(fresh, ctx) && block.bottom - line.y <= 1.3 * pitch) {
        block.items.push(...items);
        block.bottom = line.y;
      } else {
        open[col] = fresh;
        blocks.push(fresh);
      }
    });
  }
  return { blocks, headings };
}

/** Measures seen, and how many had an executor block starting level with them. */
export interface AlignmentVotes {
  measures: number;
  level: number;
}

export function countAlignment(body: readonly Line[], ctx: DraftContext, votes: AlignmentVotes): void {
  const { blocks } = blocksOf(body, ctx, columnPitch(body, ctx));
  for (const m of blocks.filter((b) => isMeasureStart(b, ctx))) {
    votes.measures++;
    if (blocks.some((b) => b.col === ctx.executorsCol && Math.abs(b.top - m.top) < 1.5)) votes.level++;
  }
}

/** Few executor blocks start level with their measure: the cells are centred, not top-aligned. */
export function isCentred(votes: AlignmentVotes): boolean {
  return votes.measures >= 3 && votes.level < votes.measures * 0.6;
}

/** What the placing steps share: the anchor rows, their sections, and what goes on from the page before. */
interface Placement {
  ctx: DraftContext;
  pitch: number;
  anchors: Row[];
  rows: Row[];
  sections: number;
  continuation: Draft | undefined;
  emptyCells: () => TextItem[][];
}

export function centredDrafts(body: readonly Line[], ctx: DraftContext): Draft[] {
  const pitch = columnPitch(body, ctx);
  const { blocks, headings } = blocksOf(body, ctx, pitch);
  const width = ctx.starts.length;
  const emptyCells = () => Array.from({ length: width }, (): TextItem[] => []);
  const anchors = anchorsOf(blocks, headings, ctx, emptyCells);
  let sections = 0;
  for (const a of anchors) a.section = a.draft.heading ? ++sections : sections;
  const p: Placement = {
    ctx,
    pitch,
    anchors,
    rows: anchors.filter((a) => !a.draft.heading),
    sections,
    continuation: undefined,
    emptyCells,
  };
  placeSideCells(p, blocks);
  const spans = placeTaskNumbers(p, blocks);
  placeTaskText(p, blocks, spans);
  return [...(p.continuation ? [p.continuation] : []), ...anchors.map((a) => a.draft)];
}

/** Headings and measure starts, top to bottom: the rows everything else is placed beside. */
function anchorsOf(
  blocks: readonly Block[],
  headings: readonly Block[],
  ctx: DraftContext,
  emptyCells: () => TextItem[][],
): Row[] {
  const anchor = (b: Block, heading: boolean, cells: TextItem[][]): Row => ({
    top: b.top,
    bottom: b.bottom,
    centre: centre(b),
    section: 0,
    draft: { heading, task: false, cells },
  });
  const measures = blocks
    .filter((b) => isMeasureStart(b, ctx))
    .map((b) => {
      const cells = emptyCells();
      cells[b.col] = [...b.items];
      return anchor(b, false, cells);
    });
  return [...headings.map((h) => anchor(h, true, [h.items])), ...measures].sort((a, b) => b.top - a.top);
}

function carry(p: Placement, b: Block): void {
  p.continuation ??= { heading: false, task: false, cells: p.emptyCells() };
  p.continuation.cells[b.col]?.push(...b.items);
}

const sectionOf = (p: Placement, y: number): number => p.anchors.filter((a) => a.draft.heading && a.top > y).length;

/** The cells beside each measure first: a row reaches as far as its tallest cell. */
function placeSideCells(p: Placement, blocks: readonly Block[]): void {
  const { ctx, rows, pitch } = p;
  const firstTop = (p.anchors[0]?.top ?? Infinity) + pitch / 2;
  const beforeRows = (b: Block) => rows.length === 0 || b.bottom > (rows[0] as Row).top + pitch / 2;
  for (const b of blocks) {
    if (isMeasureStart(b, ctx) || b.col === ctx.numberCol || b.col === ctx.taskCol) continue;
    if (beforeRows(b) || b.bottom > firstTop) {
      carry(p, b);
      continue;
    }
    const here = rows.filter((r) => r.section === sectionOf(p, centre(b)));
    const pool = here.length > 0 ? here : rows;
    const row =
      b.col === ctx.measureCol
        ? // A measure's text after a paragraph break stays with the measure above it.
          (pool.filter((r) => r.top >= b.top).pop() ?? (pool[0] as Row))
        : pool.reduce((near, r) => (Math.abs(r.centre - centre(b)) < Math.abs(near.centre - centre(b)) ? r : near));
    row.draft.cells[b.col]?.push(...b.items);
    row.top = Math.max(row.top, b.top);
    row.bottom = Math.min(row.bottom, b.bottom);
  }
}

type Span = { top: number; bottom: number; row: Row };

/** Tasks: the number blocks of each section share out its rows; returns each task's span of rows. */
function placeTaskNumbers(p: Placement, blocks: readonly Block[]): Span[] {
  const { ctx, rows } = p;
  const numbers = blocks.filter((b) => isTaskNumber(b, ctx));
  const spans: Span[] = [];
  for (let s = 0; s <= p.sections; s++) {
    const own = rows.filter((r) => r.section === s);
    const mine = numbers.filter((n) => sectionOf(p, centre(n)) === s && own.length > 0).sort((a, b) => b.top - a.top);
    if (mine.length === 0) continue;
    const firsts = byTaskPrefix(own, mine, taskRuns(own, mine.map(centre), s === 0), ctx);
    firsts.forEach((first, t) => {
      const row = own[first] as Row;
      const last = own[(firsts[t + 1] ?? own.length) - 1] as Row;
      row.draft.task = true;
      row.draft.cells[ctx.numberCol]?.push(...(mine[t] as Block).items);
      spans.push({ top: row.top, bottom: last.bottom, row });
    });
  }
  for (const b of numbers)
    if (!spans.some((sp) => sp.row.draft.cells[ctx.numberCol]?.includes(b.items[0] as TextItem))) carry(p, b);
  return spans;
}

/**
 * A task's text, line by line, belongs to the task whose rows the line stands beside;
 * above every row of the page it goes on from the page before. Two tasks' texts can
 * touch, so lines, not blocks, are placed.
 */
function placeTaskText(p: Placement, blocks: readonly Block[], spans: readonly Span[]): void {
  const distance = (y: number, span: { top: number; bottom: number }) =>
    y > span.top ? y - span.top : y < span.bottom ? span.bottom - y : 0;
  // Below a heading, nothing goes on from the page before.
  const spansBelowHeading = (y: number) => p.anchors.some((a) => a.draft.heading && a.bottom > y);
  for (const b of blocks.filter((x) => x.col === p.ctx.taskCol)) {
    for (const item of b.items) {
      const line = { col: b.col, top: item.y, bottom: item.y, items: [item] };
      const aboveTasks = spans.length === 0 || item.y > (spans[0] as { top: number }).top + p.pitch / 2;
      if (aboveTasks && !spansBelowHeading(item.y)) {
        carry(p, line);
        continue;
      }
      const span = spans.reduce((near, sp) => (distance(item.y, sp) < distance(item.y, near) ? sp : near));
      span.row.draft.cells[b.col]?.push(item);
    }
  }
}
