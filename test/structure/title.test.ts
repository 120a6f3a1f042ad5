import { describe, expect, it } from 'vitest';
import { readCommunity, readPeriod } from '../../src/structure/title.js';

const TITLE =
  'Інформація про виконання завдань та заходів Програми соціально-економічного і культурного розвитку Житомирської міської територіальної громади за';

describe('period from the title', () => {
  it.each([
    ['9 місяців 2023 року', 2023, 9],
    ['I квартал 2024 року', 2024, 3],
    ['І квартал 2024 року', 2024, 3], // Cyrillic І
    ['I півріччя 2023 року', 2023, 6],
    ['2023 рік', 2023, 12],
    ['9 міс. 2023 року', 2023, 9],
    // Other wordings releases use, each labelled by what it means.
    ['січень-грудень 2023 року', 2023, 12],
    ['січень–вересень 2023 року', 2023, 9],
    ['січень-червень 2024 року', 2024, 6],
    ['2023 р', 2023, 12], // «за 2023 р.»: the label loses its final dot
    ['перше півріччя 2024 року', 2024, 6],
    ['друге півріччя 2024 року', 2024, 12],
    ['I–III квартали 2023 року', 2023, 9],
    ['I-II квартали 2024 року', 2024, 6],
    ['три квартали 2023 року', 2023, 9],
    ['третій квартал 2023 року', 2023, 9],
    ["дев'ять місяців 2023 року", 2023, 9],
  ])('за %s', (label, year, months) => {
    expect(readPeriod(`${TITLE} ${label}`)).toEqual({ year, months, label });
  });

  it('knows no period when the title names none', () => {
    expect(readPeriod('Інформація про виконання завдань').months).toBeNull();
    expect(readPeriod(`${TITLE} травень`)).toEqual({ year: null, months: null, label: 'травень' });
  });

  it('reads the community', () => {
    expect(readCommunity(`${TITLE} 9 місяців 2023 року`)).toBe('Житомирської міської територіальної громади');
    expect(readCommunity('Звіт')).toBeNull();
  });
});
