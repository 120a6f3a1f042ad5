// Header rows into labels and a column map, and what is said about them: each expected label is
// the header's words put together top down; each unit named is the one the header's words give.
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { columnLabels, headerLabels, readColumns } from '../../src/structure/header.js';
import { cell } from '../helpers.js';

const cells = (...texts: string[]) => texts.map(cell);
const spanned = () => ({ ...cell(''), spanned: true });
const SIX = ['№ з/п', 'Завдання', 'Заходи', 'Відповідальний виконавець', 'Виконання заходів'];
const said = (rows: ReturnType<typeof cells>[]) => {
  const diagnostics = new Diagnostics();
  const map = readColumns(rows, diagnostics, { line: 3 });
  return { map, said: diagnostics.list().map((d) => [d.code, d.details]) };
};

describe('columnLabels', () => {
  it('puts a label spanning sub-columns over each of them, «group / own»', () => {
    expect(columnLabels([cells('№', 'Заходи', 'Обсяг, тис. грн', ''), cells('', '', 'план', 'факт')])).toEqual([
      { text: '№', own: '№' },
      { text: 'Заходи', own: 'Заходи' },
      { text: 'Обсяг, тис. грн / план', own: 'план' },
      { text: 'Обсяг, тис. грн / факт', own: 'факт' },
    ]);
    expect(columnLabels([[cell('Обсяг'), spanned()], cells('план', 'факт')]).map((l) => l.text)).toEqual([
      'Обсяг / план',
      'Обсяг / факт',
    ]);
  });
  it('joins a label wrapped onto the next row, and takes a lone lower cell as its column’s own label', () => {
    expect(columnLabels([cells('Відповідальний', 'Виконання'), cells('виконавець', '')])).toEqual([
      { text: 'Відповідальний виконавець', own: 'Відповідальний виконавець' },
      { text: 'Виконання', own: 'Виконання' },
    ]);
    // The empty top cell has no labelled neighbour with a lower cell: no group.
    expect(columnLabels([cells('Заходи', ''), cells('', 'Примітка')])).toEqual([
      { text: 'Заходи', own: 'Заходи' },
      { text: 'Примітка', own: 'Примітка' },
    ]);
    expect(columnLabels([cells('', 'Заходи'), cells('№', '')]).map((l) => l.text)).toEqual(['№', 'Заходи']);
  });
  it('lists the named labels for the report’s metadata, the empty ones left out', () => {
    expect(headerLabels([cells('№', '', 'Заходи')])).toEqual(['№', 'Заходи']);
  });
});

describe('readColumns', () => {
  it('reads a header naming too few columns in the usual order, saying so, as wide as the header', () => {
    const { map, said: found } = said([cells('№', 'Заходи', '', '', '', '', '', '')]);
    expect(map.width).toBe(8);
    expect(found).toEqual([
      [
        'columns-guessed',
        {
          problem: 'names too few columns to read them by it',
          reading: 'columns read in the usual order: №, task, measure, executors, execution, programme or funding',
        },
      ],
    ]);
  });
  it('names the unit of each money column the header gives in other than thousands', () => {
    const rows = [cells(...SIX, 'Обсяг фінансування, грн', 'План, млн грн', 'Факт, млрд грн')];
    expect(said(rows).said).toEqual([
      [
        'amount-unit',
        {
          columns: [
            '6 «Обсяг фінансування, грн» in hryvnias',
            '7 «План, млн грн» in million UAH',
            '8 «Факт, млрд грн» in billion UAH',
          ],
        },
      ],
      // Diagnostics at one place are listed by code.
      ['columns-extra', { columns: ['7 «План, млн грн» as planned amount', '8 «Факт, млрд грн» as actual amount'] }],
    ]);
  });
  it('says nothing of a header in thousands, and nothing at all without diagnostics', () => {
    const rows = [cells(...SIX, 'Обсяг фінансування, тис. грн')];
    expect(said(rows).said).toEqual([]);
    expect(readColumns([cells('№', 'Заходи')], null, { line: 1 }).width).toBe(6);
  });
});
