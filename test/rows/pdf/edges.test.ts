// Rules from what a page shows: each way a producer draws a border, as the shapes it
// paints, in (valid: the rule a reader sees) and out (invalid: no rule).
import { describe, expect, it } from 'vitest';
import {
  type Box,
  edgesOfShape,
  joinCollinear,
  pageRules,
  snapTolerance,
  type Subpath,
} from '../../../src/rows/pdf/edges.js';
import type { Segment, TextItem } from '../../../src/rows/pdf/page-grid.js';

const polygon = (...points: Array<[number, number]>): Subpath => ({
  points,
  straight: points.slice(1).map(() => true),
  closed: true,
});
const rect = (x: number, y: number, w: number, h: number) => polygon([x, y], [x + w, y], [x + w, y + h], [x, y + h]);
const edgesOf = (...shapes: Subpath[]): Segment[] => {
  const out: Segment[] = [];
  for (const s of shapes) edgesOfShape(s, (e) => out.push(e));
  return out;
};
const page = (shapes: Subpath[], items: TextItem[] = [], box: Box | null = null) =>
  pageRules(edgesOf(...shapes), box, items).rules;
const item = (text: string, x: number, y: number): TextItem => ({
  text,
  x,
  y,
  width: text.length * 5,
  fontSize: 10,
  bold: false,
});

describe('edges of painted shapes', () => {
  it('takes a bevelled border side (a quadrilateral with slanted ends) as the rule along its middle', () => {
    // Chromium's border="1": «35 79 m 35 249 l 36 249 l 36 78 l f», slanted by up to 0.75 pt.
    expect(page([polygon([35, 79], [35, 249], [36, 249], [36, 78])])).toEqual([
      { x1: 35.5, y1: 78, x2: 35.5, y2: 249 },
    ]);
  });

  it('takes a bar a few points thick as one rule, and a filled cell as its four sides', () => {
    expect(page([rect(0, 100, 200, 3)])).toEqual([{ x1: 0, y1: 101.5, x2: 200, y2: 101.5 }]);
    expect(page([rect(0, 0, 100, 40)])).toEqual([
      { x1: 0, y1: 0, x2: 100, y2: 0 },
      { x1: 0, y1: 40, x2: 100, y2: 40 },
      { x1: 0, y1: 0, x2: 0, y2: 40 },
      { x1: 100, y1: 0, x2: 100, y2: 40 },
    ]);
  });

  it('joins the dots of a dotted line and the dashes of a dashed one, however thick', () => {
    const dots = Array.from({ length: 50 }, (_, k) => rect(10 + 2 * k, 50, 1, 1));
    expect(page(dots)).toEqual([{ x1: 10, y1: 50.5, x2: 109, y2: 50.5 }]);
    // 9 pt dashes with 9 pt gaps (a 3 pt dashed border): gaps as long as the pieces.
    const dashes = Array.from({ length: 10 }, (_, k) => rect(300, 18 * k, 3, 9));
    expect(page(dashes)).toEqual([{ x1: 301.5, y1: 0, x2: 301.5, y2: 171 }]);
  });

  it('does not join two long rules across a gap a row could stand in, nor keep a lone dot', () => {
    const split = page([rect(55, 270, 1, 282), rect(55, 48, 1, 211)]);
    expect(split).toHaveLength(2);
    expect(page([rect(10, 10, 1, 1)])).toEqual([]);
    expect(
      joinCollinear(
        [
          { x1: 0, y1: 0, x2: 100, y2: 0 },
          { x1: 112, y1: 0, x2: 200, y2: 0 },
        ],
        false,
      ),
    ).toHaveLength(2);
  });

  it('takes the two lines of a double or separated border as one boundary between them', () => {
    // Separate borders (border-spacing 3px): each cell's own side, 2.25 pt apart.
    const rules = page([rect(100, 0, 0.75, 200), rect(102.25, 0, 0.75, 200)]);
    expect(rules).toEqual([{ x1: 101.5, y1: 0, x2: 101.5, y2: 200 }]);
    // Two columns of text are never that close: the snap grows with the page's type, within bounds.
    expect(snapTolerance(10)).toBe(4.5);
    expect(snapTolerance(4)).toBe(2);
    expect(snapTolerance(20)).toBe(5);
    expect(page([rect(100, 0, 0.75, 200), rect(110, 0, 0.75, 200)])).toHaveLength(2);
  });

  it('cuts rules at the visible page and drops those beyond it', () => {
    const box = { left: 0, bottom: 0, right: 600, top: 800 };
    expect(page([rect(50, -300, 1, 1200), rect(0, 900, 600, 1)], [], box)).toEqual([
      { x1: 50.5, y1: -1, x2: 50.5, y2: 801 },
    ]);
  });

  it('drops an underline, in one piece or two, but keeps a rule that runs on to the cell’s side', () => {
    const heading = item('Сталий енергетичний розвиток', 100, 300); // 140 wide
    const underline = [rect(100, 298, 70, 0.5), rect(175, 298, 65, 0.5)];
    expect(page(underline, [heading])).toEqual([]);
    // A link's underline that fills its cell is still an underline.
    expect(page([rect(200, 245, 100, 0.5)], [item('https://t.me/relocation', 200, 247)])).toEqual([]);
    // A row's rule under the same text starts at the cell's side, a padding before the text.
    expect(page([rect(95, 298, 200, 0.5)], [heading])).toEqual([{ x1: 95, y1: 298.25, x2: 295, y2: 298.25 }]);
  });
});
