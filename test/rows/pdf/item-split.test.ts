// An item of text that runs over a column's start: cut there when it is two cells' texts,
// whole when it is a heading running on across the columns.
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../../src/rows/pdf/page-grid.js';
import { splitAtColumns } from '../../../src/rows/pdf/item-split.js';
import { PageBuilder } from '../../../src/rows/pdf/page-builder.js';

/** An item of words set 5 pt a letter, each word after the given gap (a space is 2.5 pt). */
function line(words: Array<[string, number]>): TextItem {
  let text = '';
  let x = 100;
  const starts: Array<[number, number, number]> = [];
  for (const [word, gap] of words) {
    if (text !== '') {
      const before = x;
      x += gap;
      starts.push([text.length + 1, x, before]);
      text += ' ';
    }
    text += word;
    x += 5 * word.length;
  }
  return { text, x: 100, y: 500, width: x - 100, fontSize: 9, bold: false, words: starts };
}
const texts = (items: TextItem[]) => items.map((i) => i.text);

describe('splitAtColumns', () => {
  // «Сталий» 30 pt + 2.5 + «енергетичний» 60 pt + 2.5 + «та» 10 pt + 2.5: «кліматичний» starts at 207.5.
  const heading = line([
    ['Сталий', 0],
    ['енергетичний', 2.5],
    ['та', 2.5],
    ['кліматичний', 2.5],
    ['розвиток', 2.5],
  ]);
  it('keeps a heading whole where a lower-case word after a usual gap meets a column start', () => {
    expect(texts(splitAtColumns(heading, [100, 206.5]))).toEqual(['Сталий енергетичний та кліматичний розвиток']);
  });
  it('judges a short line by its font’s space: two words of a heading stay one, a wide gap cuts', () => {
    // 9 pt type: a space of 2.5 pt is usual; 6 pt is two cells' texts.
    expect(
      texts(
        splitAtColumns(
          line([
            ['Молодіжна', 0],
            ['політика', 2.5],
          ]),
          [100, 146.5],
        ),
      ),
    ).toEqual(['Молодіжна політика']);
    expect(
      texts(
        splitAtColumns(
          line([
            ['Молодіжна', 0],
            ['політика', 6],
          ]),
          [100, 150],
        ),
      ),
    ).toEqual(['Молодіжна', 'політика']);
  });
  it('cuts two cells’ texts at the column start: a capital after a wider gap', () => {
    const cells = line([
      ['Забезпечити', 0],
      ['виконання', 2.5],
      ['заходів', 2.5],
      ['Департамент', 8],
    ]);
    const start = 100 + 55 + 2.5 + 45 + 2.5 + 35 + 8 - 1;
    expect(texts(splitAtColumns(cells, [100, start]))).toEqual(['Забезпечити виконання заходів', 'Департамент']);
  });
  it('cuts after a number alone, and before a measure number, however close', () => {
    const task = line([
      ['3', 0],
      ['Забезпечити', 2.5],
      ['виконання', 2.5],
      ['заходів', 2.5],
    ]);
    expect(texts(splitAtColumns(task, [100, 106.5]))).toEqual(['3', 'Забезпечити виконання заходів']);
    const measure = line([
      ['Забезпечити', 0],
      ['виконання', 2.5],
      ['заходів', 2.5],
      ['3.1.', 2.5],
    ]);
    expect(texts(splitAtColumns(measure, [100, 100 + 55 + 2.5 + 45 + 2.5 + 35 + 2.5 - 1]))).toEqual([
      'Забезпечити виконання заходів',
      '3.1.',
    ]);
  });
  it('cuts a lower-case word at a column start after a gap wider than the line’s words', () => {
    const cells = line([
      ['Управління', 0],
      ['культури', 2.5],
      ['ради', 2.5],
      ['комунальний', 9],
    ]);
    const start = 100 + 50 + 2.5 + 40 + 2.5 + 20 + 9 - 1;
    expect(texts(splitAtColumns(cells, [100, start]))).toEqual(['Управління культури ради', 'комунальний']);
  });
});

describe('seams', () => {
  /** Glyphs 5 pt wide from x = 357.7, one after the other, `gap` pt apart where `|` stands. */
  const printed = (text: string, gap: number): TextItem[] => {
    const builder = new PageBuilder();
    let x = 357.7;
    for (const ch of text) {
      if (ch === '|') {
        x += gap;
        continue;
      }
      builder.glyph(ch, x, 40, 5, 10, false);
      x += 5;
    }
    return builder.finish().items;
  };

  it('cuts an item where a glyph stands apart from the one before at a column’s start, no space between', () => {
    // «молоді» fills the executors' cell to its border; the execution's text starts 0.25 pt on, at 442.95.
    const [item] = printed('Управління молоді|Відповідно', 0.25);
    const pieces = splitAtColumns(item as TextItem, [357, 442]).map((i) => i.text);
    expect(pieces).toEqual(['Управління молоді', 'Відповідно']);
  });

  it('does not cut a word whose glyphs stand as a font sets them, nor a seam off a column’s start', () => {
    const [whole] = printed('Управління молоді|Відповідно', 0.05);
    expect(splitAtColumns(whole as TextItem, [357, 442]).map((i) => i.text)).toEqual(['Управління молодіВідповідно']);
    const [elsewhere] = printed('Управління молоді|Відповідно', 0.25);
    expect(splitAtColumns(elsewhere as TextItem, [357, 460]).length).toBe(1);
  });
});
