// What the report's charts draw, computed here so the page's script only draws:
// counts by status per priority and sector, completion percentages, funding by
// programme and by source, programme references resolved or not, and (several
// releases) status over time per priority.
import { inkOn } from './contrast.js';
import { fromNumber, sum, toNumber } from '../../enrich/decimal.js';
import type { Measure, MeasureStatus, Report } from '../../model/schema.js';
import { MeasureStatusSchema } from '../../model/schema.js';
import { NO_SOURCE, STATUS_LOOK } from './labels.js';

export interface StatusCount {
  group: string;
  status: string;
  count: number;
}

export interface ChartData {
  /** Each status's label, bar colour and the ink of a count drawn on that colour. */
  statuses: Array<{ id: MeasureStatus; label: string; color: string; ink: string }>;
  byPriority: StatusCount[];
  bySector: StatusCount[];
  completion: Array<{ label: string; title: string; percent: number }>;
  fundingByProgram: Array<{ program: string; resolved: boolean; thousandUah: number }>;
  fundingBySource: Array<{ source: string; thousandUah: number }>;
  programRefs: Array<{ program: string; resolved: boolean; measures: number }>;
  /** One entry per release, priority and status; empty for one release. */
  overTime: Array<StatusCount & { release: string; order: number }>;
}

const label = (s: MeasureStatus) => STATUS_LOOK[s].label;

function countByStatus(group: string, measures: readonly Measure[]): StatusCount[] {
  return MeasureStatusSchema.options
    .map((status) => ({ group, status: label(status), count: measures.filter((m) => m.status === status).length }))
    .filter((c) => c.count > 0);
}

const measuresOf = (sectors: Report['priorities'][number]['sectors']): Measure[] =>
  sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures));

const exact = (values: readonly number[]): number => toNumber(sum(values.map(fromNumber)));

function fundingBySource(report: Report): ChartData['fundingBySource'] {
  const bySource = new Map<string, number[]>();
  for (const m of measuresOf(report.priorities.flatMap((p) => p.sectors))) {
    if (m.fundingThousandUah === null) continue;
    const source = m.fundingSource ?? NO_SOURCE;
    bySource.set(source, [...(bySource.get(source) ?? []), m.fundingThousandUah]);
  }
  return [...bySource].map(([source, amounts]) => ({ source, thousandUah: exact(amounts) }));
}

function overTime(releases: readonly Report[]): ChartData['overTime'] {
  if (releases.length < 2) return [];
  return releases.flatMap((r, order) =>
    r.priorities.flatMap((p) =>
      countByStatus(p.name, measuresOf(p.sectors)).map((c) => ({
        ...c,
        release: r.report.period.label ?? r.source.path ?? `#${order + 1}`,
        order,
      })),
    ),
  );
}

/** The charts' data for the newest release, and over time for all of them (earliest first). */
export function chartData(releases: readonly Report[]): ChartData {
  const report = releases.at(-1) as Report;
  return {
    statuses: MeasureStatusSchema.options.map((id) => ({ id, ...STATUS_LOOK[id], ink: inkOn(STATUS_LOOK[id].color) })),
    byPriority: report.priorities.flatMap((p) => countByStatus(p.name, measuresOf(p.sectors))),
    bySector: report.priorities.flatMap((p) => p.sectors.flatMap((s) => countByStatus(s.name, measuresOf([s])))),
    completion: report.priorities.flatMap((p) =>
      p.sectors.flatMap((s) =>
        measuresOf([s]).flatMap((m) =>
          m.completionPercent === null
            ? []
            : [{ label: `${s.name} ${m.number}`, title: m.title, percent: m.completionPercent }],
        ),
      ),
    ),
    fundingByProgram: report.programs.flatMap((p) =>
      p.fundingThousandUah === null || p.fundingThousandUah === 0
        ? []
        : [{ program: p.name, resolved: p.resolved, thousandUah: p.fundingThousandUah }],
    ),
    fundingBySource: fundingBySource(report),
    programRefs: report.programs.map((p) => ({ program: p.name, resolved: p.resolved, measures: p.measureCount })),
    overTime: overTime(releases),
  };
}
