// Exact decimal arithmetic for money: amounts are held as whole multiples of 10⁻¹²
// (BigInt), so sums never drift (434.09 stays 434.09, not 434.09000000000003).
import { trimEndOf } from '../text/edges.js';
const SCALE = 12;
const ONE = 10n ** BigInt(SCALE);

export type Decimal = bigint;

/** `434,090` or `1 250.5` (digits, one decimal comma or point) → exact decimal. */
export function parseDecimal(text: string): Decimal {
  const clean = text.replace(/[\s\u00a0\u202f]/gu, '').replace(',', '.');
  const m = /^(\d+)(?:\.(\d+))?$/.exec(clean);
  if (!m) throw new Error(`not a decimal: ${text}`);
  const fraction = (m[2] ?? '').slice(0, SCALE).padEnd(SCALE, '0');
  return BigInt(m[1] as string) * ONE + BigInt(fraction);
}

/** Multiplies by 10^exponent (exponent may be negative; digits past the scale are dropped). */
export function shift(value: Decimal, exponent: number): Decimal {
  return exponent >= 0 ? value * 10n ** BigInt(exponent) : value / 10n ** BigInt(-exponent);
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}

/** The shortest decimal string, e.g. `9505.09`. */
export function formatDecimal(value: Decimal): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const whole = abs / ONE;
  const digits = (abs % ONE).toString().padStart(SCALE, '0');
  const fraction = trimEndOf(digits, /0/);
  return `${negative ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}

/** As a JSON number: the shortest double that prints as the exact decimal. */
export function toNumber(value: Decimal): number {
  return Number(formatDecimal(value));
}

/** A number that came from `toNumber` back to its exact decimal. */
export function fromNumber(value: number): Decimal {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  // Below 1e15 nine decimals recover the printed value exactly; above it a double
  // holds no fraction anyway.
  if (Math.abs(value) >= 1e15) return BigInt(Math.round(value)) * ONE;
  const negative = value < 0;
  const d = parseDecimal(Math.abs(value).toFixed(9));
  return negative ? -d : d;
}
