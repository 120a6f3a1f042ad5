// The registry names nearest a reference, without scoring every entry: an inverted
// index from trigram to entries counts the trigrams each entry shares with the name
// (an entry sharing none scores 0), so a lookup costs the entries its trigrams reach.
// A 40,000-entry registry and 2,000 unknown names were 80 million full scores (124 s).

export interface Named {
  id: string;
  grams: ReadonlySet<string>;
}

export interface Ranked<T> {
  item: T;
  score: number;
}

const byRank = <T extends Named>(a: Ranked<T>, b: Ranked<T>): number =>
  b.score - a.score || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0);

export class NearestNames<T extends Named> {
  private readonly postings = new Map<string, number[]>();
  private readonly shared: Int32Array;
  private readonly inIdOrder: number[];

  constructor(
    private readonly items: readonly T[],
    /** The score of an item from the trigrams it shares and the two sizes (Dice, rounded). */
    private readonly score: (shared: number, a: number, b: number) => number,
  ) {
    items.forEach((item, k) => {
      for (const g of item.grams) {
        const list = this.postings.get(g);
        if (list) list.push(k);
        else this.postings.set(g, [k]);
      }
    });
    this.shared = new Int32Array(items.length);
    this.inIdOrder = items
      .map((_, k) => k)
      .sort((a, b) => byRank({ item: items[a] as T, score: 0 }, { item: items[b] as T, score: 0 }));
  }

  /**
   * Items best first (score, then id): every one scoring at least `min`, and the first
   * `top` of the whole ranking whatever their score — what sorting every item would give.
   */
  ranked(grams: ReadonlySet<string>, top: number, min: number): Array<Ranked<T>> {
    const touched: number[] = [];
    const shared = this.shared;
    for (const g of grams)
      for (const k of this.postings.get(g) ?? []) {
        if (shared[k] === 0) touched.push(k);
        shared[k] = (shared[k] as number) + 1;
      }
    const chosen = new Map<T, Ranked<T>>();
    const best: Array<Ranked<T>> = [];
    for (const k of touched) {
      const item = this.items[k] as T;
      const r = { item, score: this.score(this.shared[k] as number, grams.size, item.grams.size) };
      this.shared[k] = 0;
      if (r.score >= min) chosen.set(item, r);
      keepBest(best, r, top);
    }
    // Entries sharing no trigram score 0: the first of them by id may still be among the top.
    const reached = new Set(touched);
    let untouched = 0;
    for (const k of this.inIdOrder) {
      if (untouched === top) break;
      if (reached.has(k)) continue;
      untouched++;
      const item = this.items[k] as T;
      keepBest(best, { item, score: this.score(0, grams.size, item.grams.size) }, top);
    }
    for (const r of best) chosen.set(r.item, r);
    return [...chosen.values()].sort(byRank);
  }
}

/** Keeps the `top` best in `best`, sorted. */
function keepBest<T extends Named>(best: Array<Ranked<T>>, r: Ranked<T>, top: number): void {
  if (best.length === top && byRank(r, best[top - 1] as Ranked<T>) >= 0) return;
  let at = best.length;
  while (at > 0 && byRank(r, best[at - 1] as Ranked<T>) < 0) at--;
  best.splice(at, 0, r);
  if (best.length > top) best.pop();
}
