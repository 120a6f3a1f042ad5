// Text and ruling lines from a hand-made operator list: the layout arithmetic
// (text matrix, moves, TJ adjustments, spaces, forms) with plain data in and out.
import { describe, expect, it } from 'vitest';
import { readOperators, type FontInfo, type Glyph, type OperatorCodes } from '../../../src/rows/pdf/operators.js';

const NAMES = [
  'save',
  'restore',
  'transform',
  'constructPath',
  'stroke',
  'closeStroke',
  'fill',
  'eoFill',
  'fillStroke',
  'eoFillStroke',
  'closeFillStroke',
  'closeEOFillStroke',
  'clip',
  'eoClip',
  'paintFormXObjectBegin',
  'paintFormXObjectEnd',
  'beginText',
  'setCharSpacing',
  'setWordSpacing',
  'setHScale',
  'setLeading',
  'setFont',
  'setTextRise',
  'moveText',
  'setLeadingMoveText',
  'setTextMatrix',
  'nextLine',
  'showText',
  'paintImageXObject',
  'paintInlineImageXObject',
  'paintImageMaskXObject',
] as const;
const OPS = Object.fromEntries(NAMES.map((n, i) => [n, i + 1])) as unknown as OperatorCodes;
const FONTS: Record<string, FontInfo> = {
  regular: { bold: false },
  bold: { bold: true },
  type3: { bold: false, fontMatrix: [0.01, 0, 0, 0.01, 0, 0] },
};

type Op = [keyof OperatorCodes, ...unknown[]];
const glyphs = (text: string, width = 500): Glyph[] =>
  [...text].map((c) => ({ unicode: c, width, isSpace: c === ' ' }));
// Shapes are read only on a page that shows text: a word far from them stands for it.
const TEXT: Op[] = [
  ['beginText'],
  ['setFont', 'regular', 10],
  ['setTextMatrix', [1, 0, 0, 1, 900, 900]],
  ['showText', glyphs('текст')],
];
function read(ops: Op[]) {
  return readOperators(
    { fnArray: ops.map(([name]) => OPS[name]), argsArray: ops.map(([, ...args]) => args) },
    OPS,
    (n) => FONTS[n] ?? { bold: false },
  );
}

describe('PDF operator list reader', () => {
  it('places text by the text matrix and moves, with its width from the glyph widths', () => {
    const { items } = read([
      ['beginText'],
      ['setFont', 'regular', 10],
      ['setTextMatrix', [1, 0, 0, 1, 100, 500]],
      ['showText', glyphs('abc')],
      ['setLeading', 12],
      ['nextLine'],
      ['showText', glyphs('de')],
      ['moveText', 50, 0],
      ['showText', glyphs('f')],
    ]);
    expect(items).toEqual([
      { text: 'abc', x: 100, y: 500, width: 15, fontSize: 10, bold: false },
      { text: 'de', x: 100, y: 488, width: 10, fontSize: 10, bold: false },
      { text: 'f', x: 150, y: 488, width: 5, fontSize: 10, bold: false },
    ]);
  });

  it('reads a TJ gap wider than a tenth of an em as a space, kerning as none, and a wide gap as a new item', () => {
    const { items } = read([
      ['beginText'],
      ['setFont', 'regular', 10],
      ['moveText', 0, 100],
      ['showText', [...glyphs('ab'), 20, ...glyphs('cd'), -200, ...glyphs('ef'), -2000, ...glyphs('gh')]],
    ]);
    expect(items.map((i) => i.text)).toEqual(['abcd ef', 'gh']);
    expect(items[1]?.x).toBeCloseTo(10 - 0.2 + 10 + 2 + 10 + 20, 6);
  });

  it('keeps a space glyph as a space but not in the width, so a trailing space does not make a line look longer', () => {
    const { items } = read([
      ['beginText'],
      ['setFont', 'regular', 10],
      ['showText', glyphs('ab ')],
      ['moveText', 0, -12],
      ['showText', glyphs(' cd')],
    ]);
    expect(items.map((i) => [i.text, i.width])).toEqual([
      ['ab ', 10],
      ['cd', 10],
    ]);
  });

  it('joins text shown piecewise on one line and splits where the font turns bold', () => {
    const { items } = read([
      ['beginText'],
      ['setFont', 'regular', 10],
      ['showText', glyphs('За')],
      ['showText', glyphs('хід')],
      ['setFont', 'bold', 10],
      ['showText', glyphs('Сектор')],
    ]);
    expect(items.map((i) => [i.text, i.bold])).toEqual([
      ['Захід', false],
      ['Сектор', true],
    ]);
  });

  it('applies the current transformation, form matrices and horizontal scaling, and a Type 3 font matrix', () => {
    const { items } = read([
      ['save'],
      ['transform', 2, 0, 0, 2, 10, 20],
      ['paintFormXObjectBegin', [1, 0, 0, 1, 5, 5], [0, 0, 100, 100]],
      ['beginText'],
      ['setFont', 'regular', 10],
      ['setHScale', 50],
      ['showText', glyphs('ab')],
      ['paintFormXObjectEnd'],
      ['restore'],
      ['beginText'],
      ['setHScale', 100],
      ['setFont', 'type3', 1],
      ['moveText', 0, 300],
      ['showText', glyphs('x', 50)],
    ]);
    expect(items[0]).toEqual({ text: 'ab', x: 20, y: 30, width: 10, fontSize: 20, bold: false });
    expect(items[1]).toMatchObject({ text: 'x', x: 0, y: 300, width: 0.5 });
  });

  it('takes every painted shape as edges: a line, a thin bar as its middle, a rectangle as its sides', () => {
    const { lines } = read([
      ['transform', 1, 0, 0, 1, 0, 10],
      ['constructPath', OPS.stroke, [], [0, 0, 100, 0]],
      ['constructPath', OPS.fill, [], [50, 0, 51, 80]],
      ['constructPath', OPS.fill, [], [0, 0, 40, 40]],
      ['constructPath', OPS.closeStroke, [], [0, 0, 20, 30]],
      ...TEXT,
    ]);
    // In device space; the three bottom sides on y = 10 are one rule, as are the left sides on x = 0.
    expect(lines).toEqual([
      { x1: 0, y1: 10, x2: 100, y2: 10 },
      { x1: 0, y1: 40, x2: 20, y2: 40 },
      { x1: 0, y1: 50, x2: 40, y2: 50 },
      { x1: 0, y1: 10, x2: 0, y2: 50 },
      { x1: 20, y1: 10, x2: 20, y2: 40 },
      { x1: 40, y1: 10, x2: 40, y2: 50 },
      { x1: 50.5, y1: 10, x2: 50.5, y2: 90 },
    ]);
  });

  it('applies the clip a shape is painted under: a ring clipped to one side is that side', () => {
    // WeasyPrint draws each border side as the whole cell ring, filled even-odd, clipped to the side.
    const ring = [0, 0, 0, 1, 100, 0, 1, 100, 50, 1, 0, 50, 3, 0, 2, 2, 1, 98, 2, 1, 98, 48, 1, 2, 48, 3];
    const band = [0, 0, 48, 1, 100, 48, 1, 100, 50, 1, 0, 50, 3];
    const { lines } = read([
      ['save'],
      ['eoClip'],
      ['constructPath', 28, [new Float32Array(band)], [0, 48, 100, 50]],
      ['constructPath', OPS.eoFill, [new Float32Array(ring)], [0, 0, 100, 50]],
      ['restore'],
      // After the restore the clip is gone: a rule of its own is whole.
      ['constructPath', OPS.stroke, [new Float32Array([0, 0, 10, 1, 100, 10])], [0, 10, 100, 10]],
      ...TEXT,
    ]);
    // The ring's outer and inner top sides, 2 apart, are one boundary between them.
    expect(lines).toEqual([
      { x1: 0, y1: 10, x2: 100, y2: 10 },
      { x1: 0, y1: 49, x2: 100, y2: 49 },
    ]);
  });

  it('keeps nothing outside the page’s visible box: rules are cut at it, text beyond it dropped', () => {
    const ops = {
      fnArray: [
        OPS.constructPath,
        OPS.beginText,
        OPS.setFont,
        OPS.setTextMatrix,
        OPS.showText,
        OPS.setTextMatrix,
        OPS.showText,
      ],
      argsArray: [
        [OPS.stroke, [new Float32Array([0, 50, -300, 1, 50, 300])], [50, -300, 50, 300]],
        [],
        ['regular', 10],
        [[1, 0, 0, 1, 60, 100]],
        [glyphs('видно')],
        [[1, 0, 0, 1, 60, -100]],
        [glyphs('обрізано')],
      ],
    };
    const { lines, items } = readOperators(
      ops,
      OPS,
      () => ({ bold: false }),
      (t) => t,
      [0, 0, 200, 200],
    );
    expect(lines).toEqual([{ x1: 50, y1: -1, x2: 50, y2: 201 }]);
    expect(items.map((i) => i.text)).toEqual(['видно']);
  });

  it('reads every subpath of one path, not its bounding box: a grid drawn in one go', () => {
    // pdf.js path data: 0 moveTo, 1 lineTo, 2 curveTo, 3 closePath.
    const rect = (x: number, y: number, w: number, h: number) => [
      0,
      x,
      y,
      1,
      x + w,
      y,
      1,
      x + w,
      y + h,
      1,
      x,
      y + h,
      3,
    ];
    const { lines } = read([
      // Two thin filled rectangles (a browser's borders) in one path.
      ['constructPath', OPS.fill, [new Float32Array([...rect(0, 0, 100, 1), ...rect(0, 50, 1, 50)])], [0, 0, 100, 100]],
      // Stroked rules as subpaths of one path, and a curve that is no rule.
      [
        'constructPath',
        OPS.stroke,
        [new Float32Array([0, 0, 200, 1, 300, 200, 0, 300, 100, 1, 300, 150, 2, 310, 150, 320, 160, 330, 170])],
        [0, 100, 330, 200],
      ],
      ...TEXT,
    ]);
    expect(lines).toEqual([
      { x1: 0, y1: 0.5, x2: 100, y2: 0.5 },
      { x1: 0, y1: 200, x2: 300, y2: 200 },
      { x1: 0.5, y1: 50, x2: 0.5, y2: 100 },
      { x1: 300, y1: 100, x2: 300, y2: 150 },
    ]);
  });

  it('turns content drawn turned 90° back upright, lines and text alike, and says so', () => {
    // A landscape page put on a portrait sheet by turning its content (no /Rotate).
    const upright = read([
      ['constructPath', OPS.stroke, [new Float32Array([0, 10, 100, 1, 200, 100])], [10, 100, 200, 100]],
      ['beginText'],
      ['setFont', 'regular', 10],
      ['setTextMatrix', [1, 0, 0, 1, 20, 110]],
      ['showText', glyphs('Рядок')],
    ]);
    const turned = read([
      ['transform', 0, 1, -1, 0, 595, 0],
      ['constructPath', OPS.stroke, [new Float32Array([0, 10, 100, 1, 200, 100])], [10, 100, 200, 100]],
      ['beginText'],
      ['setFont', 'regular', 10],
      ['setTextMatrix', [1, 0, 0, 1, 20, 110]],
      ['showText', glyphs('Рядок')],
    ]);
    expect(upright.rotation).toBe(0);
    expect(turned.rotation).toBe(90);
    expect(turned.items.map((i) => i.text)).toEqual(['Рядок']);
    const shape = (r: typeof upright) => ({
      lines: r.lines.map((l) => [l.x2 - l.x1, l.y2 - l.y1]),
      width: r.items[0]?.width,
    });
    expect(shape(turned)).toEqual(shape(upright));
  });

  it('ignores malformed arguments rather than failing', () => {
    expect(
      read([
        ['setTextMatrix', 'x'],
        ['setFont', 7, 'y'],
        ['showText', 'z'],
        ['showText', [null, 5, { width: 'w' }]],
        ['transform', 1],
      ]),
    ).toEqual({ lines: [], items: [], rotation: 0, drawn: 0, images: 0 });
  });

  it('only counts the shapes and images of a page without text: there is no table on it to rule', () => {
    const { lines, drawn, images } = read([
      ['constructPath', OPS.stroke, [], [0, 0, 100, 0]],
      ['constructPath', OPS.fill, [], [0, 0, 40, 40]],
      ['paintImageXObject', 'img'],
    ]);
    expect({ lines, drawn, images }).toEqual({ lines: [], drawn: 3, images: 1 });
  });
});
