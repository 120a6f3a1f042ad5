// The registry names nearest a reference, without scoring every entry: an inverted
// index from trigram to entries counts the trigrams each entry shares with the name
// (an entry sharing none scores 0), so a lookup costs the entries its trigrams reach.
// A 40,000-entry registry and 2,000 unknown names were 80 million full scores (124 s);
// the counts live in typed arrays and only an entry that can rank becomes an object.
// Entries alike in most of their words (every name «Програма розвитку …») still cost
// every entry per lookup, so a run's lookups share a budget of postings visited;
// past it a name is not searched, and says so (resolve.ts), rather than run for minutes.

/** Postings a run may visit: ~8 s here (40,000 alike entries × 2,000 unknown names is 0.9 billion). */
export const SEARCH_BUDGET = 1_000_000_000;

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
  private readonly postings = new Map<string, Int32Array>();
  private readonly shared: Int32Array;
  /** Lookup number that last reached each entry (entries reached by no trigram score 0). */
  private readonly reachedBy: Int32Array;
  private lookups = 0;
  private visited = 0;
  private readonly inIdOrder: number[];
  private readonly sizes: Int32Array;

  constructor(
    private readonly items: readonly T[],
    /** The score of an item from the trigrams it shares and the two sizes (Dice, rounded). */
    private readonly score: (shared: number, a: number, b: number) => number,
    private readonly budget = SEARCH_BUDGET,
  ) {
    const lists = new Map<string, number[]>();
    items.forEach((item, k) => {
      for (const g of item.grams) {
        const list = lists.get(g);
        if (list) list.push(k);
        else lists.set(g, [k]);
      }
    });
    for (const [g, list] of lists) this.postings.set(g, Int32Array.from(list));
    this.shared = new Int32Array(items.length);
    this.sizes = Int32Array.from(items, (item) => item.grams.size);
    this.reachedBy = new Int32Array(items.length);
    this.inIdOrder = items
      .map((_, k) => k)
      .sort((a, b) => byRank({ item: items[a] as T, score: 0 }, { item: items[b] as T, score: 0 }));
  }

  /**
   * Items best first (score, then id): every one scoring at least `min`, and the first
   * `top` of the whole ranking whatever their score — what sorting every item would give;
   * null when the search would pass the run's budget.
   */
  ranked(grams: ReadonlySet<string>, top: number, min: number): Array<Ranked<T>> | null {
    let cost = 0;
    for (const g of grams) cost += this.postings.get(g)?.length ?? 0;
    if (this.visited + cost > this.budget) return null;
    this.visited += cost;
    const lookup = ++this.lookups;
    const touched = this.count(grams, lookup);
    const chosen = new Map<T, Ranked<T>>();
    const best: Array<Ranked<T>> = [];
    const consider = (k: number, shared: number) => {
      const score = this.score(shared, grams.size, this.sizes[k] as number);
      const last = best[top - 1];
      // Below the threshold and below the last of the best: it cannot show (a tie goes by id, below).
      if (score < min && last && score < last.score) return;
      const r = { item: this.items[k] as T, score };
      if (score >= min) chosen.set(r.item, r);
      keepBest(best, r, top);
    };
    for (const k of touched) {
      consider(k, this.shared[k] as number);
      this.shared[k] = 0;
    }
    // Entries sharing no trigram score 0: the first of them by id may still be among the top.
    let untouched = 0;
    for (const k of this.inIdOrder) {
      if (untouched === top) break;
      if (this.reachedBy[k] === lookup) continue;
      untouched++;
      consider(k, 0);
    }
    for (const r of best) chosen.set(r.item, r);
    return [...chosen.values()].sort(byRank);
  }

  /** Counts the trigrams each entry shares with `grams`; the entries reached, in the order reached. */
  private count(grams: ReadonlySet<string>, lookup: number): number[] {
    const touched: number[] = [];
    const [shared, reachedBy] = [this.shared, this.reachedBy];
    for (const g of grams) {
      const list = this.postings.get(g);
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const k = list[i] as number;
        if (reachedBy[k] !== lookup) {
          reachedBy[k] = lookup;
          touched.push(k);
        }
        shared[k] = (shared[k] as number) + 1;
      }
    }
    return touched;
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
