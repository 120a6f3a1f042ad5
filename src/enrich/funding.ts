// The funding column (6) holds parts, any of them: target programmes, an amount in
// thousand UAH, and a source of funds («міський бюджет», «кошти інвесторів»,
// «за рахунок …»). Parts are separated by «;» or line breaks; within a part the
// source and the amounts are taken out first and what is left is programme names.
// Nothing that is an amount or a budget name is left to be read as a programme.
import { shift, sum, toNumber, type Decimal } from './decimal.js';
import { exponentOf, HRYVNIA, NUMBER, NUMBER_START, numberValue, SCALE, takeAmounts } from './money.js';
import { splitProgramList } from './programs/split.js';
import { memoize } from '../text/memo.js';
import { splitTrimmed, trimEdges, trimEndOf } from '../text/edges.js';

/** Wordings of a source of funds, tried in order (a data table, not code). */
export const FUNDING_SOURCES: readonly string[] = [
  // «за рахунок …» up to an amount: a spaced dash, or a number after a space or comma,
  // ends it («ПРООН-ЄС», «Лікарня № 2» do not).
  'за\\s+рахунок\\s+(?:(?!\\s[–—-]\\s|(?<!№)\\s\\d|,\\s*\\d)[^;\\n()])+',
  // «кошти міського бюджету» whole: «кошти» left alone would read as a programme.
  '(?:кошт\\p{L}*\\s+)?(?:міськ|місцев|державн|обласн)\\p{L}*\\s+бюджет\\p{L}*',
  '(?:кошт\\p{L}*\\s+)?бюджет\\p{L}*\\s+(?:громади|міста)',
  'кошт\\p{L}*\\s+(?:міжнародн\\p{L}*\\s+)?(?:інвестор|донор|партнер)\\p{L}*',
  'грантов\\p{L}*\\s+кошт\\p{L}*',
  'власн\\p{L}*\\s+кошт\\p{L}*(?:\\s+підприємств\\p{L}*)?',
  'не\\s+потребує\\s+фінансування',
  // What the cell says of the money instead of a programme: no funding provided or needed.
  '(?:фінансуванн\\p{L}*|кошт\\p{L}*)(?:\\s+заход\\p{L}*)?\\s+не\\s+(?:передбачен|потребу|здійснювал|виділ)\\p{L}*',
  'без\\s+фінансування',
  'в\\s+межах\\s+поточного\\s+фінансування',
  'інші\\s+джерела,?\\s+не\\s+заборонені\\s+законодавством',
];
/**
 * Words that say what the cell holds, not which programme: «Фінансування у 2023 – 150
 * тис. грн», «Обсяг фінансування: 30,0». Taken out with the amounts they introduce.
 */
export const FUNDING_LABELS: readonly string[] = [
  '(?:обсяг\\s+)?фінансуванн\\p{L}*(?:\\s+(?:у|в|на)\\s+(?:19|20)\\d{2}(?:\\s*(?:р\\.|році|рік))?)?',
  'сума',
];
/** A label, and the preposition that may follow it («Фінансування з міського бюджету»). */
const LABEL = new RegExp(`^(?:${FUNDING_LABELS.join('|')})(?:\\s+(?:з|із|за|від))?(?![\\p{L}])`, 'iu');
const SOURCE = new RegExp(`(?<![\\p{L}])(?:${FUNDING_SOURCES.join('|')})`, 'giu');
/** A number with a scale and no currency (`30,0 тис.`): thousand UAH times the scale. */
const SCALED = new RegExp(`${NUMBER_START}(${NUMBER})\\s*(${SCALE})(?![\\p{L}])`, 'giu');
/** A bare number (thousand UAH, as the column's header says) alone, or after a programme's comma or spaced dash. */
const BARE_AMOUNT = new RegExp(
  `^(${NUMBER})$|(?<=[\\p{L}"»”)])\\s*(?:[,:]|[–—-])\\s*(${NUMBER})$|^(?:19|20)\\d{2}\\s*[–—-]\\s*(${NUMBER})$`,
  'u',
);
const YEAR = /^(?:19|20)\d{2}$/u;
const LEADING_MARKS = /[\s,.:;–—\-()]/u;
const TRAILING_MARKS = /[\s,.:;–—\-(]/u;
const stripEdges = (text: string): string => trimEdges(text, LEADING_MARKS, TRAILING_MARKS);
const MONEY_WORD = new RegExp(`(?<![\\p{L}])(?:${HRYVNIA}|тис|млн|млрд|коп)`, 'iu');

export interface FundingCell {
  programs: string[];
  /** Amounts in thousand UAH, in print order. */
  amounts: number[];
  sources: string[];
  /** The amounts summed exactly, in thousand UAH; null when the cell names none. */
  total: number | null;
  /** Money-like text no amount accounts for. */
  unreadable: string[];
}

const normalizeSource = (s: string): string => {
  const clean = trimEndOf(s.replace(/\s+/gu, ' '), /[\s,.:–—-]/u).trim();
  return clean.charAt(0).toLowerCase() + clean.slice(1);
};

function takeScaled(text: string): { rest: string; values: Decimal[] } {
  const values: Decimal[] = [];
  const rest = text.replace(SCALED, (_w, number: string, scale: string) => {
    values.push(shift(numberValue(number, true), exponentOf(scale, 0)));
    return ' ';
  });
  return { rest, values };
}

/** A bare number, in the column's unit: thousand UAH (exponent 0) unless its header says otherwise. */
function takeBare(text: string, exponent: number): { rest: string; values: Decimal[] } {
  const trimmed = stripEdges(text);
  const m = BARE_AMOUNT.exec(trimmed);
  // A year before a dash (`2023 – 150,0`) is the year the amount is for, not an amount.
  const number = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
  if (!m || number === undefined || YEAR.test(number)) return { rest: text, values: [] };
  return { rest: trimmed.slice(0, m.index), values: [shift(numberValue(number, false), exponent)] };
}

// Cheap tests that let most parts (programme names) skip the costlier patterns.
const MAY_NAME_SOURCE = /бюджет|кошт|рахун|фінансуван|джерел/iu;
const MAY_HOLD_CURRENCY = /грн|грив|uah/iu;
const MAY_HOLD_SCALE = /тис|млн|млрд|мільй|мільяр/iu;

function readPart(part: string, cell: FundingCell, exact: Decimal[], exponent: number): void {
  let rest = MAY_NAME_SOURCE.test(part)
    ? part.replace(SOURCE, (s) => {
        cell.sources.push(normalizeSource(s));
        return ' ';
      })
    : part;
  rest = rest.replace(/\(\s*\)/gu, ' ');
  const values: Decimal[] = [];
  const takes = [
    MAY_HOLD_CURRENCY.test(rest) ? takeAmounts : null,
    MAY_HOLD_SCALE.test(rest) ? takeScaled : null,
    (text: string) => takeBare(text, exponent),
  ];
  for (const take of takes) {
    if (take === null) continue;
    const taken = take(rest);
    rest = taken.rest;
    values.push(...taken.values);
  }
  cell.amounts.push(...values.map(toNumber));
  exact.push(...values);
  rest = stripEdges(rest.replace(/\(\s*\)/gu, ' ').replace(/\s+/gu, ' '));
  // A label names no programme, with an amount after it or a source, or before a name.
  rest = stripEdges(rest.replace(LABEL, ''));
  if (rest === '') return;
  // Programme names have words; `30,0 кв.м` or `1 25,5` is a figure the grammar could not read.
  if (MONEY_WORD.test(rest) || !/\p{L}{4}/u.test(rest)) cell.unreadable.push(rest);
  else cell.programs.push(...splitProgramList(rest));
}

const readInThousands = memoize((text) => readCell(text, 0));

/**
 * The cell's parts; a bare number is in the column's unit, `exponent` powers of ten
 * from thousand UAH (-3 for a column headed «грн»). Column 6 repeats the same few
 * programme names down a report, so each text is read once and the result shared
 * between equal texts: treat it as read-only.
 */
export function readFundingCell(text: string, exponent = 0): FundingCell {
  return exponent === 0 ? readInThousands(text) : readCell(text, exponent);
}

function readCell(text: string, exponent: number): FundingCell {
  const cell: FundingCell = { programs: [], amounts: [], sources: [], total: null, unreadable: [] };
  const exact: Decimal[] = [];
  for (const part of splitTrimmed(text, /[;\n]/u)) if (part.trim() !== '') readPart(part.trim(), cell, exact, exponent);
  if (exact.length > 0) cell.total = toNumber(sum(exact));
  return cell;
}
