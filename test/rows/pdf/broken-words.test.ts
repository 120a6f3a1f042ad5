// The document-wide decision at marked line breaks: what the text's own kind says
// (a URL holds no space, a capital after a small letter starts a word).
import { describe, expect, it } from 'vitest';
import { markFor } from '../../../src/rows/pdf/cell-text.js';
import { resolveBrokenWords } from '../../../src/rows/pdf/broken-words.js';
import type { Row } from '../../../src/rows/row.js';

const rowOf = (...texts: string[]): Row =>
  ({ cells: texts.map((text) => ({ text, runs: [], links: [], markup: false })) }) as unknown as Row;

const resolved = (...texts: string[]): string[] => {
  const row = rowOf(...texts);
  resolveBrokenWords([row]);
  return row.cells.map((c) => c.text);
};

describe('resolveBrokenWords', () => {
  it('joins a break inside a URL whatever the letters say', () => {
    // The document's habit after a slash is a space («будинок/ приміщення»), and the marks' odds are low.
    const habit = 'житловий будинок/ приміщення';
    expect(resolved(`канал https://t.me/${markFor(1)}relocationZhytomyr , де`, habit)[0]).toBe(
      'канал https://t.me/relocationZhytomyr , де',
    );
    expect(resolved(`канал https://t.me/relocationZhyto${markFor(1 / 4)}myr , де`, habit)[0]).toBe(
      'канал https://t.me/relocationZhytomyr , де',
    );
  });

  it('weighs a capital after a small letter as the start of a word', () => {
    const likely = markFor(4);
    expect(resolved(`Житомир, вулиця${likely}Авіаторів, 9`)).toEqual(['Житомир, вулиця Авіаторів, 9']);
    expect(resolved(`Житомир, вулиця${likely}авіаторів, 9`)).toEqual(['Житомир, вулицяавіаторів, 9']);
  });
});
