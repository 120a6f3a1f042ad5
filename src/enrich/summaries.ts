// Report-level figures computed from the measures: programme and executor summaries
// and funding totals, summed exactly.
import type { ExecutorEntry, ExecutorSummary } from '../model/executors.js';
import type { ProgramEntry } from '../model/registry.js';
import type { Measure, ProgramSummary, Stats } from '../model/schema.js';
import { fromNumber, sum, toNumber } from './decimal.js';
import { yearsKey } from './programs/normalize.js';

export function fundingStats(measures: readonly Measure[]): Stats['funding'] {
  const funded = measures.filter((m) => m.fundingThousandUah !== null);
  return {
    measures: funded.length,
    totalThousandUah: toNumber(sum(funded.map((m) => fromNumber(m.fundingThousandUah as number)))),
  };
}

export function programRefStats(measures: readonly Measure[]): Stats['programRefs'] {
  const refs = measures.flatMap((m) => m.programRefs);
  const resolved = refs.filter((r) => r.programId !== null).length;
  return { total: refs.length, resolved, unresolved: refs.length - resolved };
}

/** The id a reference counts under: its registry id, or its provisional id while unresolved. */
const countedId = (r: Measure['programRefs'][number]): string | null => r.programId ?? r.provisionalId;

export function programSummaries(
  measures: readonly Measure[],
  registry: ReadonlyMap<string, ProgramEntry>,
): ProgramSummary[] {
  const byProgram = new Map<string, { measures: Measure[]; firstName: string }>();
  for (const m of measures) {
    for (const ref of m.programRefs) {
      const id = countedId(ref);
      if (id === null) continue;
      const seen = byProgram.get(id) ?? { measures: [], firstName: ref.raw };
      if (seen.measures.at(-1) !== m) seen.measures.push(m);
      byProgram.set(id, seen);
    }
  }
  return [...byProgram.keys()].sort().map((id) => {
    const entry = registry.get(id);
    const { measures: list, firstName } = byProgram.get(id) as { measures: Measure[]; firstName: string };
    const funded = list.filter((m) => m.fundingThousandUah !== null);
    return {
      id,
      name: entry?.name ?? firstName,
      resolved: entry !== undefined,
      years: entry ? { from: entry.years.from, to: entry.years.to } : yearsOf(firstName),
      measureCount: list.length,
      fundingThousandUah:
        funded.length === 0 ? null : toNumber(sum(funded.map((m) => fromNumber(m.fundingThousandUah as number)))),
    };
  });
}

function yearsOf(name: string): { from: number; to: number } | null {
  const key = yearsKey(name);
  if (key === null) return null;
  const [from, to] = key.split('-').map(Number) as [number, number];
  return { from, to };
}

/** The spelling printed most often (the first in Ukrainian order among equals). */
function mostPrinted(counts: ReadonlyMap<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'uk'))[0]?.[0] ?? '';
}

/**
 * Each executor named, under its id: the registry's canonical name and kind, or, for
 * an executor the registry lacks, its most printed spelling; every spelling seen.
 */
export function executorSummaries(measures: readonly Measure[], entries: readonly ExecutorEntry[]): ExecutorSummary[] {
  const registry = new Map(entries.map((e) => [e.id, e]));
  const seen = new Map<string, { spellings: Map<string, number>; measures: Set<Measure> }>();
  for (const m of measures)
    m.executorIds.forEach((id, i) => {
      const printed = m.executors[i] ?? id;
      const found = seen.get(id) ?? { spellings: new Map<string, number>(), measures: new Set<Measure>() };
      found.spellings.set(printed, (found.spellings.get(printed) ?? 0) + 1);
      found.measures.add(m);
      seen.set(id, found);
    });
  return [...seen.keys()].sort().map((id) => {
    const entry = registry.get(id);
    const { spellings, measures: named } = seen.get(id) as { spellings: Map<string, number>; measures: Set<Measure> };
    return {
      id,
      name: entry?.name ?? mostPrinted(spellings),
      kind: entry?.kind ?? null,
      resolved: entry !== undefined,
      spellings: [...spellings.keys()].sort(),
      measureCount: named.size,
    };
  });
}
