// Report-level figures computed from the measures: programme summaries and funding
// totals, summed exactly.
import type { ProgramEntry } from '../model/registry.js';
import type { Measure, ProgramSummary, Stats } from '../model/schema.js';
import { fromNumber, sum, toNumber } from './decimal.js';

export function fundingStats(measures: readonly Measure[]): Stats['funding'] {
  const funded = measures.filter((m) => m.fundingThousandUah !== null);
  return { measures: funded.length, totalThousandUah: toNumber(sum(funded.map((m) => fromNumber(m.fundingThousandUah as number)))) };
}

export function programRefStats(measures: readonly Measure[]): Stats['programRefs'] {
  const refs = measures.flatMap((m) => m.programRefs);
  const resolved = refs.filter((r) => r.programId !== null).length;
  return { total: refs.length, resolved, unresolved: refs.length - resolved };
}

export function programSummaries(measures: readonly Measure[], registry: ReadonlyMap<string, ProgramEntry>): ProgramSummary[] {
  const byProgram = new Map<string, Measure[]>();
  for (const m of measures) {
    for (const id of new Set(m.programRefs.map((r) => r.programId))) {
      if (id === null) continue;
      const list = byProgram.get(id) ?? [];
      list.push(m);
      byProgram.set(id, list);
    }
  }
  return [...byProgram.keys()].sort().map((id) => {
    const entry = registry.get(id) as ProgramEntry;
    const list = byProgram.get(id) as Measure[];
    const funded = list.filter((m) => m.fundingThousandUah !== null);
    return {
      id,
      name: entry.name,
      years: { from: entry.years.from, to: entry.years.to },
      measureCount: list.length,
      fundingThousandUah: funded.length === 0 ? null : toNumber(sum(funded.map((m) => fromNumber(m.fundingThousandUah as number)))),
    };
  });
}
