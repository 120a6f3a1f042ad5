// The ways one programme's name varies between reports, folded away: case, quotes
// («» "" or unbalanced), dashes, apostrophes, white space, and the word «об'єднаної»
// (the community dropped it from its name, and the word order varies with it).
import { trimEdges } from '../../text/edges.js';
const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/['’ʼ`]/gu, "'"],
  [/[«»“”„"]/gu, ' '],
  [/[‐‑‒–—−]/gu, '-'],
  [/(?<![\p{L}'])об'єднан\p{L}*/gu, ' '],
  [/(\d)\s*-\s*(\d)/gu, '$1-$2'],
  [/\s+/gu, ' '],
];

export function normalizeProgramName(name: string): string {
  let text = name.normalize('NFC').toLowerCase();
  for (const [re, replacement] of FOLDS) text = text.replace(re, replacement);
  return trimEdges(text, /[\s.,;:]/u);
}

const YEARS = /((?:19|20)\d{2})\s*[-‐‑‒–—−]\s*((?:19|20)\d{2})/u;

/** `на 2021-2023 роки` → "2021-2023"; null when the name gives no span of years. */
export function yearsKey(name: string): string | null {
  const m = YEARS.exec(name);
  return m ? `${m[1]}-${m[2]}` : null;
}
