// `zhyt-report stats`: per priority and sector, measures by status, funding totals
// (exact) and the programmes referenced.
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

export function reportStats(report: Report): ReportStats {
  const priorities = report.priorities.map((p) => ({
    ...group(p.id, p.name, measuresOf(p.sectors)),
    sectors: p.sectors.map((s) => group(s.id, s.name, measuresOf([s]))),
  }));
  return {
    source: report.source.path,
    period: report.report.period.label,
    total: group('total', 'Усього', measuresOf(report.priorities.flatMap((p) => p.sectors))),
    priorities,
  };
}
