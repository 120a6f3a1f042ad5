// Column 6 holds either programme names or the funding in thousand UAH, printed
// with a decimal comma and optional (no-break) space thousands separators.
const AMOUNT = /^(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[,.](\d+))?$/u;

/** `434,090` → 434.09; `1 250,5` → 1250.5; anything that is not just an amount → null. */
export function parseThousandUah(text: string): number | null {
  const m = AMOUNT.exec(text.trim());
  if (!m) return null;
  const whole = (m[1] as string).replace(/[ \u00a0\u202f]/gu, '');
  return Number(m[2] === undefined ? whole : `${whole}.${m[2]}`);
}
