// Measures followed across releases. Releases are put in order of period; each
// release's measures are matched (as `diff` matches) against the latest version of
// every measure seen so far, those of the release before first, so a renumbered
// measure keeps its key and one that skips a release is found again.
import type { History, HistoryChange, HistoryRow, Release } from '../model/history.js';
import type { Report } from '../model/schema.js';
import { changesBetween, type Located, locate, matchMeasures } from './match.js';

/** A measure followed through the releases: its key and its version in each release that has it. */
interface Track {
  key: string;
  versions: Map<number, Located>;
  changes: Map<number, { change: HistoryChange; fields: string[] }>;
  latest: Located;
  latestRelease: number;
  /** Place of the latest version in its release. */
  latestAt: number;
}

const periodRank = (r: Report): [number, number] => [
  r.report.period.year ?? Number.POSITIVE_INFINITY,
  r.report.period.months ?? Number.POSITIVE_INFINITY,
];

/** Reports earliest first; those without a period last, in the order given. */
export function byPeriod(reports: readonly Report[]): Report[] {
  return reports
    .map((report, given) => ({ report, given, rank: periodRank(report) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.given - b.given)
    .map((x) => x.report);
}

const periodTag = (r: Report, index: number): string =>
  r.report.period.year === null ? `r${index}` : `${r.report.period.year}-${r.report.period.months ?? 0}m`;

function releaseOf(report: Report, index: number): Release {
  return {
    release: index,
    sourceFile: report.source.path,
    sha256: report.source.sha256,
    periodYear: report.report.period.year,
    periodMonths: report.report.period.months,
    periodLabel: report.report.period.label,
    measures: report.stats.counts.measures,
  };
}

/** Matches one release's measures to the tracks so far; unmatched measures start tracks of their own. */
function follow(tracks: Track[], report: Report, index: number): void {
  const located = locate(report);
  const at = new Map(located.map((l, i) => [l, i]));
  // Tracks in the release before come first: a number taken by two tracks goes to the recent one.
  const live = [...tracks].sort((a, b) => b.latestRelease - a.latestRelease);
  const trackOf = new Map(live.map((t) => [t.latest, t]));
  const { pairs, movedPairs } = matchMeasures(
    live.map((t) => t.latest),
    located,
  );
  const matched = new Set<Located>();
  for (const pair of pairs) {
    const track = trackOf.get(pair.a) as Track;
    const wasPresent = track.latestRelease === index - 1;
    const fields = changesBetween(pair.a.measure, pair.b.measure).map((c) => c.field);
    const change: HistoryChange = !wasPresent
      ? 'added'
      : movedPairs.has(pair)
        ? 'moved'
        : fields.length > 0
          ? 'changed'
          : 'unchanged';
    track.versions.set(index, pair.b);
    track.changes.set(index, { change, fields: wasPresent ? fields : [] });
    track.latest = pair.b;
    track.latestRelease = index;
    track.latestAt = at.get(pair.b) ?? 0;
    matched.add(pair.b);
  }
  const keys = new Set(tracks.map((t) => t.key));
  for (const measure of located) {
    if (matched.has(measure)) continue;
    const key = keys.has(measure.ref.id) ? `${measure.ref.id}@${periodTag(report, index)}` : measure.ref.id;
    keys.add(key);
    tracks.push({
      key,
      versions: new Map([[index, measure]]),
      changes: new Map([[index, { change: index === 0 ? 'first' : 'added', fields: [] }]]),
      latest: measure,
      latestRelease: index,
      latestAt: at.get(measure) ?? 0,
    });
  }
}

interface Names {
  programs: ReadonlyMap<string, string>;
  executors: ReadonlyMap<string, string>;
}

function rowOf(track: Track, release: Release, names: Names): HistoryRow {
  const version = track.versions.get(release.release);
  const shown = version ?? track.latest;
  const measure = version?.measure;
  const refs = measure?.programRefs ?? [];
  const recorded = track.changes.get(release.release);
  return {
    measureKey: track.key,
    release: release.release,
    periodYear: release.periodYear,
    periodMonths: release.periodMonths,
    periodLabel: release.periodLabel,
    sourceFile: release.sourceFile,
    present: version !== undefined,
    change: recorded?.change ?? 'absent',
    changedFields: recorded?.fields ?? [],
    measureId: version?.ref.id ?? null,
    priority: shown.ref.priority,
    sector: shown.ref.sector,
    taskNumber: shown.ref.task,
    number: shown.ref.number,
    title: shown.ref.title,
    status: measure?.status ?? null,
    completionPercent: measure?.completionPercent ?? null,
    fundingThousandUah: measure?.fundingThousandUah ?? null,
    programIds: refs.map((r) => r.programId ?? r.provisionalId ?? r.raw),
    programs: refs.map((r) => (r.programId === null ? r.raw : (names.programs.get(r.programId) ?? r.raw))),
    executorIds: measure?.executorIds ?? [],
    executors: (measure?.executorIds ?? []).map((id, i) => names.executors.get(id) ?? measure?.executors[i] ?? id),
  };
}

/** The history of every measure across the reports, whatever their order. */
export function buildHistory(reports: readonly Report[]): History {
  const ordered = byPeriod(reports);
  const tracks: Track[] = [];
  for (const [index, report] of ordered.entries()) follow(tracks, report, index);
  const releases = ordered.map(releaseOf);
  const names = {
    programs: new Map(ordered.flatMap((r) => r.programs.map((p) => [p.id, p.name] as const))),
    executors: new Map(ordered.flatMap((r) => r.executors.map((e) => [e.id, e.name] as const))),
  };
  // The newest release's order, then measures that left it, those that left last first.
  const sorted = [...tracks].sort((a, b) => b.latestRelease - a.latestRelease || a.latestAt - b.latestAt);
  const rows = sorted.flatMap((t) => releases.map((release) => rowOf(t, release, names)));
  return { releases, rows };
}
