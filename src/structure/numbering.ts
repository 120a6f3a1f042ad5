// Task and measure numbers as printed in columns 1 and 3.

/** `1`, `12.` */
const TASK_NUMBER = /^(\d{1,4})\.?$/;
/** `1.2. Title`, `1.1.3. Title`; also the irregular `10.1 Title` and `4.1.Title`. */
const MEASURE_NUMBER = /^(\d{1,4}(?:\.\d{1,4})+)(\.?)(\s*)/;

export function parseTaskNumber(text: string): string | null {
  const m = TASK_NUMBER.exec(text);
  return m ? (m[1] as string) : null;
}

export interface MeasureNumber {
  /** Without the trailing dot: `1.2`, `1.1.3`. */
  number: string;
  /** The text after the number. */
  rest: string;
  /** What is missing from the usual `N.N. ` form, if anything. */
  missing: 'dot' | 'space' | null;
}

export function parseMeasureNumber(text: string): MeasureNumber | null {
  const m = MEASURE_NUMBER.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  const missing = rest === '' ? null : m[2] === '' ? 'dot' : m[3] === '' ? 'space' : null;
  return { number: m[1] as string, rest, missing };
}

export function startsWithMeasureNumber(text: string): boolean {
  return MEASURE_NUMBER.test(text);
}

/** `1.1` for `1.1.3`; null for a measure directly under its task (`1.1`). */
export function parentNumber(number: string): string | null {
  const parts = number.split('.');
  return parts.length > 2 ? parts.slice(0, -1).join('.') : null;
}

/** The task prefix of a measure number: `1` for `1.2` and `1.1.3`. */
export function taskPrefix(number: string): string {
  return number.split('.')[0] ?? '';
}
