// The pairs of measures whose titles are similar enough to match, found without
// scoring every pair (two releases of 8,000 measures: 64 million scores, 20 s). The
// prefix filter of similarity joins (Chaudhuri et al. 2006; Bayardo et al.'s
// All-Pairs): with trigrams in one global order, rarest first, two sets whose Dice
// similarity reaches t share at least ⌈α·|x|⌉ trigrams (α = t / (2 − t)) for either
// set x, so each one's first |x| − ⌈α·|x|⌉ + 1 trigrams meet. Only pairs whose prefixes
// meet, and whose sizes allow t, are scored: no pair at or above t is missed.
import { dice } from '../enrich/programs/similarity.js';

export interface Titled {
  grams: ReadonlySet<string>;
}

export interface ScoredPair<T> {
  a: T;
  b: T;
  similarity: number;
}

/** Rounding slack: a prefix one trigram too long costs a score, one too short a match. */
const EPSILON = 1e-9;

/** Each set's trigrams rarest first (ties by the trigram), so prefixes are taken in one order. */
function ordered<T extends Titled>(items: readonly T[]): Map<T, string[]> {
  const frequency = new Map<string, number>();
  for (const item of items) for (const g of item.grams) frequency.set(g, (frequency.get(g) ?? 0) + 1);
  const rank = (g: string) => frequency.get(g) as number;
  return new Map(
    items.map((item) => [item, [...item.grams].sort((x, y) => rank(x) - rank(y) || (x < y ? -1 : x > y ? 1 : 0))]),
  );
}

const prefixLength = (size: number, alpha: number): number => size - Math.ceil(alpha * size - EPSILON) + 1;

/** Every pair (a from `olds`, b from `news`) whose Dice similarity is at least `threshold`, olds in order. */
export function similarPairs<T extends Titled>(
  olds: readonly T[],
  news: readonly T[],
  threshold: number,
): Array<ScoredPair<T>> {
  const alpha = threshold / (2 - threshold);
  const order = ordered([...olds, ...news]);
  const index = new Map<string, number[]>();
  news.forEach((b, k) => {
    const grams = order.get(b) as string[];
    for (const g of grams.slice(0, prefixLength(grams.length, alpha))) {
      const list = index.get(g);
      if (list) list.push(k);
      else index.set(g, [k]);
    }
  });
  const pairs: Array<ScoredPair<T>> = [];
  const seenBy = new Int32Array(news.length).fill(-1);
  olds.forEach((a, i) => {
    const grams = order.get(a) as string[];
    const [low, high] = [a.grams.size * alpha - EPSILON, a.grams.size / alpha + EPSILON];
    for (const g of grams.slice(0, prefixLength(grams.length, alpha))) {
      for (const k of index.get(g) ?? []) {
        if (seenBy[k] === i) continue;
        seenBy[k] = i;
        const b = news[k] as T;
        if (b.grams.size < low || b.grams.size > high) continue;
        const similarity = dice(a.grams, b.grams);
        if (similarity >= threshold) pairs.push({ a, b, similarity });
      }
    }
  });
  return pairs;
}
