import { describe, expect, it } from 'vitest';
import { parentNumber, parseMeasureNumber, parseTaskNumber, taskPrefix } from '../../src/structure/numbering.js';

describe('measure numbers', () => {
  it.each([
    ['1.1. Інформаційна підтримка', '1.1', 'Інформаційна підтримка', null],
    ['1.1.3. Реконструкція', '1.1.3', 'Реконструкція', null],
    ['1.10. Капітальний', '1.10', 'Капітальний', null],
    ['10.1 Капітальний ремонт', '10.1', 'Капітальний ремонт', 'dot'],
    ['4.1.Зовнішнє електропостачання', '4.1', 'Зовнішнє електропостачання', 'space'],
  ])('%s', (text, number, rest, missing) => {
    expect(parseMeasureNumber(text)).toEqual({ number, rest, missing });
  });

  it('is not a number when the cell starts otherwise', () => {
    expect(parseMeasureNumber('Капітальний ремонт')).toBeNull();
    expect(parseMeasureNumber('12 Капітальний')).toBeNull();
  });

  it('knows parents and task prefixes', () => {
    expect(parentNumber('1.1.3')).toBe('1.1');
    expect(parentNumber('1.1')).toBeNull();
    expect(taskPrefix('12.4')).toBe('12');
  });
});

describe('task numbers', () => {
  it('reads 1, 12 and 12.', () => {
    expect(parseTaskNumber('1')).toBe('1');
    expect(parseTaskNumber('12.')).toBe('12');
    expect(parseTaskNumber('1.1')).toBeNull();
    expect(parseTaskNumber('Освіта')).toBeNull();
  });
});
