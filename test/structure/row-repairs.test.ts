// Rows repaired and put in role order before they are classified: the expected cells follow from
// where each producer put the row's words.
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { type ColumnMap, mapColumns } from '../../src/structure/columns.js';
import { rowText, viewOf } from '../../src/structure/row-repairs.js';
import { row } from '../helpers.js';

const SIX = ['№ з/п', 'Завдання', 'Заходи', 'Відповідальний виконавець', 'Виконання заходів', 'Назва програми'];
const columnsOf = (...labels: string[]) => mapColumns(labels) as ColumnMap;
const view = (columns: ColumnMap, ...cells: string[]) => {
  const diagnostics = new Diagnostics();
  const v = viewOf(row(9, ...cells), diagnostics, columns);
  return { texts: v.cells.map((c) => c.text), v, said: diagnostics.list().map((d) => [d.code, d.details]) };
};

describe('viewOf: a row that lost its first cell', () => {
  const columns = columnsOf(...SIX);
  it('goes back one column when its measure number stands in the task column, and says so', () => {
    const { texts, said } = view(columns, '', '1.4. Облаштування', 'Управління', 'Тривають роботи', 'Програма');
    expect(texts).toEqual(['', '', '1.4. Облаштування', 'Управління', 'Тривають роботи', 'Програма']);
    expect(said).toEqual([['row-realigned', { cells: 5 }]]);
  });
  it('goes back with two cells filled, padded to the width by a word processor', () => {
    expect(view(columns, '', '1.4. Облаштування', 'Управління', '', '', '').texts).toEqual([
      '',
      '',
      '1.4. Облаштування',
      'Управління',
      '',
      '',
    ]);
  });
  it('stays where it is: a heading of one cell, a task, a full row', () => {
    expect(view(columns, '', '2.1. Освіта').said).toEqual([]);
    expect(view(columns, '', 'Провести ремонт', 'Управління').texts.slice(0, 3)).toEqual([
      '',
      'Провести ремонт',
      'Управління',
    ]);
    expect(view(columns, '', '1.4. Облаштування', 'Управління', 'Тривають', 'Програма', 'Примітка').said).toEqual([]);
  });
});

describe('viewOf: cells', () => {
  it('pads a short row to the table’s width', () => {
    const { v } = view(columnsOf(...SIX), '1');
    expect(v.printed).toHaveLength(6);
    expect(v.filled).toEqual([0]);
  });
  it('keeps cells past the header apart, named by position, the empty ones left out', () => {
    const { v, texts } = view(columnsOf(...SIX), '1', 'Задача', '1.1. Захід', 'Упр', 'Вик', 'Прог', '', 'зайве');
    expect(v.extras).toEqual([{ column: 7, role: 'extra', header: 'column 8', surplus: true }]);
    expect(texts).toEqual(['1', 'Задача', '1.1. Захід', 'Упр', 'Вик', 'Прог', 'зайве']);
    expect(rowText(v, true)).toBe('1: 1 | 2: Задача | 3: 1.1. Захід | 4: Упр | 5: Вик | 6: Прог | 8: зайве');
    expect(rowText(v)).toBe('1 | Задача | 1.1. Захід | Упр | Вик | Прог | зайве');
  });
  it('names a headed extra column by its printed place in a diagnostic', () => {
    const { v } = view(columnsOf(...SIX, 'Примітка'), '', '', '1.1. Захід', '', '', '', 'увага');
    expect(rowText(v, true)).toBe('3: 1.1. Захід | 7: увага');
  });
  it('reads a dash alone in a cell as empty, unless the row is all dashes', () => {
    expect(view(columnsOf(...SIX), '1', 'Задача', '1.1. Захід', '—', 'Виконано', '-').texts).toEqual([
      '1',
      'Задача',
      '1.1. Захід',
      '',
      'Виконано',
      '',
    ]);
    expect(view(columnsOf(...SIX), '—', '–', '-', '', '', '').texts.slice(0, 3)).toEqual(['—', '–', '-']);
  });
  it('splits a column two roles share at its first line break: the first role gets the first line', () => {
    const columns = columnsOf(
      '№ з/п',
      'Завдання',
      'Заходи',
      'Відповідальний виконавець / Виконання заходів',
      'Назва програми',
    );
    const both = view(columns, '1', 'Задача', '1.1. Захід', 'Управління освіти<br>Виконано повністю', 'Програма');
    expect(both.texts.slice(3, 5)).toEqual(['Управління освіти', 'Виконано повністю']);
    const one = view(columns, '1', 'Задача', '1.1. Захід', 'Управління освіти', 'Програма');
    expect(one.texts.slice(3, 5)).toEqual(['Управління освіти', '']);
  });
});
