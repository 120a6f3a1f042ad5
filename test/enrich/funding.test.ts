// The funding column (6) beyond the corpus's yes/no: the exact programme names left
// once amounts, brackets and labels are taken out, and a column headed in hryvnias.
import { describe, expect, it } from 'vitest';
import { readFundingCell } from '../../src/enrich/funding.js';

describe('programme names once the amounts are out', () => {
  it.each([
    ['Програма розвитку освіти (150,0 тис. грн)', 150],
    ['Програма розвитку освіти ( 150,0 тис. грн )', 150],
    ['Програма розвитку освіти (30,0 тис.)', 30],
    ['Фінансування: 150 тис. грн, Програма розвитку освіти', 150],
  ])('%s', (text, thousandUah) => {
    expect(readFundingCell(text)).toEqual({
      programs: ['Програма розвитку освіти'],
      amounts: [thousandUah],
      sources: [],
      total: thousandUah,
      unreadable: [],
    });
  });
  it('joins a name broken by a double space', () => {
    expect(readFundingCell('Програма  розвитку освіти').programs).toEqual(['Програма розвитку освіти']);
  });
});

describe('a column headed «грн»: bare numbers are hryvnias', () => {
  it.each([
    ['25.000', 25],
    ['1 250,50', 1.2505],
    ['48 000', 48],
  ])('%s грн → %s thousand UAH', (text, thousandUah) => {
    expect(readFundingCell(text, -3).total).toBe(thousandUah);
  });
  it('still reads a sum with its own unit as printed', () => {
    expect(readFundingCell('30,0 тис. грн', -3).total).toBe(30);
  });
});

describe('known misreadings', () => {
  // Was a bug (found by mutation testing): «за рахунок …» ran to the end of the part, so the amount after the dash is read as part of the source.
  it('«за рахунок коштів міського бюджету – 150,0 тис. грн» is 150 from that source', () => {
    expect(readFundingCell('за рахунок коштів міського бюджету – 150,0 тис. грн')).toMatchObject({
      amounts: [150],
      sources: ['за рахунок коштів міського бюджету'],
    });
  });
  // Was a bug: a label with no amount after it stayed, and «Фінансування з» is read as a programme.
  it('«Фінансування з міського бюджету» names a source and no programme', () => {
    expect(readFundingCell('Фінансування з міського бюджету').programs).toEqual([]);
  });
  // Was a bug: the label was taken out only before an amount, so it becomes part of the programme's name.
  it('«Фінансування: Програма розвитку освіти» names the programme without the label', () => {
    expect(readFundingCell('Фінансування: Програма розвитку освіти').programs).toEqual(['Програма розвитку освіти']);
  });
  it.each([
    ['Фінансування не передбачено', 'фінансування не передбачено'],
    ['Кошти не передбачені', 'кошти не передбачені'],
    ['Фінансування заходу не потребує', 'фінансування заходу не потребує'],
  ])('«%s» says no money is given or needed: a source note, never a programme', (text, source) => {
    expect(readFundingCell(text)).toMatchObject({ programs: [], amounts: [], sources: [source] });
  });
  it('ends «за рахунок …» at an amount, not at a number inside a name', () => {
    expect(readFundingCell('за рахунок коштів КП «Лікарня № 2» – 30,0')).toMatchObject({
      amounts: [30],
      sources: ['за рахунок коштів КП «Лікарня № 2»'],
    });
    expect(readFundingCell('за рахунок коштів міського бюджету 45,5 тис. грн')).toMatchObject({
      amounts: [45.5],
      sources: ['за рахунок коштів міського бюджету'],
    });
  });
});

// Issue 28: mutants that survived, each killed by what the words mean.
describe('a year is not an amount', () => {
  it.each([
    'Програма розвитку освіти на 2022 – 2024',
    'Програма розвитку освіти – 2024',
    'Програма розвитку освіти 2024',
  ])('«%s» names a programme and no sum', (text) => {
    const cell = readFundingCell(text);
    expect(cell.amounts).toEqual([]);
    expect(cell.total).toBeNull();
  });
  it('an amount after a year and a dash is the amount («2023 – 150,0»)', () => {
    expect(readFundingCell('2023 – 150,0').total).toBe(150);
  });
});
