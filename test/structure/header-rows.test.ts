// The header's rows: the header itself, the rows that continue it, and the header printed again
// after a page break. Each case is a row as a producer prints it; what it is follows from where
// it stands and what its cells say.
import { describe, expect, it } from 'vitest';
import { isHeaderContinuation, isHeaderRow, isRepeatedHeader } from '../../src/structure/header-rows.js';
import { cell } from '../helpers.js';

const cells = (...texts: string[]) => texts.map(cell);
const HEADER = cells('№ з/п', 'Завдання', 'Заходи', 'Відповідальний виконавець', 'Виконання заходів', 'Назва програми');
const words = (n: number) => 'Назва міської цільової програми '.repeat(10).slice(0, n);

describe('isHeaderRow', () => {
  it('takes three or more cells named as columns, none longer than a label', () => {
    expect(isHeaderRow(HEADER)).toBe(true);
    expect(isHeaderRow(cells('№ з/п', 'Заходи', 'Виконання заходів'))).toBe(true);
    expect(isHeaderRow(cells('№ з/п', 'Заходи', '', ''))).toBe(false);
    expect(isHeaderRow(cells('1', 'Задача', '1.1. Захід', 'Управління', 'Виконано', 'Програма'))).toBe(false);
  });
  it('allows a label of 200 characters, not of 201', () => {
    const row = (label: string) => cells('№ з/п', 'Завдання', 'Заходи', 'Виконавець', 'Виконання', label);
    expect(words(200)).toHaveLength(200);
    expect(isHeaderRow(row(words(200)))).toBe(true);
    expect(isHeaderRow(row(words(201)))).toBe(false);
  });
  it('reads a spanned cell as empty', () => {
    const spanned = { ...cell('Заходи'), spanned: true };
    expect(isHeaderRow([cell('№ з/п'), cell('Завдання'), spanned])).toBe(false);
  });
});

describe('isHeaderContinuation', () => {
  const top = cells('№ з/п', 'Завдання', 'Заходи', 'Виконавець', 'Фінансування', '');
  it('takes short labels wrapped onto a second row, two or more of them', () => {
    expect(isHeaderContinuation(cells('', '', '', '', 'план', 'факт'), top)).toBe(true);
    expect(isHeaderContinuation(cells('', '', 'Заходи', 'Виконавець', '', ''), HEADER)).toBe(true);
  });
  it('takes one label standing under an open cell or beside one, and no other', () => {
    expect(isHeaderContinuation(cells('', '', '', '', '', 'тис. грн'), top)).toBe(true);
    expect(isHeaderContinuation(cells('', '', '', '', 'тис. грн', ''), top)).toBe(true);
    expect(isHeaderContinuation(cells('', '', 'тис. грн', '', '', ''), top)).toBe(false);
    // The last column: nothing beside it.
    expect(isHeaderContinuation(cells('', '', '', '', '', 'тис. грн'), HEADER)).toBe(false);
    expect(isHeaderContinuation(cells('тис. грн', '', '', '', '', ''), cells('', '№', 'Завдання'))).toBe(true);
  });
  it('takes no data row: a task number first, a measure, a priority, a long text, a number alone, nothing', () => {
    expect(isHeaderContinuation(cells('1', 'Задача', '', '', '', ''), top)).toBe(false);
    expect(isHeaderContinuation(cells('', '', '1.1. Захід', 'Управління', '', ''), top)).toBe(false);
    expect(isHeaderContinuation(cells('Пріоритет "А"', 'Ціль', '', '', '', ''), top)).toBe(false);
    expect(isHeaderContinuation(cells('', '', '', '', words(121), ''), top)).toBe(false);
    expect(isHeaderContinuation(cells('', '', '', '', words(120), 'факт'), top)).toBe(true);
    expect(isHeaderContinuation(cells('', '', '', '', '2023', '2024'), top)).toBe(false);
    expect(isHeaderContinuation(cells('', '', '', '', '', ''), top)).toBe(false);
  });
});

describe('isRepeatedHeader', () => {
  it('knows the header printed again, however its labels wrap, hyphenate or are cased', () => {
    const again = cells(
      '№\nз/п',
      'ЗАВДАН-\nНЯ',
      'Заходи',
      'Відповідальний\nвиконавець',
      'Виконання заходів',
      'Назва програми',
    );
    expect(isRepeatedHeader(again, [HEADER])).toBe(true);
  });
  it('takes the same labels in the same order only: not a part, not more, not another order', () => {
    expect(isRepeatedHeader(HEADER.slice(0, 5), [HEADER])).toBe(false);
    expect(isRepeatedHeader([...HEADER, cell('Примітка')], [HEADER])).toBe(false);
    expect(
      isRepeatedHeader(
        [HEADER[1], HEADER[0], ...HEADER.slice(2)].map((c) => c ?? cell('')),
        [HEADER],
      ),
    ).toBe(false);
    expect(isRepeatedHeader(cells('', '', ''), [HEADER])).toBe(false);
  });
  it('matches any one of the header’s rows, the column numbers included', () => {
    const numbers = cells('1', '2', '3', '4', '5', '6');
    expect(isRepeatedHeader(cells('1', '2', '3', '4', '5', '6'), [HEADER, numbers])).toBe(true);
    expect(isRepeatedHeader(HEADER, [numbers, HEADER])).toBe(true);
  });
  it('matches a label of marks only (a dash) to a dash, and refuses a cell longer than a label', () => {
    const dashed = cells('№ з/п', '—', 'Заходи');
    expect(isRepeatedHeader(cells('№ з/п', '–', 'Заходи'), [dashed])).toBe(true);
    expect(isRepeatedHeader(cells('№ з/п', 'Б', 'Заходи'), [dashed])).toBe(false);
    const long = cells('№ з/п', `Заходи ${words(200)}`);
    expect(isRepeatedHeader(long, [long])).toBe(false);
  });
});
