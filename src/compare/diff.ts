// What changed between two releases, measures paired as match.ts pairs them.
import { changesBetween, type FieldChange, locate, type MeasureRef, matchMeasures, type Pair } from './match.js';
import type { Report } from '../model/schema.js';

export type { FieldChange, MeasureRef } from './match.js';
export { MOVED_THRESHOLD, SAME_NUMBER_THRESHOLD } from './match.js';

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
