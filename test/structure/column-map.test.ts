// Header labels into the column map: each expected role, unit and extra column is what the
// header's words name, written by hand.
import { describe, expect, it } from 'vitest';
import { type ColumnMap, mapColumns } from '../../src/structure/columns.js';

const SIX = ['№ з/п', 'Завдання', 'Заходи', 'Відповідальний виконавець', 'Виконання заходів', 'Назва програми'];
const map = (...labels: string[]) => mapColumns(labels) as ColumnMap;

describe('mapColumns', () => {
  it('needs three columns named: two are too few', () => {
    expect(mapColumns(['№ з/п', 'Заходи', '', '', '', ''])).toBeNull();
    expect(map('№ з/п', 'Заходи', 'Виконання заходів', '', '', '').guessed.map((g) => [g.role, g.column])).toEqual([
      ['task', 3],
      ['executors', 4],
      ['resources', 5],
    ]);
  });
  it('fills a role the header leaves blank from the usual order, and says which', () => {
    const m = map('№ з/п', '', 'Заходи', 'Відповідальний виконавець', 'Виконання заходів', 'Назва програми');
    expect(m.guessed).toEqual([{ role: 'task', column: 1, header: '' }]);
    const five = map('№ з/п', 'Завдання', 'Заходи', 'Відповідальний виконавець', 'Виконання заходів');
    expect(five.guessed).toEqual([{ role: 'resources', column: 5, header: '' }]);
  });
  it('keeps other columns apart in printed order, a blank one named by its place', () => {
    const m = map(...SIX, 'Примітка', '', 'Код програми');
    expect(m.extras).toEqual([
      { column: 6, role: 'note', header: 'Примітка' },
      { column: 7, role: 'extra', header: 'column 8', surplus: true },
      { column: 8, role: 'extra', header: 'Код програми' },
    ]);
    expect([m.width, m.reordered]).toEqual([9, false]);
  });
  it('reads the unit each money column names, the amounts’ own column first', () => {
    expect(map(...SIX.slice(0, 5), 'Обсяг фінансування, млн грн').units).toEqual({
      resources: 3,
      planned: 0,
      actual: 0,
    });
    const split = map(...SIX, 'Обсяг фінансових ресурсів, грн', 'План, млн грн', 'Факт, млрд грн');
    expect(split.extras.map((e) => [e.column, e.role])).toEqual([
      [6, 'amount'],
      [7, 'planned'],
      [8, 'actual'],
    ]);
    expect(split.units).toEqual({ resources: -3, planned: 3, actual: 6 });
  });
  it('takes a source-of-funds column as column 6 when nothing else names programmes or amounts', () => {
    const m = map(...SIX.slice(0, 5), 'Джерело фінансування');
    expect([m.order[5], m.extras]).toEqual([5, []]);
    const both = map(...SIX, 'Джерело фінансування');
    expect(both.extras).toEqual([{ column: 6, role: 'source', header: 'Джерело фінансування' }]);
  });
  it('reads a label naming two roles apart by a slash as one column they share', () => {
    const m = map('№ з/п', 'Завдання', 'Заходи', 'Відповідальний виконавець / Виконання заходів', 'Назва програми');
    expect(m.shared).toEqual([{ column: 3, first: 'executors', second: 'execution' }]);
    expect(m.order.slice(3, 6)).toEqual([3, 3, 4]);
    // «т/с» is no pair of labels: too short to name a role.
    expect(map(...SIX.slice(0, 5), 'Програма т/с').shared).toBeUndefined();
  });
  it('says when the columns come in another order than usual', () => {
    const m = map('№ з/п', 'Завдання', 'Заходи', 'Виконання заходів', 'Відповідальний виконавець', 'Назва програми');
    expect([m.reordered, m.order]).toEqual([true, [0, 1, 2, 4, 3, 5]]);
  });
  it('reads the same labels the same way every time (a cache, whatever it holds)', () => {
    const labels = Array.from({ length: 150 }, (_, i) => [...SIX, `Примітка ${i}`]);
    const first = labels.map((l) => mapColumns(l)?.extras[0]?.header);
    const again = labels.map((l) => mapColumns(l)?.extras[0]?.header);
    expect(again).toEqual(first);
    expect(first[149]).toBe('Примітка 149');
  });
});
