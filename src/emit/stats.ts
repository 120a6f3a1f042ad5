// `zhyt-report stats`: per priority and sector, and per executor under its canonical
// id, measures by status, funding totals (exact) and the programmes referenced.
import { fromNumber, sum, toNumber } from '../enrich/decimal.js';
import { MeasureStatusSchema, type Measure, type MeasureStatus, type Report } from '../model/schema.js';

const STATUSES = MeasureStatusSchema.options;

export interface GroupStats {
  id: string;
  name: string;
  measures: number;
  byStatus: Record<MeasureStatus, number>;
  fundingThousandUah: number;
  /** Programme ids referenced: registry ids, and provisional ids of unresolved programmes. */
  programs: string[];
  /** Of those, the provisional ids: programmes the registry does not know. */
  unresolvedPrograms: string[];
}

export interface ReportStats {
  source: string | null;
  period: string | null;
  total: GroupStats;
  priorities: Array<GroupStats & { sectors: GroupStats[] }>;
  /** Per executor, by its canonical id (every spelling of a body counts under one); most measures first. */
  executors: GroupStats[];
}

function group(id: string, name: string, measures: readonly Measure[]): GroupStats {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<MeasureStatus, number>;
  for (const m of measures) byStatus[m.status]++;
  const funding = sum(
    measures.flatMap((m) => (m.fundingThousandUah === null ? [] : [fromNumber(m.fundingThousandUah)])),
  );
  const refs = measures.flatMap((m) => m.programRefs);
  const ids = (list: typeof refs) =>
    [
      ...new Set(
        list.flatMap((r) => {
          const id = r.programId ?? r.provisionalId;
          return id === null ? [] : [id];
        }),
      ),
    ].sort();
  const programs = ids(refs);
  const unresolvedPrograms = ids(refs.filter((r) => r.programId === null));
  return {
    id,
    name,
    measures: measures.length,
    byStatus,
    fundingThousandUah: toNumber(funding),
    programs,
    unresolvedPrograms,
  };
}

const measuresOf = (sectors: Report['priorities'][number]['sectors']) =>
  sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures));

/** Measures per executor id: a measure counts once under each executor it names. */
function executorGroups(report: Report, measures: readonly Measure[]): GroupStats[] {
  const byId = new Map<string, Measure[]>();
  for (const m of measures) for (const id of new Set(m.executorIds)) byId.set(id, [...(byId.get(id) ?? []), m]);
  const names = new Map(report.executors.map((e) => [e.id, e.name]));
  return [...byId]
    .map(([id, list]) => group(id, names.get(id) ?? id, list))
    .sort((a, b) => b.measures - a.measures || a.name.localeCompare(b.name, 'uk') || (a.id < b.id ? -1 : 1));
}

export function reportStats(report: Report): ReportStats {
  const priorities = report.priorities.map((p) => ({
    ...group(p.id, p.name, measuresOf(p.sectors)),
    sectors: p.sectors.map((s) => group(s.id, s.name, measuresOf([s]))),
  }));
  const measures = measuresOf(report.priorities.flatMap((p) => p.sectors));
  return {
    source: report.source.path,
    period: report.report.period.label,
    total: group('total', 'Усього', measures),
    priorities,
    executors: executorGroups(report, measures),
  };
}
