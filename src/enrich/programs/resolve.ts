// Resolves a programme reference against the registry: exact alias, then the
// normalised name, then a fuzzy match that must also agree on the years. Below the
// threshold nothing is guessed: the caller gets the nearest candidates to report
// (as OpenRefine's reconciliation does). Results are cached per distinct text, so
// the cost grows with the number of distinct spellings, not of measures.
import type { ProgramEntry } from '../../model/registry.js';
import type { ProgramRef } from '../../model/schema.js';
import { normalizeProgramName, yearsKey } from './normalize.js';
import { dice, trigrams } from './similarity.js';

export const FUZZY_THRESHOLD = 0.85;

export interface Candidate {
  programId: string;
  score: number;
}

export interface Resolution {
  ref: ProgramRef;
  /** Nearest programmes, best first (for unresolved and fuzzy references). */
  candidates: Candidate[];
}

interface Indexed {
  entry: ProgramEntry;
  grams: Set<string>;
  years: string;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

export class ProgramResolver {
  private readonly exact = new Map<string, string>();
  private readonly normalized = new Map<string, string>();
  private readonly indexed: Indexed[] = [];
  private readonly byYears = new Map<string, Indexed[]>();
  private readonly cache = new Map<string, Resolution>();
  readonly entries: ReadonlyMap<string, ProgramEntry>;

  constructor(registry: readonly ProgramEntry[], private readonly threshold = FUZZY_THRESHOLD) {
    this.entries = new Map(registry.map((e) => [e.id, e]));
    for (const entry of registry) {
      for (const name of [entry.name, ...entry.aliases]) {
        if (!this.exact.has(name)) this.exact.set(name, entry.id);
        const key = normalizeProgramName(name);
        if (!this.normalized.has(key)) this.normalized.set(key, entry.id);
      }
      const item: Indexed = { entry, grams: trigrams(normalizeProgramName(entry.name)), years: `${entry.years.from}-${entry.years.to}` };
      this.indexed.push(item);
      const list = this.byYears.get(item.years) ?? [];
      list.push(item);
      this.byYears.set(item.years, list);
    }
  }

  resolve(raw: string): Resolution {
    const cached = this.cache.get(raw);
    if (cached) return cached;
    const resolution = this.compute(raw);
    this.cache.set(raw, resolution);
    return resolution;
  }

  private compute(raw: string): Resolution {
    const exact = this.exact.get(raw);
    if (exact) return { ref: { programId: exact, raw, match: 'exact', score: 1 }, candidates: [] };
    const key = normalizeProgramName(raw);
    const normalized = this.normalized.get(key);
    if (normalized) return { ref: { programId: normalized, raw, match: 'normalized', score: 1 }, candidates: [] };

    const grams = trigrams(key);
    const years = yearsKey(raw);
    // A fuzzy match must run over the same years: programmes are renewed under
    // near-identical names for new periods.
    const pool = years === null ? this.indexed : (this.byYears.get(years) ?? []);
    const best = pool
      .map((item) => ({ programId: item.entry.id, score: round(dice(grams, item.grams)) }))
      .sort((a, b) => b.score - a.score || (a.programId < b.programId ? -1 : 1))[0];
    if (best && best.score >= this.threshold) {
      return { ref: { programId: best.programId, raw, match: 'fuzzy', score: best.score }, candidates: [best] };
    }
    const candidates = this.indexed
      .map((item) => ({ programId: item.entry.id, score: round(dice(grams, item.grams)) }))
      .sort((a, b) => b.score - a.score || (a.programId < b.programId ? -1 : 1))
      .slice(0, 3);
    return { ref: { programId: null, raw, match: 'unresolved', score: null }, candidates };
  }
}
