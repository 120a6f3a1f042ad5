// The money grammar, exact in thousand UAH. A sum is one or more parts with falling
// scales and then the currency: `25 000 грн`, `1,044 млн грн`, `3 млн 250 тис. грн`,
// `1 250 грн 50 коп.`. Numbers take thousands separated by spaces (plain, no-break,
// thin), a line break (markup inside a number) or dots, and a decimal comma or point.
// A currency word that no sum accounts for is returned as unreadable, for a warning.
import { parseDecimal, shift, sum, toNumber, type Decimal } from './decimal.js';
import { AMOUNT_IN_WORDS, HRYVNIA, wordsValue } from './money-words.js';

/** Scales and their power of ten relative to thousand UAH, in any case and spelling. */
const SCALES: ReadonlyArray<{ re: string; exponent: number }> = [
  { re: 'млрд\\.?|мільярд(?:ів|а|и)?', exponent: 6 },
  { re: 'млн\\.?|мільйон(?:ів|а|и)?', exponent: 3 },
  { re: 'тис\\.?|тисяч(?:і|а)?', exponent: 0 },
];
const KOPECKS = '(?:\\s*(\\d{1,2})\\s*коп(?:\\.|ійок|ійки|ійка)?)?';
const SCALE = SCALES.map((u) => u.re).join('|');
// Thousands by spaces or a line break, by dots, or none; then a decimal part. At most four groups of
// thousands (10¹⁵) and three scaled parts: unbounded, a run of «111 111 …» or «1 тис. 1 тис. …» with no
// currency after it is read again from each of its numbers, and the time grows with the square.
export const NUMBER =
  '\\d{1,3}(?:[ \\u00a0\\u202f\\n]\\d{3}){1,4}(?:[,.]\\d+)?|\\d{1,3}(?:\\.\\d{3}){1,4}(?:,\\d+)?|\\d+(?:[,.]\\d+)?';
// Not inside another number, and not the end of a range (`100-150 тис. грн`, `від 200 до 300 грн` are not sums);
// but a year before a dash starts no range (`у 2023 – 150 тис. грн`, `бюджет, 2023 – 150,0`): after a
// preposition or a comma, four digits 19xx or 20xx are the year the sum is for.
const YEAR_BEFORE_DASH = '(?:[,:;(]\\s*|(?<![\\p{L}])(?:у|в|за|на|протягом)\\s+)(?:19|20)\\d';
const NUMBER_START = `(?<![\\d,.])(?<!(?<!${YEAR_BEFORE_DASH})\\d\\s*(?:[-‐‑–—]|до)\\s*)`;
const PART = new RegExp(`(${NUMBER})\\s*(${SCALE})?`, 'giu');
const AMOUNT_IN_TEXT = new RegExp(
  `${NUMBER_START}((?:(?:${NUMBER})\\s*(?:${SCALE})\\s*){0,3}(?:${NUMBER})\\s*(?:${SCALE})?\\s*${HRYVNIA})` +
    `(?![\\p{L}])\\.?${KOPECKS}`,
  'giu',
);
/** A word that says money, as a whole word: «гривневому» is not one. */
const CURRENCY_WORD = new RegExp(`(?<![\\p{L}])(?:${HRYVNIA}|коп)(?![\\p{L}])`, 'giu');
const MENTIONS_HRYVNIA = /грн|грив|uah|коп/iu;

const exponentOf = (scale: string | undefined, fallback: number): number => {
  if (scale === undefined) return fallback;
  const lower = scale.toLowerCase();
  return SCALES.find((u) => new RegExp(`^(?:${u.re})$`, 'u').test(lower))?.exponent ?? fallback;
};

/**
 * A printed number as an exact decimal. Dots between groups of three are thousands
 * (`25.000 грн`, `1.250.000 грн`, `1.250,50`) unless a scale follows a single group
 * (`1.044 млн` is a decimal point).
 */
export function numberValue(raw: string, scaled: boolean): Decimal {
  const compact = raw.replace(/[ \u00a0\u202f\n]/gu, '');
  const dotted = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.exec(compact);
  const dotsAreThousands = dotted !== null && (compact.includes(',') || compact.split('.').length > 2 || !scaled);
  return parseDecimal(dotsAreThousands ? compact.replace(/\./g, '') : compact);
}

/** An amount's parts summed: each number shifted by its scale; a bare number before the currency is hryvnias. */
function partsValue(text: string, kopecks: string | undefined): Decimal {
  const parts = [...text.matchAll(PART)].map((p) =>
    shift(numberValue(p[1] as string, p[2] !== undefined), exponentOf(p[2], -3)),
  );
  if (kopecks !== undefined) parts.push(shift(parseDecimal(kopecks), -5));
  return sum(parts);
}

export interface AmountInText {
  raw: string;
  thousandUah: number;
  /** Said to be about that much: «понад», «близько», «орієнтовно», «до» before it. */
  approximate: boolean;
}

/** Words before a sum that make it approximate (a bound or an estimate, not the sum). */
const APPROXIMATE_WORDS = 'понад|близько|орієнтовно|приблизно|майже|до|більше|менше|не\\s+менше|не\\s+більше|біля';
const APPROXIMATE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${APPROXIMATE_WORDS})\\s*$|[≈~]\\s*$`, 'iu');
const approximateAt = (text: string, index: number): boolean =>
  APPROXIMATE_BEFORE.test(text.slice(Math.max(0, index - 24), index));

export interface MoneyReading {
  amounts: AmountInText[];
  /** Money-like phrases no sum accounts for (`кілька тисяч гривень`), for a warning. */
  unreadable: string[];
}

/** Sums named in running text: `25 000 грн` → 25, `1,044 млн грн` → 1044, `3 млн 250 тис. грн` → 3250. */
export function readMoney(text: string): MoneyReading {
  if (!MENTIONS_HRYVNIA.test(text)) return { amounts: [], unreadable: [] };
  const amounts: AmountInText[] = [];
  const covered: Array<[number, number]> = [];
  for (const m of text.matchAll(AMOUNT_IN_TEXT)) {
    const raw = m[0].replace(/\.$/, '');
    const thousandUah = toNumber(partsValue(m[1] as string, m[2]));
    amounts.push({ raw, thousandUah, approximate: approximateAt(text, m.index) });
    covered.push([m.index, m.index + m[0].length]);
  }
  // Sums in words («три мільйони гривень»), in text order among the others.
  for (const m of text.matchAll(AMOUNT_IN_WORDS)) {
    if (covered.some(([from, to]) => m.index < to && m.index + m[0].length > from)) continue;
    const at = amounts.filter((_, i) => (covered[i] as [number, number])[0] < m.index).length;
    amounts.splice(at, 0, { raw: m[0], thousandUah: wordsValue(m[0]), approximate: approximateAt(text, m.index) });
    covered.splice(at, 0, [m.index, m.index + m[0].length]);
  }
  const unreadable: string[] = [];
  for (const w of text.matchAll(CURRENCY_WORD)) {
    if (covered.some(([from, to]) => w.index >= from && w.index < to)) continue;
    unreadable.push(phraseAround(text, w.index, w.index + w[0].length));
  }
  return { amounts, unreadable };
}

/** Takes the sums with a currency out of `text`: their values, and the text with each replaced by a space. */
export function takeAmounts(text: string): { rest: string; values: Decimal[] } {
  const values: Decimal[] = [];
  const rest = text.replace(AMOUNT_IN_TEXT, (_whole, amount: string, kopecks: string | undefined) => {
    values.push(partsValue(amount, kopecks));
    return ' ';
  });
  return { rest, values };
}

export function findAmounts(text: string): AmountInText[] {
  return readMoney(text).amounts;
}

/** Up to four words before a currency word, within its sentence: what a reader needs to find it. */
function phraseAround(text: string, from: number, to: number): string {
  const before =
    text
      .slice(Math.max(0, from - 60), from)
      .split(/[.;!?\n]/u)
      .pop() ?? '';
  const words = before.trimStart().split(/\s+/u);
  return `${words.slice(-5).join(' ')}${text.slice(from, to)}`.trim();
}

/** Phrases that report how far a measure's works have got, then the percentage (on lower-cased text). */
const WORD = "[a-zа-яіїєґ'’ʼ]+";
const COMPLETION = new RegExp(
  `(?:рівень\\s+виконання(?:\\s+${WORD})?|виконано(?:\\s+на)?|готовність(?:\\s+${WORD})?)` +
    `\\s+(?:становить\\s+|складає\\s+)?(\\d{1,3}(?:[,.]\\d+)?)\\s*%`,
  'u',
);

/** `Рівень виконання робіт становить 81,0%` → 81. */
export function findCompletionPercent(text: string): number | null {
  if (!text.includes('%')) return null;
  const m = COMPLETION.exec(text.toLowerCase());
  if (!m) return null;
  const value = toNumber(parseDecimal(m[1] as string));
  return value <= 100 ? value : null;
}

export { HRYVNIA, NUMBER_START, SCALE, exponentOf };
