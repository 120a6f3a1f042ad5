// Sums written in words, as an official writes a round sum: «три мільйони гривень»,
// «двісті тисяч гривень», «півтора мільйона гривень». Cardinal numerals from one to
// 999 (a data table of their forms), each with an optional scale, then the currency.
import { parseDecimal, shift, sum, toNumber, type Decimal } from './decimal.js';

/** The currency, in the forms a sum takes (here, so that money.ts and this module share it). */
export const HRYVNIA = '(?:грн|гривень|гривні|гривня|гривнях|гривнями|гривню|uah)';

/** Each numeral's forms (any case the sum takes after a preposition) and its value. */
const NUMERALS: ReadonlyArray<readonly [string, number]> = [
  ['один|одна|одне|одного|одної|одній|одну', 1],
  ['два|дві|двох', 2],
  ['три|трьох', 3],
  ['чотири|чотирьох', 4],
  ["п['’ʼ]ять|п['’ʼ]яти", 5],
  ['шість|шести', 6],
  ['сім|семи', 7],
  ['вісім|восьми', 8],
  ["дев['’ʼ]ять|дев['’ʼ]яти", 9],
  ['десять|десяти', 10],
  ['одинадцять|одинадцяти', 11],
  ['дванадцять|дванадцяти', 12],
  ['тринадцять|тринадцяти', 13],
  ['чотирнадцять|чотирнадцяти', 14],
  ["п['’ʼ]ятнадцять|п['’ʼ]ятнадцяти", 15],
  ['шістнадцять|шістнадцяти', 16],
  ['сімнадцять|сімнадцяти', 17],
  ['вісімнадцять|вісімнадцяти', 18],
  ["дев['’ʼ]ятнадцять|дев['’ʼ]ятнадцяти", 19],
  ['двадцять|двадцяти', 20],
  ['тридцять|тридцяти', 30],
  ['сорок|сорока', 40],
  ["п['’ʼ]ятдесят|п['’ʼ]ятдесяти", 50],
  ['шістдесят|шістдесяти', 60],
  ['сімдесят|сімдесяти', 70],
  ['вісімдесят|вісімдесяти', 80],
  ["дев['’ʼ]яносто", 90],
  ['сто|ста', 100],
  ['двісті|двохсот', 200],
  ['триста|трьохсот', 300],
  ['чотириста|чотирьохсот', 400],
  ["п['’ʼ]ятсот|п['’ʼ]ятисот", 500],
  ['шістсот|шестисот', 600],
  ['сімсот|семисот', 700],
  ['вісімсот|восьмисот', 800],
  ["дев['’ʼ]ятсот|дев['’ʼ]ятисот", 900],
  ['півтора|півтори', 1.5],
];

/** Scale words and their power of ten relative to thousand UAH. */
const WORD_SCALES: ReadonlyArray<readonly [string, number]> = [
  ['мільярд(?:ів|а|и)?', 6],
  ['мільйон(?:ів|а|и)?', 3],
  ['тисяч(?:і|а|у)?', 0],
];

const NUMERAL = NUMERALS.map(([forms]) => forms).join('|');
const WORD_SCALE = WORD_SCALES.map(([forms]) => forms).join('|');
// Each numeral a whole word: «дві» is not the start of «двісті».
const WORD_END = "(?![\\p{L}'’ʼ])";
const GROUP = `(?:(?:${NUMERAL})${WORD_END}(?:\\s+(?:${NUMERAL})${WORD_END}){0,2})`;
/** Groups each with a scale, the last one's scale optional, then the currency. */
const SCALED_GROUP = `${GROUP}\\s+(?:${WORD_SCALE})`;
/** A leading group in digits, as officials mix them: «2 мільйони п'ятсот тисяч гривень». */
const DIGIT_GROUP = `\\d{1,3}\\s+(?:${WORD_SCALE})`;
// At most three scaled groups (мільярд, мільйон, тисяча): unbounded, a long run is read again from each group.
const GROUPS = `(?:${DIGIT_GROUP}\\s+)?(?:${SCALED_GROUP}\\s+){0,3}(?:${SCALED_GROUP}|${GROUP})`;
export const AMOUNT_IN_WORDS = new RegExp(`(?<![\\p{L}])(?<!\\d[,.]?)(${GROUPS}\\s+${HRYVNIA})(?![\\p{L}])`, 'giu');
const PART = new RegExp(`(?:(\\d{1,3})|(${GROUP}))(?:\\s+(${WORD_SCALE}))?`, 'giu');
/** One numeral of a group in words. */
const NUMERAL_WORD = new RegExp(`(?:${NUMERAL})${WORD_END}`, 'giu');

/** Lookup tables of every form, spelt with one apostrophe: a form is looked up, never matched again. */
const APOSTROPHES = /['’ʼ]/gu;
const formsOf = (pattern: string): string[] => {
  const [stem, endings] = pattern.replace("['’ʼ]", "'").split('(?:');
  return endings === undefined
    ? (stem as string).split('|')
    : [
        stem as string,
        ...endings
          .replace(')?', '')
          .split('|')
          .map((e) => `${stem}${e}`),
      ];
};
const NUMERAL_VALUES = new Map(NUMERALS.flatMap(([forms, value]) => formsOf(forms).map((f) => [f, value] as const)));
const SCALE_EXPONENTS = new Map(
  WORD_SCALES.flatMap(([forms, exponent]) => formsOf(forms).map((f) => [f, exponent] as const)),
);
const spelt = (word: string): string => word.toLowerCase().replace(APOSTROPHES, "'");

/** A sum in words, exact, in thousand UAH: «три мільйони двісті тисяч гривень» → 3200. */
export function wordsValue(text: string): number {
  const parts: Decimal[] = [];
  for (const [, digits, words, scale] of text.matchAll(PART)) {
    let group = Number(digits ?? 0);
    for (const [numeral] of words?.matchAll(NUMERAL_WORD) ?? []) group += NUMERAL_VALUES.get(spelt(numeral)) as number;
    // A group without a scale word is in hryvnias: three powers of ten below thousand UAH.
    const exponent = scale === undefined ? -3 : (SCALE_EXPONENTS.get(spelt(scale)) as number);
    parts.push(shift(parseDecimal(String(group)), exponent));
  }
  return toNumber(sum(parts));
}
