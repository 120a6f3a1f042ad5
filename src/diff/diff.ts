// What changed between two releases. Measures are matched by sector and number
// (their id), confirmed by title similarity; those left over are matched by title
// alone, so a renumbered measure shows as moved, not as removed plus added.
import { dice, trigrams } from '../enrich/programs/similarity.js';
import type { Measure, Report } from '../model/schema.js';
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

export interface Moved {
  measure: MeasureRef;
  /** The measure's id in the old release. */
  oldId: string;
  oldNumber: string;
  newNumber: string;
  oldSector: string;
  newSector: string;
  similarity: number;
}

export interface Changed {
  measure: MeasureRef;
  oldId: string;
  oldNumber: string;
  changes: FieldChange[];
}

export interface ReportDiff {
  old: { path: string | null; period: string | null; measures: number };
  new: { path: string | null; period: string | null; measures: number };
  summary: { added: number; removed: number; moved: number; changed: number; unchanged: number };
  added: MeasureRef[];
  removed: MeasureRef[];
  moved: Moved[];
  changed: Changed[];
}

interface Located {
  ref: MeasureRef;
  measure: Measure;
  grams: Set<string>;
}

function locate(report: Report): Located[] {
  return report.priorities.flatMap((p) =>
    p.sectors.flatMap((s) =>
      s.tasks.flatMap((t) =>
        t.measures.map((m) => ({
          ref: { id: m.id, priority: p.name, sector: s.name, task: t.number, number: m.number, title: m.title },
          measure: m,
          grams: trigrams(collapseSpaces(m.title).toLowerCase()),
        })),
      ),
    ),
  );
}

const programsOf = (m: Measure) => m.programRefs.map((r) => r.programId ?? r.raw);

/** The fields compared, each as a value that compares with JSON equality. */
const FIELDS: ReadonlyArray<readonly [string, (m: Measure) => unknown]> = [
  ['title', (m) => collapseSpaces(m.title)],
  ['execution', (m) => collapseSpaces(m.execution)],
  ['status', (m) => m.status],
  ['completionPercent', (m) => m.completionPercent],
  ['fundingThousandUah', (m) => m.fundingThousandUah],
  ['programs', programsOf],
  ['executors', (m) => m.executors.map(collapseSpaces)],
];

function changesBetween(a: Measure, b: Measure): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [field, get] of FIELDS) {
    const before = get(a);
    const after = get(b);
    if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ field, old: before, new: after });
  }
  return out;
}

type Pair = { a: Located; b: Located; similarity: number };

interface Matching {
  /** Every matched pair, by number first, then by title. */
  pairs: Pair[];
  /** The pairs matched by title alone: renumbered or moved measures. */
  movedPairs: Set<Pair>;
  usedOld: Set<Located>;
  usedNew: Set<Located>;
}

/** Pairs measures of two releases: same sector and number with the title confirming, then the rest by title. */
function matchMeasures(olds: readonly Located[], news: readonly Located[]): Matching {
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
  const candidates: Pair[] = [];
  for (const a of olds) {
    if (m.usedOld.has(a)) continue;
    for (const b of news) {
      if (m.usedNew.has(b)) continue;
      const similarity = dice(a.grams, b.grams);
      if (similarity >= MOVED_THRESHOLD) candidates.push({ a, b, similarity });
    }
  }
  candidates.sort((x, y) => y.similarity - x.similarity || (x.a.ref.id < y.a.ref.id ? -1 : 1));
  for (const c of candidates) {
    if (m.usedOld.has(c.a) || m.usedNew.has(c.b)) continue;
    take(c);
    m.movedPairs.add(c);
  }
  return m;
}

const movedOf = (c: Pair): Moved => ({
  measure: c.b.ref,
  oldId: c.a.ref.id,
  oldNumber: c.a.ref.number,
  newNumber: c.b.ref.number,
  oldSector: c.a.ref.sector,
  newSector: c.b.ref.sector,
  similarity: Math.round(c.similarity * 1000) / 1000,
});

const side = (r: Report) => ({ path: r.source.path, period: r.report.period.label, measures: r.stats.counts.measures });

export function diffReports(oldReport: Report, newReport: Report): ReportDiff {
  const olds = locate(oldReport);
  const news = locate(newReport);
  const { pairs, movedPairs, usedOld, usedNew } = matchMeasures(olds, news);
  const moved = [...movedPairs].map(movedOf);
  const changed: Changed[] = [];
  let unchanged = 0;
  for (const pair of pairs) {
    const changes = changesBetween(pair.a.measure, pair.b.measure);
    if (changes.length > 0)
      changed.push({ measure: pair.b.ref, oldId: pair.a.ref.id, oldNumber: pair.a.ref.number, changes });
    else if (!movedPairs.has(pair)) unchanged++;
  }
  const order = new Map(news.map((n, i) => [n.ref.id, i]));
  changed.sort((x, y) => (order.get(x.measure.id) ?? 0) - (order.get(y.measure.id) ?? 0));
  moved.sort((x, y) => (order.get(x.measure.id) ?? 0) - (order.get(y.measure.id) ?? 0));
  const added = news.filter((n) => !usedNew.has(n)).map((n) => n.ref);
  const removed = olds.filter((o) => !usedOld.has(o)).map((o) => o.ref);
  const summary = {
    added: added.length,
    removed: removed.length,
    moved: moved.length,
    changed: changed.length,
    unchanged,
  };
  return { old: side(oldReport), new: side(newReport), summary, added, removed, moved, changed };
}

export function hasChanges(diff: ReportDiff): boolean {
  const s = diff.summary;
  return s.added + s.removed + s.moved + s.changed > 0;
}
