// Money in thousand UAH. Column 6 holds either programme names or an amount in
// thousand UAH; the measure texts name sums in hryvnias, thousands, millions.
import { parseDecimal, shift, sum, toNumber } from './decimal.js';

/** Scales and their power of ten relative to thousand UAH, in any case and spelling. */
const SCALES: ReadonlyArray<{ re: string; exponent: number }> = [
  { re: 'млрд\\.?|мільярд(?:ів|а|и)?', exponent: 6 },
  { re: 'млн\\.?|мільйон(?:ів|а|и)?', exponent: 3 },
  { re: 'тис\\.?|тисяч(?:і|а)?', exponent: 0 },
];
const HRYVNIA = '(?:грн|гривень|гривні|гривня|гривнях|uah)';
const SCALE = SCALES.map((u) => u.re).join('|');
// A number with a decimal comma or point, thousands separated by (no-break, thin)
// spaces or a line break (markup inside a number: `25<br>000`).
const NUMBER = '\\d{1,3}(?:[ \\u00a0\\u202f\\n]\\d{3})+(?:[,.]\\d+)?|\\d+(?:[,.]\\d+)?';
// One part of an amount: a number and its scale (`3 млн`, `250 тис.`, `1,044 млн`).
const PART = new RegExp(`(${NUMBER})\\s*(${SCALE})?`, 'giu');
// Parts with falling scales, then the currency: `3 млн 250 тис. грн`, `48 000 ГРН`.
const AMOUNT_IN_TEXT = new RegExp(
  `(?<![\\d,.])((?:(?:${NUMBER})\\s*(?:${SCALE})\\s*)*(?:${NUMBER})\\s*(?:${SCALE})?\\s*${HRYVNIA})(?![\\p{L}])\\.?`,
  'giu',
);
const COLUMN6_AMOUNT = new RegExp(`^(${NUMBER})(?:\\s*(${SCALE})?\\s*${HRYVNIA}?\\.?)?$`, 'iu');
const MENTIONS_HRYVNIA = /грн|грив|uah/iu;

const exponentOf = (scale: string | undefined, fallback: number): number => {
  if (scale === undefined) return fallback;
  const lower = scale.toLowerCase();
  return SCALES.find((u) => new RegExp(`^(?:${u.re})$`, 'u').test(lower))?.exponent ?? fallback;
};

/** An amount's parts summed: each number shifted by its scale; a bare number before the currency is hryvnias. */
function partsValue(text: string): number {
  const parts = [...text.matchAll(PART)];
  return toNumber(sum(parts.map((p) => shift(parseDecimal(p[1] as string), exponentOf(p[2], -3)))));
}

/**
 * Column 6 as an amount in thousand UAH (`434,090` → 434.09, `1 250,5` → 1250.5,
 * `30,0 тис. гривень` → 30, `3,9634 млн. гривень` → 3963.4), or null for programme names.
 */
export function parseThousandUah(text: string): number | null {
  const m = COLUMN6_AMOUNT.exec(text.trim());
  if (!m) return null;
  // A bare number in column 6 is in thousand UAH, as the column's header says; «грн» alone makes it hryvnias.
  const bareUnit = MENTIONS_HRYVNIA.test(text) && m[2] === undefined ? -3 : 0;
  return toNumber(shift(parseDecimal(m[1] as string), exponentOf(m[2], bareUnit)));
}

export interface AmountInText {
  raw: string;
  thousandUah: number;
}

/** Sums named in running text: `25 000 грн` → 25, `1,044 млн грн` → 1044, `3 млн 250 тис. грн` → 3250. */
export function findAmounts(text: string): AmountInText[] {
  if (!MENTIONS_HRYVNIA.test(text)) return [];
  const found: AmountInText[] = [];
  for (const m of text.matchAll(AMOUNT_IN_TEXT)) {
    const raw = m[0].replace(/\.$/, '');
    found.push({ raw, thousandUah: partsValue(m[1] as string) });
  }
  return found;
}

/** Phrases that report how far a measure's works have got, then the percentage (on lower-cased text). */
const WORD = "[a-zа-яіїєґ'’ʼ]+";
const COMPLETION = new RegExp(`(?:рівень\\s+виконання(?:\\s+${WORD})?|виконано\\s+на|готовність(?:\\s+${WORD})?)\\s+(?:становить\\s+|складає\\s+)?(\\d{1,3}(?:[,.]\\d+)?)\\s*%`, 'u');

/** `Рівень виконання робіт становить 81,0%` → 81. */
export function findCompletionPercent(text: string): number | null {
  if (!text.includes('%')) return null;
  const m = COMPLETION.exec(text.toLowerCase());
  if (!m) return null;
  const value = toNumber(parseDecimal(m[1] as string));
  return value <= 100 ? value : null;
}
