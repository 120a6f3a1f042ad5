// Money in thousand UAH. Column 6 holds either programme names or an amount in
// thousand UAH; the measure texts name sums in hryvnias, thousands, millions.
import { parseDecimal, shift, toNumber } from './decimal.js';

/** Currency units and their power of ten relative to thousand UAH. */
const UNITS: ReadonlyArray<{ re: string; exponent: number }> = [
  { re: 'млрд\\.?\\s*грн', exponent: 6 },
  { re: 'млн\\.?\\s*грн', exponent: 3 },
  { re: 'тис\\.?\\s*грн', exponent: 0 },
  { re: 'грн', exponent: -3 },
];
// A number with a decimal comma and optional (no-break) space thousands separators.
const NUMBER = '\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?:[,.]\\d+)?|\\d+(?:[,.]\\d+)?';
const UNIT_GROUP = UNITS.map((u) => `(${u.re})`).join('|');
const AMOUNT_IN_TEXT = new RegExp(`(?<![\\d,.])(${NUMBER})\\s*(?:${UNIT_GROUP})(?![\\p{L}])\\.?`, 'gu');
const COLUMN6_AMOUNT = new RegExp(`^(${NUMBER})(?:\\s*(?:${UNIT_GROUP})\\.?)?$`, 'u');

function unitExponent(groups: readonly (string | undefined)[]): number {
  const index = groups.findIndex((g) => g !== undefined);
  return index < 0 ? 0 : (UNITS[index] as { exponent: number }).exponent;
}

/** Column 6 as an amount in thousand UAH (`434,090` → 434.09, `1 250,5` → 1250.5), or null for programme names. */
export function parseThousandUah(text: string): number | null {
  const m = COLUMN6_AMOUNT.exec(text.trim());
  if (!m) return null;
  return toNumber(shift(parseDecimal(m[1] as string), unitExponent(m.slice(2))));
}

export interface AmountInText {
  raw: string;
  thousandUah: number;
}

/** Sums named in running text: `25 000 грн` → 25, `1,044 млн грн` → 1044, `15193,6 тис.грн` → 15193.6. */
export function findAmounts(text: string): AmountInText[] {
  if (!text.includes('грн')) return [];
  const found: AmountInText[] = [];
  for (const m of text.matchAll(AMOUNT_IN_TEXT)) {
    const raw = m[0].replace(/\.$/, '');
    found.push({ raw, thousandUah: toNumber(shift(parseDecimal(m[1] as string), unitExponent(m.slice(2)))) });
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
