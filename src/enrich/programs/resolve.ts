// Resolves a programme reference against the registry: exact alias, then the
// normalised name, then a fuzzy match that must also agree on the years and on every
// content word (contentStems): a near miss in a content word is another programme.
// Otherwise nothing is guessed: the reference is unresolved with its nearest
// candidates (as OpenRefine's reconciliation does) and a provisional id from its name
// and years. Results are cached per distinct text, so the cost grows with the number
// of distinct spellings, not of measures.
import type { ProgramEntry } from '../../model/registry.js';
import type { ProgramRef } from '../../model/schema.js';
import { normalizeProgramName, yearsKey } from './normalize.js';
import { contentStems, contentDifference } from './content-words.js';
import { provisionalProgramId } from './provisional.js';
import { NearestNames, SEARCH_BUDGET } from './nearest.js';
import { trigrams } from './similarity.js';

export const FUZZY_THRESHOLD = 0.85;

export interface Candidate {
  programId: string;
  score: number;
}

export interface Resolution {
  ref: ProgramRef;
  /** Nearest programmes, best first (for unresolved and fuzzy references). */
  candidates: Candidate[];
  /** False when the run's similarity search budget was spent before this name (nearest.ts). */
  searched: boolean;
}

interface Indexed {
  /** The entry's id (what the nearest are ordered by after their score). */
  id: string;
  entry: ProgramEntry;
  grams: Set<string>;
  stems: Set<string>;
  years: string;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;
/** Nearest entries an unresolved or fuzzy reference lists. */
const CANDIDATES = 3;

export class ProgramResolver {
  private readonly exact = new Map<string, string>();
  private readonly normalized = new Map<string, string>();
  private readonly indexed: Indexed[] = [];
  private readonly nearest: NearestNames<Indexed>;
  private readonly cache = new Map<string, Resolution>();
  readonly entries: ReadonlyMap<string, ProgramEntry>;

  constructor(
    registry: readonly ProgramEntry[],
    private readonly threshold = FUZZY_THRESHOLD,
    searchBudget = SEARCH_BUDGET,
  ) {
    this.entries = new Map(registry.map((e) => [e.id, e]));
    for (const entry of registry) {
      for (const name of [entry.name, ...entry.aliases]) {
        if (!this.exact.has(name)) this.exact.set(name, entry.id);
        const key = normalizeProgramName(name);
        if (!this.normalized.has(key)) this.normalized.set(key, entry.id);
      }
      const normalizedName = normalizeProgramName(entry.name);
      const item: Indexed = {
        id: entry.id,
        entry,
        grams: trigrams(normalizedName),
        stems: contentStems(normalizedName),
        years: `${entry.years.from}-${entry.years.to}`,
      };
      this.indexed.push(item);
    }
    this.nearest = new NearestNames(this.indexed, (shared, a, b) => round((2 * shared) / (a + b)), searchBudget);
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
    if (exact) return resolved(raw, exact, 'exact', 1, []);
    const key = normalizeProgramName(raw);
    const normalized = this.normalized.get(key);
    if (normalized) return resolved(raw, normalized, 'normalized', 1, []);

    const grams = trigrams(key);
    const stems = contentStems(key);
    const years = yearsKey(raw);
    // Best first: every entry at the threshold or above, and the nearest three in any case.
    const ranking = this.nearest.ranked(grams, CANDIDATES, this.threshold);
    if (ranking === null) return unresolved(raw, key, years, [], false);
    const scored = ranking.map(({ item, score }) => ({ item, programId: item.entry.id, score }));
    // A fuzzy match must run over the same years (programmes are renewed under
    // near-identical names for new periods) and name the same things.
    const best = scored.find(
      (c) =>
        c.score >= this.threshold &&
        (years === null || c.item.years === years) &&
        contentDifference(stems, c.item.stems).length === 0,
    );
    const candidates = scored.slice(0, CANDIDATES).map(({ programId, score }) => ({ programId, score }));
    if (best) return resolved(raw, best.programId, 'fuzzy', best.score, candidates);
    return unresolved(raw, key, years, candidates, true);
  }
}

function unresolved(
  raw: string,
  key: string,
  years: string | null,
  candidates: Candidate[],
  searched: boolean,
): Resolution {
  const provisionalId = provisionalProgramId(key, years);
  return {
    ref: { programId: null, provisionalId, raw, match: 'unresolved', score: null, candidates },
    candidates,
    searched,
  };
}

function resolved(
  raw: string,
  programId: string,
  match: 'exact' | 'normalized' | 'fuzzy',
  score: number,
  candidates: Candidate[],
): Resolution {
  return { ref: { programId, provisionalId: null, raw, match, score, candidates }, candidates, searched: true };
}
