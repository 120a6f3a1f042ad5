// Word's list numbering (word/numbering.xml) as Word draws it: each expected label is what Word
// prints for the paragraph, by ECMA-376 §17.9 (formats, level text, restart, overrides, suffix).
import { describe, expect, it } from 'vitest';
import { letters, readNumbering } from '../../../src/rows/docx/numbering.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (ilvl: number, format: string, text: string, more = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${more}</w:lvl>`;
const part = (abstract: string, nums = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>') =>
  `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${abstract}</w:abstractNum>${nums}</w:numbering>`;
const draw = (xml: string, ...steps: Array<[string, number]>) => {
  const numbering = readNumbering(xml);
  return steps.map(([numId, ilvl]) => numbering.next(numId, ilvl));
};

describe('readNumbering', () => {
  it('draws each format Word has, followed by a tab (a space here) unless the suffix is nothing', () => {
    const formats: Array<[string, string[]]> = [
      ['decimalZero', ['01. ', '02. ']],
      ['upperLetter', ['A. ', 'B. ']],
      ['lowerLetter', ['a. ', 'b. ']],
      ['russianLower', ['а. ', 'б. ']],
      ['russianUpper', ['А. ', 'Б. ']],
      ['upperRoman', ['I. ', 'II. ']],
      ['lowerRoman', ['i. ', 'ii. ']],
      ['ordinalText', ['1. ', '2. ']],
    ];
    expect(formats).toHaveLength(8);
    for (const [format, want] of formats) {
      expect(draw(part(lvl(0, format, '%1.')), ['1', 0], ['1', 0]), format).toEqual(want);
    }
    expect(draw(part(lvl(0, 'decimal', '%1)', '<w:suff w:val="nothing"/>')), ['1', 0])).toEqual(['1)']);
    expect(draw(part(lvl(0, 'decimal', '%1)', '<w:suff w:val="space"/>')), ['1', 0])).toEqual(['1) ']);
  });
  it('draws no number for a bullet, a format of none, or an empty level text', () => {
    expect(draw(part(lvl(0, 'bullet', '•')), ['1', 0])).toEqual([null]);
    expect(draw(part(lvl(0, 'none', '%1')), ['1', 0])).toEqual([null]);
    expect(draw(part(lvl(0, 'decimal', '')), ['1', 0])).toEqual([null]);
    expect(draw(part(lvl(0, 'decimal', '%1.')), ['9', 0])).toEqual([null]);
  });
  it('numbers levels within their parent, restarting a level when its parent moves on, unless told not to', () => {
    const levels = lvl(0, 'decimal', '%1.') + lvl(1, 'decimal', '%1.%2.');
    expect(draw(part(levels), ['1', 0], ['1', 1], ['1', 1], ['1', 0], ['1', 1])).toEqual([
      '1. ',
      '1.1. ',
      '1.2. ',
      '2. ',
      '2.1. ',
    ]);
    const noRestart = lvl(0, 'decimal', '%1.') + lvl(1, 'decimal', '%1.%2.', '<w:lvlRestart w:val="0"/>');
    expect(draw(part(noRestart), ['1', 0], ['1', 1], ['1', 0], ['1', 1])).toEqual(['1. ', '1.1. ', '2. ', '2.2. ']);
  });
  it('starts a list over where a second list instance overrides its start, the two sharing one definition', () => {
    const nums =
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">' +
      `${lvl(0, 'upperRoman', '%1)')}</w:lvlOverride></w:num>`;
    expect(draw(part(lvl(0, 'decimal', '%1.'), nums), ['1', 0], ['1', 0], ['2', 0], ['2', 0], ['1', 0])).toEqual([
      '1. ',
      '2. ',
      '5. ',
      '6. ',
      '7. ',
    ]);
    expect(draw(part(lvl(0, 'decimal', '%1.'), nums), ['3', 0], ['3', 0])).toEqual(['I) ', 'II) ']);
  });
});

describe('letters', () => {
  it('counts a … z, then aa … zz, and past eight repeats writes digits', () => {
    const abc = 'abcdefghijklmnopqrstuvwxyz';
    expect([1, 26, 27, 52, 53].map((n) => letters(n, abc))).toEqual(['a', 'z', 'aa', 'zz', 'aaa']);
    expect([0, 26 * 8, 26 * 8 + 1].map((n) => letters(n, abc))).toEqual(['0', 'zzzzzzzz', '209']);
  });
});
