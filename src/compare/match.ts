// Which measure of one release is which of another: the matching `diff` and
// `history` share. By sector and number (their id) first, confirmed by title
// similarity; those left over by title alone, so a renumbered measure is one
// measure moved, not one removed and one added.
import { dice, trigrams } from '../enrich/programs/similarity.js';
import { similarPairs } from './candidates.js';
import type { Measure, Report } from '../model/schema.js';
import { foldPunctuation } from '../text/punctuation.js';
import { collapseSpaces } from '../text/whitespace.js';

/** Titles at least this similar confirm a match by number. */
export const SAME_NUMBER_THRESHOLD = 0.5;
/** Titles at least this similar match measures whose numbers differ. */
export const MOVED_THRESHOLD = 0.85;

export interface MeasureRef {
  id: string;
  priority: string;
  sector: string;
  task: string;
  number: string;
  title: string;
}

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

export interface Located {
  ref: MeasureRef;
  measure: Measure;
  grams: Set<string>;
}

export function locate(report: Report): Located[] {
  return report.priorities.flatMap((p) =>
    p.sectors.flatMap((s) =>
      s.tasks.flatMap((t) =>
        t.measures.map((m) => ({
          ref: { id: m.id, priority: p.name, sector: s.name, task: t.number, number: m.number, title: m.title },
          measure: m,
          grams: trigrams(comparable(m.title).toLowerCase()),
        })),
      ),
    ),
  );
}

const programsOf = (m: Measure) => m.programRefs.map((r) => r.programId ?? comparable(r.raw));
/** A text as compared: white space and typographic punctuation («„…“», ’, –) aside. */
const comparable = (text: string): string => foldPunctuation(collapseSpaces(text));

/** The fields compared, each as a value that compares with JSON equality. */
const FIELDS: ReadonlyArray<readonly [string, (m: Measure) => unknown]> = [
  ['title', (m) => comparable(m.title)],
  ['execution', (m) => comparable(m.execution)],
  ['status', (m) => m.status],
  ['completionPercent', (m) => m.completionPercent],
  ['fundingThousandUah', (m) => m.fundingThousandUah],
  ['programs', programsOf],
  // By registry id: the same body respelt («департамент освіти…») is no change.
  ['executors', (m) => [...new Set(m.executorIds)].sort()],
  ['plannedThousandUah', (m) => m.plannedThousandUah],
  ['actualThousandUah', (m) => m.actualThousandUah],
  ['note', (m) => (m.note === null ? null : comparable(m.note))],
  ['extra', (m) => m.extra],
];

export function changesBetween(a: Measure, b: Measure): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [field, get] of FIELDS) {
    const before = get(a);
    const after = get(b);
    if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ field, old: before, new: after });
  }
  return out;
}

export type Pair = { a: Located; b: Located; similarity: number };

export interface Matching {
  /** Every matched pair, by number first, then by title. */
  pairs: Pair[];
  /** The pairs matched by title alone: renumbered or moved measures. */
  movedPairs: Set<Pair>;
  usedOld: Set<Located>;
  usedNew: Set<Located>;
}

/** Pairs measures of two releases: same sector and number with the title confirming, then the rest by title. */
export function matchMeasures(olds: readonly Located[], news: readonly Located[]): Matching {
  const m: Matching = { pairs: [], movedPairs: new Set(), usedOld: new Set(), usedNew: new Set() };
  const take = (pair: Pair) => {
    m.pairs.push(pair);
    m.usedOld.add(pair.a);
    m.usedNew.add(pair.b);
  };
  // 1. Same sector and number, title confirming.
  const newById = new Map(news.map((n) => [n.ref.id, n]));
  for (const a of olds) {
    const b = newById.get(a.ref.id);
    if (!b || m.usedNew.has(b)) continue;
    const similarity = dice(a.grams, b.grams);
    if (similarity >= SAME_NUMBER_THRESHOLD) take({ a, b, similarity });
  }
  // 2. What is left, by title: best pairs first.
  // The same title, moved: paired first, in order (what the best-first pass below would do for a score of 1),
  // so a thousand repeats of one title are not a million scores.
  pairSameTitles(olds, news, m, take);
  // Scored only where the titles can be similar enough (candidates.ts), in the order every pair was scored.
  const restOld = olds.filter((a) => !m.usedOld.has(a));
  const restNew = news.filter((b) => !m.usedNew.has(b));
  const position = new Map(restNew.map((b, k) => [b, k]));
  const candidates: Pair[] = similarPairs(restOld, restNew, MOVED_THRESHOLD);
  candidates.sort(
    (x, y) =>
      y.similarity - x.similarity ||
      (x.a.ref.id < y.a.ref.id ? -1 : x.a.ref.id > y.a.ref.id ? 1 : 0) ||
      (position.get(x.b) as number) - (position.get(y.b) as number),
  );
  for (const c of candidates) {
    if (m.usedOld.has(c.a) || m.usedNew.has(c.b)) continue;
    take(c);
    m.movedPairs.add(c);
  }
  return m;
}

function pairSameTitles(
  olds: readonly Located[],
  news: readonly Located[],
  m: Matching,
  take: (p: Pair) => void,
): void {
  const byTitle = new Map<string, Located[]>();
  for (const b of news) {
    if (m.usedNew.has(b)) continue;
    const key = titleKey(b);
    const list = byTitle.get(key);
    if (list) list.push(b);
    else byTitle.set(key, [b]);
  }
  const waiting = olds
    .filter((a) => !m.usedOld.has(a))
    .sort((x, y) => (x.ref.id < y.ref.id ? -1 : x.ref.id > y.ref.id ? 1 : 0));
  for (const a of waiting) {
    const b = byTitle.get(titleKey(a))?.shift();
    if (!b) continue;
    const pair = { a, b, similarity: 1 };
    take(pair);
    m.movedPairs.add(pair);
  }
}

const titleKey = (l: Located): string => comparable(l.ref.title).toLowerCase();
