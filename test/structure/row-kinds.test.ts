// ESLint's way for the row-kind table: rows as producers print them, each with the kind it is,
// written from what the row says and where it stands (before the header, after a measure, …).
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { type ColumnMap, mapColumns } from '../../src/structure/columns.js';
import { type ClassifyState, classifyRow, type RowKind } from '../../src/structure/row-kinds.js';
import { viewOf } from '../../src/structure/row-repairs.js';
import { cell, row } from '../helpers.js';

const SIX = ['№ з/п', 'Завдання', 'Заходи', 'Відповідальний виконавець', 'Виконання заходів', 'Назва програми'];
const COLUMNS = mapColumns(SIX) as ColumnMap;
const IN_TABLE: ClassifyState = {
  headerSeen: true,
  headerRows: [SIX.map(cell)],
  headerOpen: false,
  tableStarted: true,
  awaitingGoal: false,
  measureOpen: false,
  taskNumber: null,
};
const BEFORE_HEADER: ClassifyState = { ...IN_TABLE, headerSeen: false, headerRows: [], tableStarted: false };
const kind = (state: ClassifyState, cells: string[], extra: { outside?: boolean } = {}): RowKind =>
  classifyRow(viewOf({ ...row(9, ...cells), ...extra }, new Diagnostics(), COLUMNS), state);

const CASES: Array<[string, ClassifyState, string[], RowKind, { outside?: boolean }?]> = [
  ['nothing', IN_TABLE, ['', '', ''], 'blank'],
  ['dashes in every filled cell', IN_TABLE, ['---', '', '—'], 'separator'],
  ['the columns numbered', IN_TABLE, ['1', '2', '3', '4', '5', '6'], 'column-numbers'],
  ['the columns numbered in one cell', IN_TABLE, ['1 | 2 | 3 | 4 | 5 | 6'], 'column-numbers'],
  ['three columns numbered out of order', IN_TABLE, ['2', '1', '3'], 'column-numbers'],
  ['two numbers are a task and its text', IN_TABLE, ['1', '2'], 'task'],
  ['a number twice is no numbering', IN_TABLE, ['1', '1', '3'], 'task'],
  ['a number past the count is no numbering', IN_TABLE, ['1', '2', '7'], 'task'],
  ['a three-digit number is no column number', IN_TABLE, ['100', '2', '3'], 'task'],
  ['the header, before anything', BEFORE_HEADER, SIX, 'header'],
  ['the header again after a page break', IN_TABLE, SIX, 'repeated-header'],
  ['labels under the header', { ...IN_TABLE, headerOpen: true }, ['', '', '', '', 'план', 'факт'], 'subheader'],
  ['a page number at the left', IN_TABLE, ['5'], 'furniture'],
  ['a page number with dashes in column 2', IN_TABLE, ['', '- 5 -'], 'furniture'],
  ['«стор. 5»', IN_TABLE, ['стор. 5'], 'furniture'],
  ['«5 з 12»', IN_TABLE, ['5 з 12'], 'furniture'],
  ['a number outside the table', IN_TABLE, ['', '', '', '12'], 'furniture', { outside: true }],
  ['a footnote', IN_TABLE, ['*Примітка: дані уточнюються'], 'footnote'],
  ['a title line before the header', BEFORE_HEADER, ['Інформація про виконання'], 'title'],
  ['two cells before the header', BEFORE_HEADER, ['Додаток 2', 'до рішення'], 'title'],
  ['a priority before the header', BEFORE_HEADER, ['Пріоритет "А"'], 'priority'],
  ['a task before the header', BEFORE_HEADER, ['1', 'Задача'], 'task'],
  ['a measure before the header', BEFORE_HEADER, ['', '', '1.1. Захід', 'Управління'], 'measure'],
  ['a priority with its goal beside it', IN_TABLE, ['Пріоритет "А"', 'Ціль'], 'priority'],
  ['a caption of the table’s next part', IN_TABLE, ['Продовження таблиці'], 'interlude'],
  ['a note outside the table', IN_TABLE, ['Дані уточнюються'], 'interlude', { outside: true }],
  ['a bold heading outside the table', IN_TABLE, ['**Освіта**'], 'sector', { outside: true }],
  ['a mark alone outside the table', IN_TABLE, ['"'], 'interlude', { outside: true }],
  ['a totals row', IN_TABLE, ['', 'Разом', '', '', '', '30,0'], 'total'],
  ['a measure', IN_TABLE, ['', '', '1.1. Захід', 'Управління', 'Виконано', 'Програма'], 'measure'],
  ['a measure number alone in its column', IN_TABLE, ['', '', '1.1.'], 'measure'],
  ['a measure without its number, beside its cells', IN_TABLE, ['', '', 'Капітальний ремонт', 'Управління'], 'measure'],
  [
    'a measure printing its task’s number again',
    { ...IN_TABLE, taskNumber: '1' },
    ['1', '', '1.1. Захід', 'У'],
    'measure',
  ],
  ['a task', IN_TABLE, ['1', 'Задача', '1.1. Захід'], 'task'],
  ['a goal right after its priority', { ...IN_TABLE, awaitingGoal: true }, ['Розвиток економіки'], 'goal'],
  ['a sector heading', IN_TABLE, ['Освіта'], 'sector'],
  ['a sector heading in the task column', IN_TABLE, ['', 'Освіта'], 'sector'],
  ['a lone quote (a glyph a page break cut)', IN_TABLE, ['"'], 'unknown'],
  [
    'text going on after a measure',
    { ...IN_TABLE, measureOpen: true },
    ['', '', '', '', 'продовжуються роботи'],
    'continuation',
  ],
  ['a lone executor after a measure', { ...IN_TABLE, measureOpen: true }, ['', '', '', 'Управління'], 'continuation'],
  [
    'a lone programme after a measure',
    { ...IN_TABLE, measureOpen: true },
    ['', '', '', '', '', 'Програма'],
    'continuation',
  ],
  ['a heading in the task column after a measure', { ...IN_TABLE, measureOpen: true }, ['', 'Освіта'], 'sector'],
  ['the next measure after a measure', { ...IN_TABLE, measureOpen: true }, ['', '', '1.2. Захід', 'У'], 'measure'],
];

describe('classifyRow', () => {
  it('has a case for every kind but the fallback', () => {
    expect(CASES).toHaveLength(43);
    const kinds = new Set(CASES.map((c) => c[3]));
    expect(
      [
        'blank',
        'separator',
        'column-numbers',
        'header',
        'subheader',
        'repeated-header',
        'furniture',
        'footnote',
        'title',
        'priority',
        'interlude',
        'total',
        'continuation',
        'measure',
        'task',
        'goal',
        'sector',
      ].filter((k) => !kinds.has(k as RowKind)),
    ).toEqual([]);
  });
  it.each(CASES)('%s', (_, state, cells, want, extra) => {
    expect(kind(state, cells, extra)).toBe(want);
  });
});
