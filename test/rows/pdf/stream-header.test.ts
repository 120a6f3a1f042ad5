// The header printed again at the top of a page read from text positions, and a frame
// drawn around the whole table: the region holds the header and rows, not one row.
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../../src/rows/pdf/page-grid.js';
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
