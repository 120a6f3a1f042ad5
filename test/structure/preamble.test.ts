// The text before the header: which lines are the title and which are notes, for preambles as
// councils and programs write them. The expected split is read from each preamble's words.
import { describe, expect, it } from 'vitest';
import { type PreambleLine, splitPreamble } from '../../src/structure/preamble.js';

/** Lines as given; a line starting with «¶» has a blank line before it. */
const lines = (...texts: string[]): PreambleLine[] =>
  texts.map((t, i) => ({ text: t.replace(/^¶/, ''), source: { line: i + 1 }, blankBefore: t.startsWith('¶') }));
const split = (...texts: string[]) => {
  const { title, notes } = splitPreamble(lines(...texts));
  return { title: title.map((l) => l.text), notes: notes.map((l) => l.text) };
};

describe('splitPreamble', () => {
  it('takes the lines from a title start to the line naming the period, the rest as notes', () => {
    expect(
      split(
        'Додаток 2',
        'до рішення виконавчого комітету',
        'Інформація про виконання',
        'Програми розвитку',
        'за 9 місяців 2023 року',
      ),
    ).toEqual({
      title: ['Інформація про виконання', 'Програми розвитку', 'за 9 місяців 2023 року'],
      notes: ['Додаток 2', 'до рішення виконавчого комітету'],
    });
  });

  it('takes a title whose first line names the period, and what follows it as notes', () => {
    expect(split('Звіт за 2023 рік', 'Підготовлено відділом')).toEqual({
      title: ['Звіт за 2023 рік'],
      notes: ['Підготовлено відділом'],
    });
  });

  it('goes up from the period to a blank line, or to a line that is never a title', () => {
    expect(split('Шапка', '¶Програма розвитку громади', 'за І півріччя 2024 року')).toEqual({
      title: ['Програма розвитку громади', 'за І півріччя 2024 року'],
      notes: ['Шапка'],
    });
    expect(split('ЗАТВЕРДЖЕНО', 'Програма розвитку', 'за 2023 рік')).toEqual({
      title: ['Програма розвитку', 'за 2023 рік'],
      notes: ['ЗАТВЕРДЖЕНО'],
    });
    expect(split('Програма розвитку', 'за 2023 рік')).toEqual({
      title: ['Програма розвитку', 'за 2023 рік'],
      notes: [],
    });
  });

  it('reads the period on any line of a cell with line breaks, and a title start under markup or look-alikes', () => {
    expect(split('Додаток 1', '**Інформація** про стан\nза 9 міс. 2023')).toEqual({
      title: ['**Інформація** про стан\nза 9 міс. 2023'],
      notes: ['Додаток 1'],
    });
    // Latin «I» and «o» typed for Cyrillic: still «Інформація».
    expect(split('Шапка', 'Iнфoрмація щодо виконання', 'заходів за 2023 рік').title).toEqual([
      'Iнфoрмація щодо виконання',
      'заходів за 2023 рік',
    ]);
  });

  it('without a period, takes the block a title start begins, to the next blank line', () => {
    expect(split('Додаток', 'Інформація про виконання', 'програми', '¶Примітка')).toEqual({
      title: ['Інформація про виконання', 'програми'],
      notes: ['Додаток', 'Примітка'],
    });
    expect(split('Інформація про виконання', 'програми')).toEqual({
      title: ['Інформація про виконання', 'програми'],
      notes: [],
    });
  });

  it('without a title start, takes the first line that is not an attachment mark, to the next blank line', () => {
    expect(split('Додаток 3', 'від 12.10.2023', 'Виконання програми', 'розвитку', '¶Виконавець: відділ')).toEqual({
      title: ['Виконання програми', 'розвитку'],
      notes: ['Додаток 3', 'від 12.10.2023', 'Виконавець: відділ'],
    });
  });

  it('has no title when every line accompanies the document, or there are none', () => {
    expect(split('Додаток 2', '№ 145')).toEqual({ title: [], notes: ['Додаток 2', '№ 145'] });
    expect(split()).toEqual({ title: [], notes: [] });
  });

  it('needs a word of the period after «за»: «за участю» names none', () => {
    expect(split('Інформація', 'за участю громади', '¶Звіт за 2023 рік')).toEqual({
      title: ['Звіт за 2023 рік'],
      notes: ['Інформація', 'за участю громади'],
    });
  });
});
