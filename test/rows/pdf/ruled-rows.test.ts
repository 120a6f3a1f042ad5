// Pages ruled by horizontal lines only: each band between two rules is one row, cut
// at the column starts no text runs across; a band that holds several rows is read
// from text positions; text under the last rule belongs to the table while its lines
// go on a line's pitch apart.
import { describe, expect, it } from 'vitest';
import type { Segment, TextItem } from '../../../src/rows/pdf/page-grid.js';
import { readPages } from '../../../src/rows/pdf/page-reader.js';

// Six columns whose text starts at 0, 20, 100, 200, 300, 400; letters 5 pt wide, 10 pt type.
const STARTS = [0, 20, 100, 200, 300, 400];
const t = (text: string, x: number, y: number, width = 5 * text.length): TextItem => ({
  text,
  x,
  y,
  width,
  fontSize: 10,
  bold: false,
});
const at = (text: string, col: number, y: number) => t(text, STARTS[col] as number, y);
const rule = (y: number): Segment => ({ x1: -4, y1: y, x2: 480, y2: y });
const HEADER = [
  ...['№', 'Завдання', 'Заходи', 'Відповідальний', 'Виконання', 'Програма'].map((text, c) => at(text, c, 520)),
  ...STARTS.map((x, k) => t(String(k + 1), x, 505)),
];
/** A task's row on the first line under the header's rules. */
const FIRST_ROW = ['1', 'Забезпечити', '1.1. Захід', 'Відділ', 'Виконано'].map((text, c) => at(text, c, 488));
const texts = (items: TextItem[], rules: number[]) => {
  const { tables, strategies } = readPages([{ page: 1, lines: [530, 512, 498, ...rules].map(rule), items }]);
  return { strategy: strategies[0], rows: tables[0]?.rows.slice(2).map((r) => r.map((c) => c.text)) ?? [] };
};

describe('rows between horizontal rules', () => {
  it('reads a task’s number and its first measure centred at different heights as one row', () => {
    // The task's text is taller than the measure's: each cell is centred on the row between 498 and 440.
    const items = [
      ...HEADER,
      // Wrapped as a program wraps the 80 pt column: the next word would not have fitted.
      at('Забезпечити всім', 1, 488),
      at('підтримку малого', 1, 476),
      at('1', 0, 470),
      at('1.1. Захід', 2, 470),
      at('Відділ', 3, 470),
      at('Виконано', 4, 470),
      at('бізнесу', 1, 464),
      at('громади', 1, 452),
    ];
    expect(texts(items, [440])).toEqual({
      strategy: 'rules-for-rows',
      rows: [['1', 'Забезпечити всім підтримку малого бізнесу громади', '1.1. Захід', 'Відділ', 'Виконано', '']],
    });
  });

  it('divides a column whose text the cell before fills to within a letter of its start', () => {
    // «освітнього» ends 0.3 pt past where the measure column's text starts (rounded positions).
    const items = [
      ...HEADER,
      at('1', 0, 488),
      t('Створити умови освітнього', 20, 488, 80.3),
      at('1.1. Ремонт', 2, 488),
      at('Відділ', 3, 488),
      at('Виконано', 4, 488),
    ];
    expect(texts(items, [470]).rows).toEqual([
      ['1', 'Створити умови освітнього', '1.1. Ремонт', 'Відділ', 'Виконано', ''],
    ]);
  });

  it('reads the rows under the last rule, which no rule parts, from their text', () => {
    // Under the last rule: the rest of the row the page break cut, then a row of its own.
    const items = [
      ...HEADER,
      ...FIRST_ROW,
      at('у місті', 2, 478), // cells start at their top: the others stay on the row's first line
      at('і далі', 4, 466),
      at('1.2. Другий', 2, 452),
      at('Служба', 3, 452),
      at('Триває', 4, 452),
    ];
    expect(texts(items, [476]).rows).toEqual([
      ['1', 'Забезпечити', '1.1. Захід у місті', 'Відділ', 'Виконано', ''],
      ['', '', '', '', 'і далі', ''],
      ['', '', '1.2. Другий', 'Служба', 'Триває', ''],
    ]);
  });

  it('takes no page for a grid whose rules divide only the header', () => {
    // A banded style rules the header's columns and the frame; under the header, the rest of a row
    // the page break cut, in fewer lines than the header's (its last column's heading runs to five).
    const frame = [-4, 480].map((x): Segment => ({ x1: x, y1: 455, x2: x, y2: 580 }));
    const columns = STARTS.slice(1).map((x): Segment => ({ x1: x - 4, y1: 498, x2: x - 4, y2: 580 }));
    const lines = [...[580, 512, 498, 455].map(rule), ...frame, ...columns];
    const header = [
      ...HEADER.filter((i) => i.y === 505),
      ...HEADER.filter((i) => i.y === 520 && i.x < 400).map((i) => ({ ...i, y: 570 })),
      ...['Назва міської', 'цільової', 'програми', 'до якої', 'включено'].map((text, k) => at(text, 5, 570 - 11 * k)),
    ];
    // The page before holds a row in every column, so the columns are known from the text.
    const rest = [at('умовах війни', 4, 488), at('в рамках', 4, 476), at('фестивалю', 4, 464)];
    const { tables, strategies } = readPages([
      { page: 1, lines, items: [...header, ...FIRST_ROW] },
      { page: 2, lines, items: [...header, ...rest] },
    ]);
    expect(strategies[1]).not.toBe('grid');
    expect(tables[1]?.rows.slice(2).map((r) => r.map((c) => c.text))).toEqual([
      ['', '', '', '', 'умовах війни в рамках фестивалю', ''],
    ]);
  });

  it('divides a row of texts centred in their cells, and keeps a heading centred in one column whole', () => {
    // The header's texts centred in their columns: none starts at its column's start.
    const centred = ['№', 'Завдання', 'Заходи', 'Відповідальний', 'Виконання', 'Програма'].map((text, c) => {
      const [from, to] = [STARTS[c] as number, STARTS[c + 1] ?? 480];
      return t(text, from + (to - from - 5 * text.length) / 2, 520);
    });
    const numbers = STARTS.map((x, k) => t(String(k + 1), x, 505));
    const more = (n: string, y: number) => [
      at(n, 2, y),
      at('Відділ', 3, y),
      at('Виконано', 4, y),
      at('Програма', 5, y),
    ];
    // A sector's heading centred on the table falls within one column.
    const body = [...FIRST_ROW, ...more('1.2. Другий', 466), ...more('1.3. Третій', 446), t('Освіта', 215, 426)];
    const rules = [530, 512, 498, 476, 456, 436, 416].map(rule);
    const { tables } = readPages([{ page: 1, lines: rules, items: [...centred, ...numbers, ...body] }]);
    expect(tables[0]?.rows.map((r) => r.map((c) => (c.spanned ? '~' : c.text)))).toEqual([
      ['№', 'Завдання', 'Заходи', 'Відповідальний', 'Виконання', 'Програма'],
      ['1', '2', '3', '4', '5', '6'],
      ['1', 'Забезпечити', '1.1. Захід', 'Відділ', 'Виконано', ''],
      ['', '', '1.2. Другий', 'Відділ', 'Виконано', 'Програма'],
      ['', '', '1.3. Третій', 'Відділ', 'Виконано', 'Програма'],
      ['', '', 'Освіта', '~', '', ''], // one cell, merged across the boundary it does not start at
    ]);
  });

  it('keeps a note three lines’ pitch under the table’s last line out of the table', () => {
    const items = [
      ...HEADER,
      ...FIRST_ROW,
      at('1.2. Другий', 2, 466),
      at('Служба', 3, 466),
      at('Триває', 4, 466),
      at('і далі', 4, 456),
      t('*Звіт підготовлено на підставі звітів виконавчих органів', 0, 427), // 2.9 lines' pitch under «і далі»
    ];
    // The rule under the first row only: the second is the row a page break cut, its lines 10 pt apart.
    const { tables } = readPages([{ page: 1, lines: [530, 512, 498, 476].map(rule), items }]);
    expect(tables[0]?.rows.slice(2).map((r) => r.map((c) => c.text))).toEqual([
      ['1', 'Забезпечити', '1.1. Захід', 'Відділ', 'Виконано', ''],
      ['', '', '1.2. Другий', 'Служба', 'Триває і далі', ''],
    ]);
    expect(tables[0]?.after.map((c) => c.text)).toEqual(['*Звіт підготовлено на підставі звітів виконавчих органів']);
  });
});
