// The header printed again at the top of a page read from text positions, and a frame
// drawn around the whole table: the region holds the header and rows, not one row.
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../../src/rows/pdf/page-grid.js';
import { textAreas } from '../../../src/rows/pdf/stream-areas.js';
import { holdsHeaderAndMore, streamPageTable } from '../../../src/rows/pdf/stream-table.js';

const STARTS = [100, 200, 300];
const t = (text: string, x: number, y: number): TextItem => ({
  text,
  x,
  y,
  width: 5 * text.length,
  fontSize: 9,
  bold: false,
});
const HEADER = {
  texts: ['№ з/п', 'Заходи', 'Назва міської програми'],
  words: new Set(['№', 'з', 'п', 'заходи', 'назва', 'міської', 'програми']),
};
// The header in two lines: «№ з/п | Заходи | Назва міської», then «програми».
const headerLines = [
  t('№ з/п', 100, 700),
  t('Заходи', 200, 700),
  t('Назва міської', 300, 700),
  t('програми', 300, 690),
];

describe('the header printed again', () => {
  it('takes a region of the header and a row for more than one row', () => {
    expect(holdsHeaderAndMore([...headerLines, t('1.1. Захід', 200, 670)], HEADER, STARTS)).toBe(true);
    expect(holdsHeaderAndMore(headerLines, HEADER, STARTS)).toBe(false);
    expect(holdsHeaderAndMore([t('1.1. Захід', 200, 670), t('Програма', 300, 670)], HEADER, STARTS)).toBe(false);
  });
  it('stops where a column’s text would run past the header’s: a cut row’s «міської» is the row’s', () => {
    const items = [...headerLines, t('міської', 300, 680), t('1.1. Захід', 200, 660), t('Програма', 300, 660)];
    const table = streamPageTable(
      { page: 2, lines: [], items },
      { starts: STARTS, right: 400 },
      {
        ...HEADER,
      },
    );
    expect(table.rows[0]?.map((c) => c.text)).toEqual(['№ з/п', 'Заходи', 'Назва міської програми']);
    expect(table.rows.slice(1).flatMap((r) => r.map((c) => c.text))).toContain('міської');
  });
});

describe('the header on the page that numbers the columns', () => {
  // Six columns, the header's cells centred on their row: the last, of five lines, starts two lines
  // above the others; the title above runs across the columns.
  const starts = [0, 20, 100, 200, 300, 400];
  const items = [
    t('Інформація про виконання завдань та заходів Програми', 0, 750), // a line's pitch above, but across columns
    t('Назва міської', 400, 740),
    t('цільової програми', 400, 730),
    t('№', 0, 720),
    t('Завдання', 20, 720),
    t('Заходи', 100, 720),
    t('Відповідальний', 200, 720),
    t('Виконання', 300, 720),
    t('до якої включено', 400, 720),
    t('захід', 400, 710),
    t('тис. грн', 400, 700),
    ...starts.map((x, k) => t(String(k + 1), x, 685)),
    t('1', 0, 670),
    t('Завдання один', 20, 670),
    t('1.1. Захід', 100, 670),
  ];

  it('starts at a header cell centred above the others, and learns it whole', () => {
    const header = {};
    const table = streamPageTable({ page: 1, lines: [], items }, { starts, right: 500 }, header);
    expect(table.before.map((c) => c.text)).toEqual(['Інформація про виконання завдань та заходів Програми']);
    expect(table.rows[0]?.[5]?.text).toBe('Назва міської цільової програми до якої включено захід тис. грн');
    expect(table.rows[1]?.map((c) => c.text)).toEqual(['1', '2', '3', '4', '5', '6']);
  });
});

describe('a column’s text area without borders', () => {
  // Lines of 60 to 90 pt from x = 100; the next column starts at 200, a padding each side of a border.
  const lengths = [12, 18, 15, 14, 16, 13];
  const column = (y0: number) => lengths.map((n, k) => t('а'.repeat(n), 100, y0 - 10 * k));
  const columns = { starts: [100, 200, 300], right: 400 };

  it('reaches as far as the widest of a column’s lines over all pages, with enough of them', () => {
    // Six lines on each of two pages: twelve in all.
    const areas = textAreas([[...column(700), t('x', 200, 700)], column(700)], columns, 12);
    expect(areas).toEqual([
      { left: 100, right: 190 },
      { left: 200, right: 300 }, // one line shows nothing of its column's width
      { left: 300, right: 400 },
    ]);
  });

  it('learns nothing from a few lines, or from a string run past the next column', () => {
    expect(textAreas([column(700)], columns, 12)[0]?.right).toBe(200);
    // A page of few lines takes the document's area.
    const document = [{ left: 100, right: 185 }];
    expect(textAreas([column(700).slice(0, 3)], columns, 5, document)[0]).toEqual({ left: 100, right: 185 });
    const overlong = textAreas([column(700), [...column(700), t('д'.repeat(30), 100, 640)]], columns, 12);
    expect(overlong[0]?.right).toBe(190);
  });
});
