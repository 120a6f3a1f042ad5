// Registry entries for the programmes reports name and the registry lacks, ready to
// pass back with --programs: one entry per provisional id, its first printed name as
// the name and every other spelling as an alias. A name without years cannot be an
// entry (the registry needs them) and is returned as a note instead.
import type { ProgramEntry } from '../../model/registry.js';
import type { Report } from '../../model/schema.js';
import { yearsKey } from './normalize.js';

export interface ProgramSuggestion {
  entry: ProgramEntry;
  /** Measures that reference it, over all reports. */
  measures: number;
  /** The nearest registry entries, as the resolver scored them. */
  candidates: ReadonlyArray<{ programId: string; score: number }>;
}

export interface Suggestions {
  suggestions: ProgramSuggestion[];
  /** Unresolved names that give no years, which the registry requires. */
  withoutYears: string[];
}

export function suggestPrograms(reports: readonly Report[]): Suggestions {
  const byId = new Map<string, ProgramSuggestion>();
  const withoutYears = new Set<string>();
  for (const report of reports)
    for (const p of report.priorities)
      for (const s of p.sectors)
        for (const t of s.tasks)
          for (const m of t.measures)
            for (const ref of m.programRefs) {
              if (ref.programId !== null || ref.provisionalId === null) continue;
              const years = yearsKey(ref.raw);
              if (years === null) {
                withoutYears.add(ref.raw);
                continue;
              }
              const [from, to] = years.split('-').map(Number) as [number, number];
              const seen = byId.get(ref.provisionalId) ?? {
                entry: { id: ref.provisionalId, name: ref.raw, years: { from, to }, aliases: [] },
                measures: 0,
                candidates: ref.candidates,
              };
              if (ref.raw !== seen.entry.name && !seen.entry.aliases.includes(ref.raw))
                seen.entry.aliases.push(ref.raw);
              seen.measures += 1;
              byId.set(ref.provisionalId, seen);
            }
  const suggestions = [...byId.values()].sort((a, b) => (a.entry.id < b.entry.id ? -1 : 1));
  return { suggestions, withoutYears: [...withoutYears].sort() };
}
