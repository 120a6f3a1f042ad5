// A task number wrapped in a narrow number column («1» over «0») is one number.
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../../src/rows/pdf/page-grid.js';
import { joinNumber, wrapsNumber } from '../../../src/rows/pdf/stream-numbers.js';
import type { Draft, Line } from '../../../src/rows/pdf/stream-table.js';

const t = (text: string, y: number, x = 70): TextItem => ({ text, x, y, width: 6, fontSize: 11, bold: false });
const line = (y: number, ...items: TextItem[]): Line => ({ y, items });
const task = (number: string, y: number): Draft => ({
  heading: false,
  task: true,
  cells: [[t(number, y)], [t('Забезпечи', y, 90)], [t('10.1', y, 180)]],
});

describe('wrapsNumber', () => {
  it('takes digits on the very next line of a task’s number, with no measure starting, for its wrap', () => {
    expect(wrapsNumber(task('1', 500), line(500, t('1', 500)), 0, false)).toBe(true);
  });
  it('takes them for a task of its own where a measure starts, a line is between, or the row is no task', () => {
    expect(wrapsNumber(task('1', 500), line(500, t('1', 500)), 0, true)).toBe(false);
    expect(wrapsNumber(task('1', 513), line(500, t('x', 500, 90)), 0, false)).toBe(false);
    expect(wrapsNumber({ ...task('1', 500), task: false }, line(500, t('1', 500)), 0, false)).toBe(false);
    expect(wrapsNumber(task('Освіта', 500), line(500, t('Освіта', 500)), 0, false)).toBe(false);
  });
});

describe('joinNumber', () => {
  it('puts the wrapped digits after the number, with no space, and takes them from the line', () => {
    const draft = task('1', 500);
    const cells = [[t('0', 487)], [t('ти', 487, 90)], []];
    joinNumber(draft, cells, 0);
    expect(draft.cells[0]?.map((i) => i.text)).toEqual(['10']);
    expect(cells[0]).toEqual([]);
  });
});
