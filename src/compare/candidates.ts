// The pairs of measures whose titles are similar enough to match, found without
// scoring every pair (two releases of 8,000 measures: 64 million scores, 20 s). The
// prefix filter of similarity joins (Chaudhuri et al. 2006; Bayardo et al.'s
// All-Pairs): with trigrams in one global order, rarest first, two sets whose Dice
// similarity reaches t share at least ⌈α·|x|⌉ trigrams (α = t / (2 − t)) for either
// set x, so each one's first |x| − ⌈α·|x|⌉ + 1 trigrams meet. Only pairs whose prefixes
// meet, and whose sizes allow t, are scored: no pair at or above t is missed.
// Each set is kept as its trigrams' ranks in that order, ascending, so a prefix is a
// slice and a score one merge of two sorted arrays (hundreds of truly alike titles
// leave millions of pairs to score).

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

/** Each set as the ranks of its trigrams in one order (rarest first, ties by the trigram), ascending. */
function ranked<T extends Titled>(items: readonly T[]): Int32Array[] {
  const frequency = new Map<string, number>();
  for (const item of items) for (const g of item.grams) frequency.set(g, (frequency.get(g) ?? 0) + 1);
  const order = [...frequency.keys()].sort(
    (x, y) => (frequency.get(x) as number) - (frequency.get(y) as number) || (x < y ? -1 : x > y ? 1 : 0),
  );
  const rank = new Map(order.map((g, r) => [g, r]));
  return items.map((item) => Int32Array.from(item.grams, (g) => rank.get(g) as number).sort());
}

const prefixLength = (size: number, alpha: number): number => size - Math.ceil(alpha * size - EPSILON) + 1;

/** Sørensen–Dice of two sets given as ascending ranks: the same number `dice` gives for the sets. */
function sortedDice(x: Int32Array, y: Int32Array): number {
  if (x.length === 0 && y.length === 0) return 1;
  let [i, j, shared] = [0, 0, 0];
  while (i < x.length && j < y.length) {
    const [p, q] = [x[i] as number, y[j] as number];
    if (p === q) shared++;
    if (p <= q) i++;
    if (q <= p) j++;
  }
  return (2 * shared) / (x.length + y.length);
}

/** Every pair (a from `olds`, b from `news`) whose Dice similarity is at least `threshold`, olds in order. */
export function similarPairs<T extends Titled>(
  olds: readonly T[],
  news: readonly T[],
  threshold: number,
): Array<ScoredPair<T>> {
  const alpha = threshold / (2 - threshold);
  const sets = ranked([...olds, ...news]);
  const newSets = sets.slice(olds.length);
  const index = new Map<number, number[]>();
  newSets.forEach((grams, k) => {
    for (const g of grams.subarray(0, prefixLength(grams.length, alpha))) {
      const list = index.get(g);
      if (list) list.push(k);
      else index.set(g, [k]);
    }
  });
  const pairs: Array<ScoredPair<T>> = [];
  const seenBy = new Int32Array(news.length).fill(-1);
  olds.forEach((a, i) => {
    const grams = sets[i] as Int32Array;
    const [low, high] = [grams.length * alpha - EPSILON, grams.length / alpha + EPSILON];
    for (const g of grams.subarray(0, prefixLength(grams.length, alpha))) {
      for (const k of index.get(g) ?? []) {
        if (seenBy[k] === i) continue;
        seenBy[k] = i;
        const other = newSets[k] as Int32Array;
        if (other.length < low || other.length > high) continue;
        const similarity = sortedDice(grams, other);
        if (similarity >= threshold) pairs.push({ a, b: news[k] as T, similarity });
      }
    }
  });
  return pairs;
}
