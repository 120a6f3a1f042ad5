// Where a cell's line break may have cut a word, from the geometry alone: the odds the
// break's mark carries into the decision made with the document's letters.
import { describe, expect, it } from 'vitest';
import { continuedMark, markOdds } from '../../../src/rows/pdf/cell-text.js';

// A narrow column of 61.3 pt, letters about 6.1 pt wide, a line ending 4.8 pt short of it.
const end = { gap: 4.8, width: 6.1, area: 61.3 };
const odds = (before: string, after: string, at = end) => {
  const mark = continuedMark(at, before, after);
  return mark === '' ? 0 : markOdds(mark);
};

describe('break marks', () => {
  it('weighs the whole chunk that had to fit, its quote included', () => {
    // «"Державни|й»: ten characters could not fit a 61 pt line; «Державни|й» alone (nine) could have.
    expect(odds('сприяння "Державни', 'й фонд')).toBeGreaterThan(0);
    expect(odds('сприяння Державни', 'й фонд')).toBe(0);
    // A number's chunk counts whole: «…:001:00|41».
    expect(odds('номер 1810136600:06:001:00', '41 площею')).toBeGreaterThan(0);
  });

  it('takes a closing mark at a line start for a cut, an opening quote not', () => {
    expect(odds('спорт «Інваспорт', '» проведено')).toBeGreaterThan(1);
    expect(odds('громадських організацій КП', '"Житомир" та')).toBe(0);
    expect(odds('Житомир', ', де регулярно')).toBe(0); // some programs carry «,» over with a typed space
  });

  it('takes a straight quote that closes and a hyphen joined to a word for closing marks', () => {
    // «КП "Житомирводоканал" Житомирської»: the quote with a space after it opens nothing.
    expect(odds('КП "Житомирводоканал', '" Житомирської')).toBeGreaterThan(1);
    expect(odds('КП "Житомирводоканал', '", КП')).toBeGreaterThan(1);
    expect(odds('КП "Житомирводоканал', '"')).toBeGreaterThan(1);
    // «Житомиртеплокомун-енерго» cut before its hyphen; a dash opening a list item has a space after it.
    expect(odds('КП "Житомиртеплокомун', '-енерго"')).toBeGreaterThan(1);
    expect(odds('КП "Житомиртеплокомун', '- енерго"')).toBe(0);
  });

  it('takes a URL’s line ending in one of its separators for a cut, and never runs a word into a URL', () => {
    const short = { ...end, gap: 12 };
    expect(odds('канал https://t.me/', 'relocationZhytomyr', short)).toBeGreaterThan(1);
    expect(odds('канал https://t.me/relocationZhytomyr', 'де регулярно', short)).toBe(0);
    expect(odds('Telegram-канал', 'https://t.me/relocationZhytomyr')).toBe(0);
  });

  it('gives no odds where the line stopped short or ends with a space or hyphen', () => {
    expect(odds('сприяння "Державни', 'й фонд', { ...end, gap: 12 })).toBe(0);
    expect(odds('сприяння "Державни ', 'й фонд')).toBe(0);
    expect(odds('культурно-', 'спортивний')).toBe(0);
  });

  it('grows with the next word’s length: a full line before a long word is the stronger sign', () => {
    const wide = { gap: 1, width: 6, area: 60 };
    expect(odds('Житомиртепл', 'окомуненерго"', wide)).toBeGreaterThan(odds('Державно', 'ї спеціалізованої', wide));
  });
});
