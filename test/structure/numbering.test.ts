// Task and measure numbers as people type them. Each case is written from what the
// printed text means, valid and invalid side by side.
import { describe, expect, it } from 'vitest';
import {
  parentNumber,
  readNumberToken,
  parseMeasureNumber,
  parseTaskNumber,
  readTaskNumber,
  taskPrefix,
} from '../../src/structure/numbering.js';

describe('measure numbers', () => {
  it.each([
    ['1.1. Інформаційна підтримка', '1.1', 'Інформаційна підтримка', null],
    ['1.1.3. Реконструкція', '1.1.3', 'Реконструкція', null],
    ['1.10. Капітальний', '1.10', 'Капітальний', null],
    ['10.1 Капітальний ремонт', '10.1', 'Капітальний ремонт', 'dot'],
    ['4.1.Зовнішнє електропостачання', '4.1', 'Зовнішнє електропостачання', 'space'],
    ['1.2) Придбання', '1.2', 'Придбання', null],
    ['1.1.1) Капітальний', '1.1.1', 'Капітальний', null],
    ['1.2.', '1.2', '', null],
    ['1. 2. Придбання', '1.2', 'Придбання', null],
    ['1. 1. 1. Капітальний', '1.1.1', 'Капітальний', null],
    ['10. 1. Капітальний', '10.1', 'Капітальний', null],
    ['1.2 . Придбання', '1.2', 'Придбання', null],
    ['1.2, Придбання', '1.2', 'Придбання', null],
    ['1.2 – Придбання', '1.2', 'Придбання', null],
    ['4.1,Зовнішнє', '4.1', 'Зовнішнє', 'space'],
  ])('%s', (text, number, rest, missing) => {
    expect(parseMeasureNumber(text)).toEqual({ number, rest, missing, short: false, lookalike: null });
  });

  it('is not a number when the cell starts otherwise', () => {
    expect(parseMeasureNumber('Капітальний ремонт')).toBeNull();
    expect(parseMeasureNumber('12 Капітальний')).toBeNull();
    expect(parseMeasureNumber('2023 року проведено')).toBeNull();
    expect(parseMeasureNumber('12345.1 Ремонт')).toBeNull();
    // One part is a number within the task only when asked for, and only before a title.
    expect(parseMeasureNumber('2. Придбання')).toBeNull();
    expect(parseMeasureNumber('2. Придбання', { short: true })?.number).toBe('2');
  });

  it.each([
    ['2. Придбання', '2', 'Придбання', null],
    ['2) Придбання', '2', 'Придбання', null],
    ['12.Придбання', '12', 'Придбання', 'space'],
  ])('within its task: %s', (text, number, rest, missing) => {
    expect(parseMeasureNumber(text, { short: true })).toEqual({ number, rest, missing, short: true, lookalike: null });
  });

  it.each([
    ['2 Придбання'], // no dot or bracket: a count, not a number
    ['1000. Придбання'], // four digits: a year or an amount, not a measure within a task
    ['2. 500 тис. грн'], // the title must start with a letter
    ['2023. Проведено'],
    ['1. 2023 року'], // a year after the number is the title's
    ['5 – 7 років'], // a range, not a number and its title
  ])('is not a number within its task: %s', (text) => {
    expect(parseMeasureNumber(text, { short: true })).toBeNull();
  });

  it.each([
    ['l.2. Придбання', '1.2'], // Latin small L
    ['4.З. Реконструкція', '4.3'], // Cyrillic Ze
    ['1О.1. Капітальний', '10.1'], // Cyrillic O
    ['б.1. Капітальний', '6.1'], // Cyrillic be
    ['1.I. Закупівля', '1.1'], // Latin capital I
  ])('reads a letter typed for a digit: %s', (text, number) => {
    const parsed = parseMeasureNumber(text);
    expect(parsed?.number).toBe(number);
    expect(parsed?.lookalike).toBe(text.split(' ')[0]);
  });

  it.each([
    ['Облаштування території'], // «О» and «б» begin a word, not a number
    ['З 2023 року'],
    ['1.Облаштування'], // the part after the dot is a word
  ])('does not read the letters of a word as digits: %s', (text) => {
    expect(parseMeasureNumber(text)?.lookalike ?? null).toBeNull();
  });

  it('knows parents and task prefixes', () => {
    expect(parentNumber('1.1.3')).toBe('1.1');
    expect(parentNumber('1.1')).toBeNull();
    expect(taskPrefix('12.4')).toBe('12');
  });
});

describe('task numbers', () => {
  it.each([
    ['1', '1'],
    ['12.', '12'],
    ['3)', '3'],
    ['№ 4', '4'],
    ['№4.', '4'],
    ['Завдання 5', '5'],
    ['завдання №6', '6'],
    ['Завд. 7', '7'],
    ['1.0', '1'],
    ['12.00', '12'],
  ])('reads %s as task %s', (text, number) => {
    expect(parseTaskNumber(text)).toBe(number);
  });
  it.each([['1.1'], ['1.0.1'], ['Освіта'], ['1 Освіта'], ['Завдання'], ['2023 рік'], ['12345']])(
    '%s is no task number',
    (text) => {
      expect(parseTaskNumber(text)).toBeNull();
    },
  );
  it('reads a letter typed for a digit, and says so', () => {
    expect(readTaskNumber('І')).toEqual({ number: '1', word: '', lookalike: 'І' });
    expect(readTaskNumber('l.')).toEqual({ number: '1', word: '', lookalike: 'l.' });
    expect(readTaskNumber('1О')).toEqual({ number: '10', word: '', lookalike: '1О' });
    expect(readTaskNumber('7')).toEqual({ number: '7', word: '', lookalike: null });
    expect(readTaskNumber('ІІ')).toBeNull();
  });
  it('keeps the word written before the number, to say it', () => {
    expect(readTaskNumber('Завдання 4')).toEqual({ number: '4', word: 'Завдання', lookalike: null });
    expect(readTaskNumber('Завд. 5')).toEqual({ number: '5', word: 'Завд.', lookalike: null });
    expect(readTaskNumber('№ 6')).toEqual({ number: '6', word: '', lookalike: null });
  });
});

describe('number tokens: what closes a number before its title', () => {
  const token = (text: string) => {
    const t = readNumberToken(text);
    return t && { parts: t.parts, closer: t.closer, printed: t.printed, spaced: t.spaced, length: t.length };
  };
  it('takes a dash or comma as the closer when a space follows, or a letter right after it', () => {
    expect(token('1.2 – Ремонт')).toEqual({
      parts: ['1', '2'],
      closer: '.',
      printed: '1.2 –',
      spaced: true,
      length: 6,
    });
    expect(token('1.2—Ремонт')).toEqual({ parts: ['1', '2'], closer: '.', printed: '1.2—', spaced: false, length: 4 });
    expect(token('1.2-Ремонт')).toMatchObject({ closer: '.', printed: '1.2-' });
    expect(token('1.2,Ремонт')).toMatchObject({ closer: '.', printed: '1.2,' });
    expect(token('1.2, Ремонт')).toMatchObject({ closer: '.', printed: '1.2,', spaced: true });
  });
  it('does not take a comma or dash before a digit: «1.2,5 млн», «1.2 -5»', () => {
    expect(token('1.2,5 млн')).toMatchObject({ parts: ['1', '2'], closer: '', printed: '1.2' });
    expect(token('1.2 -5')).toMatchObject({ closer: '', printed: '1.2' });
  });
  it('takes a dot or bracket as the closer at the end, or before a space, also after a space', () => {
    expect(token('1.2)')).toEqual({ parts: ['1', '2'], closer: ')', printed: '1.2)', spaced: true, length: 4 });
    expect(token('1.2 . Ремонт')).toMatchObject({ closer: '.', printed: '1.2 .' });
    expect(token('1.2 .Ремонт')).toMatchObject({ closer: '', printed: '1.2' });
    // A dot right after the number closes it even with no space after (the space's lack is said elsewhere).
    expect(token('1.2.Ремонт')).toMatchObject({ closer: '.', printed: '1.2.', spaced: false });
  });
  it('reads parts of up to four digits', () => {
    expect(token('1234.1. Ремонт')).toMatchObject({ parts: ['1234', '1'] });
    expect(token('12345.1. Ремонт')).toBeNull();
    expect(token('1.12345. Ремонт')).toMatchObject({ parts: ['1'], printed: '1.' });
  });
});

describe('task numbers: the words and zeros around them', () => {
  it('keeps the word before «№», and reads «1.0» or «1.00» as the first level, «1.01» or «1.10» as none', () => {
    expect(readTaskNumber('Завдання № 3')).toEqual({ number: '3', word: 'Завдання', lookalike: null });
    expect(readTaskNumber('1.00')).toMatchObject({ number: '1' });
    expect(readTaskNumber('1.01')).toBeNull();
    expect(readTaskNumber('1.10')).toBeNull();
  });
});
