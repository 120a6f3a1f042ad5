// Report-level figures computed from the measures: programme summaries and funding
// totals, summed exactly.
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
