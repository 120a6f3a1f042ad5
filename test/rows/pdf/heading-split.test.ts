// Two headings in one merged cell where nothing parts their rows: the goal's lines are
// underlined, the sector's below them not. Underlines come from the page's shapes
// (a thin bar just under a line's baseline), and a rule in their place hides them.
import { describe, expect, it } from 'vitest';
import { itemsToCell } from '../../../src/rows/pdf/cell-text.js';
import { splitHeadingRows } from '../../../src/rows/pdf/heading-split.js';
import { PageBuilder } from '../../../src/rows/pdf/page-builder.js';
import type { TextItem } from '../../../src/rows/pdf/page-grid.js';
import { SPANNED_CELL } from '../../../src/rows/row.js';

const bar = (x: number, y: number, w: number, h: number) => ({
  points: [
    [x, y],
    [x + w, y],
    [x + w, y + h],
    [x, y + h],
  ] as Array<[number, number]>,
  straight: [true, true, true, true],
  closed: true,
});

/** A page's items, each line set 5 pt a letter from x = 40, and its shapes. */
function printed(lines: Array<[string, number]>, shapes: ReturnType<typeof bar>[]): TextItem[] {
  const builder = new PageBuilder();
  for (const [text, y] of lines) {
    [...text].forEach((ch, k) => {
      builder.glyph(ch, 40 + 5 * k, y, 5, 10, true);
    });
    builder.flush();
  }
  for (const shape of shapes) builder.shape(shape, null);
  return builder.finish().items;
}

const GOAL: Array<[string, number]> = [
  ['Впровадження принципів сталого', 500],
  ['міського розвитку', 488],
  ['Централізоване водопостачання', 476],
];
// Underlines 0.6 pt thick, 1.5 pt under the goal's two baselines, as long as their lines.
const UNDERLINES = [bar(40, 498, 150, 0.6), bar(40, 486, 85, 0.6)];
const headingRow = (items: TextItem[]) => ({
  page: 1,
  before: [],
  after: [],
  rows: [[itemsToCell(items), SPANNED_CELL, SPANNED_CELL]],
});

describe('underlines and the headings they tell apart', () => {
  it('marks the text an underline runs under, not the text below it', () => {
    const items = printed(GOAL, UNDERLINES);
    expect(items.map((i) => i.underline === true)).toEqual([true, true, false]);
  });

  it('splits a merged heading where its lines turn from underlined to not', () => {
    const { rows } = splitHeadingRows(headingRow(printed(GOAL, UNDERLINES)));
    expect(rows.map((r) => r[0]?.text)).toEqual([
      'Впровадження принципів сталого міського розвитку',
      'Централізоване водопостачання',
    ]);
    expect(rows.map((r) => r[0]?.runs.map((run) => run.underline))).toEqual([[true], [false]]);
    expect(rows.every((r) => r.slice(1).every((c) => c.spanned))).toBe(true);
  });

  it('keeps a heading whole where a rule hides whether its last line is underlined', () => {
    // A row's border (a rule across the table) 1.5 pt under «міського розвитку» takes its underline's place.
    const items = printed(GOAL, [UNDERLINES[0] as ReturnType<typeof bar>, bar(0, 486, 600, 0.6)]);
    expect(items[1]?.underlineHidden).toBe(true);
    expect(splitHeadingRows(headingRow(items)).rows).toHaveLength(1);
  });

  it('leaves a row of several cells, and a heading set alike throughout, as they are', () => {
    const items = printed(GOAL, []);
    expect(splitHeadingRows(headingRow(items)).rows).toHaveLength(1);
    const cells = [itemsToCell(printed(GOAL, UNDERLINES)), itemsToCell(printed([['Відділ', 500]], []))];
    expect(splitHeadingRows({ page: 1, before: [], after: [], rows: [cells] }).rows).toHaveLength(1);
  });
});
