import { describe, expect, it } from 'vitest';
import { readFundingCell } from '../../src/enrich/funding.js';
import { findAmounts, findCompletionPercent, readMoney } from '../../src/enrich/money.js';

const parseThousandUah = (text: string): number | null => readFundingCell(text).total;
import { formatDecimal, fromNumber, parseDecimal, sum, toNumber } from '../../src/enrich/decimal.js';

describe('column 6 amounts in thousand UAH', () => {
  it.each([
    ['30,0', 30],
    ['434,090', 434.09],
    ['4577,6', 4577.6],
    ['1 250,5', 1250.5],
    ['1\u00a0250,5', 1250.5],
    ['12 345 678,25', 12345678.25],
    ['500', 500],
    ['500,0 тис. грн', 500],
    ['30,0 тис.грн.', 30],
    ['1,5 млн грн', 1500],
    ['25 000 грн', 25],
  ])('%s → %d', (text, value) => {
    expect(parseThousandUah(text)).toBe(value);
  });
  it('prints exactly: 434,090 is 434.09, not a float artefact', () => {
    expect(JSON.stringify(parseThousandUah('434,090'))).toBe('434.09');
  });
  it('is null for programme names and anything else', () => {
    expect(parseThousandUah('Програма розвитку освіти на 2022-2026 роки')).toBeNull();
    expect(readFundingCell('30,0 кв.м')).toMatchObject({ total: null, programs: [], unreadable: ['30,0 кв.м'] });
    expect(readFundingCell('1 25,5')).toMatchObject({ total: null, programs: [], unreadable: ['1 25,5'] });
    expect(parseThousandUah('')).toBeNull();
  });
});

describe('sums named in text', () => {
  it.each([
    ['отримали сертифікати на суму 25 000 грн для розвитку', '25 000 грн', 25],
    ['залучено грант в сумі 1,044 млн грн. Організовано', '1,044 млн грн', 1044],
    ['одержувачам в сумі 15193,6 тис.грн', '15193,6 тис.грн', 15193.6],
    ['на суму 156,9 тис. грн.', '156,9 тис. грн', 156.9],
    ['в розмірі 100,0 тис. грн.', '100,0 тис. грн', 100],
    ['обсяг 2,5 млрд грн', '2,5 млрд грн', 2500000],
    ['обсяг 2,5 млрд. грн', '2,5 млрд. грн', 2500000],
    ['кредит 3 млн.грн', '3 млн.грн', 3000],
    ['всього 36,9 тис грн', '36,9 тис грн', 36.9],
    ['ремонт на 1 250 000 грн', '1 250 000 грн', 1250],
    ['4205,0тис.грн', '4205,0тис.грн', 4205],
  ])('%s', (text, raw, thousandUah) => {
    expect(findAmounts(text)).toEqual([{ raw, thousandUah, approximate: false }]);
  });
  it('does not take counts for money', () => {
    expect(findAmounts('3203 одержувачам в сумі 15193,6 тис.грн')).toEqual([
      { raw: '15193,6 тис.грн', thousandUah: 15193.6, approximate: false },
    ]);
    expect(findAmounts("Укладено договори з 53 суб'єктами, 88 ліфтів")).toEqual([]);
    expect(findAmounts('майже 21,0 тис кв.м. покриття; 7,5 тис.куб.м сміття')).toEqual([]);
    expect(findAmounts('12 ОСББ на суму 156,9 тис. грн')).toEqual([
      { raw: '156,9 тис. грн', thousandUah: 156.9, approximate: false },
    ]);
  });
  it('finds several sums in one text', () => {
    expect(findAmounts('спочатку 25 000 грн, потім 1,044 млн грн').map((a) => a.thousandUah)).toEqual([25, 1044]);
  });
});

describe('completion percent', () => {
  it('reads the completion phrases', () => {
    expect(findCompletionPercent('Триває будівництво. Рівень виконання робіт становить 81,0%.')).toBe(81);
    expect(findCompletionPercent('рівень виконання становить 95%')).toBe(95);
    expect(findCompletionPercent("Готовність об'єкта 60 %")).toBe(60);
  });
  it('ignores other percentages', () => {
    expect(findCompletionPercent('забезпечує водою 54,0% домогосподарств міста')).toBeNull();
    expect(findCompletionPercent('в розмірі 50% прожиткового мінімуму')).toBeNull();
  });
});

describe('exact decimals', () => {
  it('sums without drift', () => {
    expect(formatDecimal(sum([parseDecimal('0,1'), parseDecimal('0,2')]))).toBe('0.3');
    expect(toNumber(sum(['30,0', '434,090', '4577,6', '3963,4', '500,0'].map(parseDecimal)))).toBe(9505.09);
  });
  it('round-trips numbers it produced', () => {
    for (const n of [434.09, 0.0005, 9505.09, 12345678.25]) expect(toNumber(fromNumber(n))).toBe(n);
  });
});

describe('money in other wordings (issue 13), each labelled by what it says', () => {
  it.each([
    ['Переможці отримали сертифікати на суму 25\n000 грн', 25], // `25<br>000 грн` after cleaning
    ['Залучено 3 млн 250 тис. грн інвестицій', 3250],
    ['Вартість робіт 1 млн 200 тис. грн', 1200],
    ['Використано 150,5 Тис. Грн', 150.5],
    ['Залучено 2,3 млн. гривень', 2300],
    ['Виплачено 48 000 ГРН', 48],
    ['Придбано на 12 тисяч гривень', 12],
  ])('%s → %s thousand UAH', (text, thousandUah) => {
    expect(findAmounts(text).map((a) => a.thousandUah)).toEqual([thousandUah]);
  });
  it.each([
    ['30,0 тис. гривень', 30],
    ['3,9634 млн. гривень', 3963.4],
    ['434,090', 434.09],
    ['25 000 грн', 25],
  ])('column 6 «%s» → %s thousand UAH', (text, thousandUah) => {
    expect(parseThousandUah(text)).toBe(thousandUah);
  });
});

describe('money at the edges (issue 25)', () => {
  it('marks a bound or an estimate approximate, and a plain sum exact', () => {
    const approx = (text: string) => findAmounts(text).map((a) => [a.thousandUah, a.approximate]);
    expect(approx('понад 2 млн грн')).toEqual([[2000, true]]);
    expect(approx('близько 300 тис. грн')).toEqual([[300, true]]);
    expect(approx('орієнтовно 1,5 млн грн')).toEqual([[1500, true]]);
    expect(approx('до 50 тис. грн на рік')).toEqual([[50, true]]);
    expect(approx('Отримано 150 тис. грн')).toEqual([[150, false]]);
    expect(approx('Придбано до Дня міста 3 генератори на 150 тис. грн')).toEqual([[150, false]]);
  });
  it('reads a year before a dash as the year, not a range start', () => {
    expect(findAmounts('Фінансування у 2023 – 150 тис. грн').map((a) => a.thousandUah)).toEqual([150]);
    expect(findAmounts('вартість 100-150 тис. грн').map((a) => a.thousandUah)).toEqual([]);
  });
  it('reads sums in words, each numeral a whole word', () => {
    expect(findAmounts('сто гривень і дві тисячі гривень').map((a) => a.thousandUah)).toEqual([0.1, 2]);
    expect(findAmounts('двісті гривень').map((a) => a.thousandUah)).toEqual([0.2]);
  });
});

describe('what a warning names: up to four words before an unread currency word, within its sentence', () => {
  it.each([
    ['Передбачено кілька тисяч гривень на ремонт', 'Передбачено кілька тисяч гривень'],
    ['У 2023 році з бюджету виділено кілька тисяч гривень', 'бюджету виділено кілька тисяч гривень'],
    ['Роботи завершено. Кілька тисяч гривень повернуто', 'Кілька тисяч гривень'],
    ['Кілька тисяч гривень залишилось на рахунку підприємства до кінця звітного року.', 'Кілька тисяч гривень'],
    ['Додатково передбачено  ще кілька тисяч гривень', 'передбачено ще кілька тисяч гривень'],
  ])('%s', (text, phrase) => {
    expect(readMoney(text)).toEqual({ amounts: [], unreadable: [phrase] });
  });
});

describe('completion percent at its bound', () => {
  it('reads 100 % and refuses more than 100 %', () => {
    expect(findCompletionPercent('Рівень виконання робіт становить 100%')).toBe(100);
    expect(findCompletionPercent("Готовність об'єкта 150 %")).toBeNull();
  });
});

describe('a sum half in digits, half in words', () => {
  // Was a bug found by mutation testing: only the part in words was read (500), with no warning.
  it('«2 мільйони п’ятсот тисяч гривень» is 2500', () => {
    expect(findAmounts("2 мільйони п'ятсот тисяч гривень").map((a) => a.thousandUah)).toEqual([2500]);
  });
  it('reads a leading group in digits only as a whole number, never the digits after a decimal comma', () => {
    expect(findAmounts('2,5 мільйона гривень').map((a) => a.thousandUah)).toEqual([2500]);
    expect(findAmounts('Сплачено 100 грн.Двісті гривень повернуто').map((a) => a.thousandUah)).toEqual([0.1, 0.2]);
  });
});

// Issue 28: a dot after one group of three digits before a scale is a decimal point;
// between groups of three, or before hryvnias alone, the dots group thousands.
describe('dots in printed numbers', () => {
  it.each([
    ['грант 1.044 млн грн', 1044],
    ['сплачено 25.000 грн', 25],
    ['сплачено 1.250.000 грн', 1250],
    ['сплачено 1.250,50 грн', 1.2505],
    ['виділено 2.5 млн грн', 2500],
  ])('%s → %s thousand UAH', (text, thousandUah) => {
    expect(readMoney(text).amounts.map((a) => a.thousandUah)).toEqual([thousandUah]);
  });
});
