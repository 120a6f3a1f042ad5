// What the tree builder says once for the whole table, from counts given here by hand.
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { TreeTallies } from '../../src/structure/tree-tallies.js';

const said = (run: (t: TreeTallies) => void) => {
  const diagnostics = new Diagnostics();
  const tallies = new TreeTallies(diagnostics);
  run(tallies);
  tallies.report();
  return diagnostics.list().map((d) => ({ code: d.code, details: d.details, field: d.field, line: d.source.line }));
};

describe('TreeTallies', () => {
  it('says nothing when nothing was counted', () => {
    expect(said(() => {})).toEqual([]);
  });

  it('names the words written before task numbers once, at the first, with how many tasks had one', () => {
    expect(
      said((t) => {
        t.taskWord('Завдання', { line: 4 });
        t.taskWord('Завдання', { line: 9 });
        t.taskWord('Задача', { line: 12 });
      }),
    ).toEqual([
      { code: 'task-number-words', details: { words: ['Завдання', 'Задача'], count: 3 }, field: 'task', line: 4 },
    ]);
  });

  it('counts the task rows printed again on their measures’ rows, at the first', () => {
    expect(
      said((t) => {
        for (const line of [7, 8, 15]) t.taskRepeated({ line });
      }),
    ).toEqual([{ code: 'task-repeated', details: { rows: 3 }, field: 'task', line: 7 }]);
  });

  it('warns of each number missing its dot while they are few (half or fewer), each kind on its own', () => {
    const got = said((t) => {
      for (let i = 0; i < 4; i++) t.numberRead();
      t.numberIrregular('dot', { number: '1.1', missing: 'dot', printed: '1.1 Ремонт' }, { line: 5 });
      t.numberIrregular('dot', { number: '1.2', missing: 'dot', printed: '1.2 Ремонт' }, { line: 6 });
      t.numberIrregular('space', { number: '1.3', missing: 'space', printed: '1.3.Ремонт' }, { line: 7 });
    });
    expect(got.map((d) => [d.code, d.line, d.field])).toEqual([
      ['measure-number-format', 5, 'measure'],
      ['measure-number-format', 6, 'measure'],
      ['measure-number-format', 7, 'measure'],
    ]);
  });

  it('calls it the document’s style, once, when most numbers lack their dot', () => {
    const got = said((t) => {
      for (let i = 0; i < 5; i++) t.numberRead();
      for (const line of [5, 6, 7])
        t.numberIrregular('dot', { number: `1.${line}`, missing: 'dot', printed: '' }, { line });
    });
    expect(got).toEqual([
      { code: 'measure-number-style', details: { missing: 'dot', count: 3, total: 5 }, field: 'measure', line: 5 },
    ]);
  });
});
