import { describe, expect, it } from 'vitest';
import { splitExecutors } from '../../src/enrich/executors.js';

describe('splitExecutors', () => {
  it('splits on commas', () => {
    expect(splitExecutors('Управління культури міської ради, управління розвитку села Вереси міської ради')).toEqual([
      'Управління культури міської ради',
      'управління розвитку села Вереси міської ради',
    ]);
  });
  it('keeps commas inside quotes', () => {
    expect(splitExecutors('КП "ЦЕНТР, ІНВЕСТИЦІЙ" Житомирської міської ради, ГО «Екоклуб, плюс»')).toEqual([
      'КП "ЦЕНТР, ІНВЕСТИЦІЙ" Житомирської міської ради',
      'ГО «Екоклуб, плюс»',
    ]);
  });
  it('still splits after an unbalanced quote that never closes', () => {
    expect(splitExecutors('КП «ЕМЗО «Міськвітло» Житомирської міської ради, КП "УАШ" Житомирської міської ради, інші суб\'єкти')).toEqual([
      'КП «ЕМЗО «Міськвітло» Житомирської міської ради',
      'КП "УАШ" Житомирської міської ради',
      "інші суб'єкти",
    ]);
  });
  it('keeps notes such as (за згодою) with their organisation', () => {
    expect(splitExecutors('Департамент соціальної політики міської ради, громадські організації (за згодою)')).toEqual([
      'Департамент соціальної політики міської ради',
      'громадські організації (за згодою)',
    ]);
  });
  it("keeps a body whose own name holds a comma (у справах сім'ї, молоді та спорту)", () => {
    expect(splitExecutors("Управління у справах сім'ї, молоді та спорту міської ради, департамент освіти міської ради")).toEqual([
      "Управління у справах сім'ї, молоді та спорту міської ради",
      'департамент освіти міської ради',
    ]);
    expect(splitExecutors("Управління у справах, сім'ї, молоді та спорту міської ради")).toEqual(["Управління у справах, сім'ї, молоді та спорту міської ради"]);
  });
  it('gives nothing for an empty cell', () => {
    expect(splitExecutors('')).toEqual([]);
    expect(splitExecutors(' , ')).toEqual([]);
  });
});
