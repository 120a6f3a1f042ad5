// The hold-out sets (test/holdout/layout*/): layout variants written and labelled by
// someone who had not read this code. This test scores the tool against the labels
// and fails below the score kept for each set, so the score can only go up. A
// variant is right when every labelled expectation holds; the reasons it is not are
// printed, so a regression names itself.
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { diffReports } from '../src/compare/diff.js';
import type { Measure, Report } from '../src/model/schema.js';
import { parseReport } from '../src/parse-report.js';
import { collapse, measuresWithSector, ROOT, SAMPLE } from './helpers.js';

/**
 * The sets, each with the files it has, the files right when it was first scored
 * (before anything was changed for it: its hold-out score) and the score kept now.
 * Set 1's failures led to general fixes (heading words, header wordings, filled-down
 * task cells, …), so it is no longer unseen; set 2 was written after that, by someone
 * else who had not read the code, and scored once before any change.
 */
const SETS = [
  { folder: 'layout', files: 35, firstScore: 20, scoreNow: 35 },
  { folder: 'layout-2', files: 33, firstScore: 16, scoreNow: 33 },
  { folder: 'layout-3', files: 31, firstScore: 10, scoreNow: 28 },
  { folder: 'layout-4', files: 31, firstScore: 18, scoreNow: 31 },
];

/**
 * Labels the tool disagrees with, each with its reason and what it checks instead: the
 * labeller was told of no source-of-funds field, so put that column in `extra`; the
 * tool puts a «Джерело фінансування» column where column 6's sources go, `fundingSource`.
 */
const DISAGREEMENTS: Record<
  string,
  { reason: string; field: string; instead: (m: Measure, want: unknown) => boolean }
> = {
  'layout/v18-eight-columns.txt': {
    reason: '«Джерело фінансування» is the source of funds: fundingSource, not extra',
    field: 'extra',
    instead: (m, want) =>
      Object.values(want as Record<string, string>).every((v) => (m.fundingSource ?? '').includes(collapse(v))),
  },
};

interface Label {
  name: string;
  files: string[];
  changedMeasures: Array<{ sector: string; number: string; columns: string[] }>;
  expectError?: boolean;
  expect: {
    counts: Record<string, number>;
    measures?: Array<{ sector: string; number: string } & Record<string, unknown>>;
    notes?: string[];
    totals?: Array<{ label: string; thousandUah: number }>;
    priorityNumbers?: number[];
    sectorNumbers?: string[];
    extraColumns?: string[];
  };
}

const labelsOf = (folder: string) =>
  (JSON.parse(readFileSync(`${ROOT}test/holdout/${folder}/labels.json`, 'utf8')) as { variants: Label[] }).variants;
const FIELDS_OF: Record<string, string[]> = {
  resources: ['programs', 'fundingThousandUah'],
  planned: ['plannedThousandUah'],
  actual: ['actualThousandUah', 'fundingThousandUah'],
  note: ['note'],
  extra: ['extra'],
  execution: ['execution', 'status', 'completionPercent'],
  measure: ['title'],
  executors: ['executors'],
};
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

const noteText = (s: string) => collapse(s.replace(/^\\?\*+\s*/, ''));
/** A printed number by its meaning: `3`, `ІІ` (Cyrillic or Latin), `IV`. */
function numberMeaning(printed: string | null): number | null {
  if (printed === null) return null;
  if (/^\d+$/.test(printed)) return Number(printed);
  const latin = printed.replace(/І/g, 'I').replace(/Х/g, 'X');
  let value = 0;
  for (let i = 0; i < latin.length; i++) {
    const v = ROMAN[latin[i] as string] ?? Number.NaN;
    const next = ROMAN[latin[i + 1] as string] ?? 0;
    value += v < next ? -v : v;
  }
  return value;
}
const key = (sector: string, number: string) => `${sector.toLowerCase()}|${number}`;
const measuresOf = measuresWithSector;

function fieldMatches(m: Measure, field: string, want: unknown): boolean {
  if (field === 'executors') return collapse(m.executors.join(', ')) === collapse(String(want));
  if (field === 'extra') {
    const got = Object.fromEntries(Object.entries(m.extra).map(([k, v]) => [collapse(k), collapse(v)]));
    const expected = Object.entries(want as Record<string, string>).map(([k, v]) => [collapse(k), collapse(v)]);
    return expected.every(([k, v]) => got[k as string] === v);
  }
  const got = (m as unknown as Record<string, unknown>)[field];
  return typeof want === 'string' ? collapse(String(got ?? '')) === collapse(want) : got === want;
}

/** Everything the label says, checked; the list of what does not hold. */
function problems(label: Label, file: string, report: Report, sample: Report): string[] {
  const out: string[] = [];
  const want = label.expect;
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  if (label.expectError ? errors.length === 0 : errors.length > 0)
    out.push(`errors: ${errors.map((e) => `${e.source.line}:${e.code}`).join(', ') || 'none'}`);
  const { priorities, goals, sectors, tasks, measures } = report.stats.counts;
  const counts = { priorities, goals, sectors, tasks, measures };
  if (JSON.stringify(counts) !== JSON.stringify(want.counts)) out.push(`counts ${JSON.stringify(counts)}`);
  const diff = diffReports(sample, report);
  const { added, removed, moved } = diff.summary;
  if (added + removed + moved > 0) out.push(`diff: ${added} added, ${removed} removed, ${moved} moved`);
  const listed = new Map(label.changedMeasures.map((c) => [key(c.sector, c.number), c.columns]));
  for (const c of diff.changed) {
    const allowed = (listed.get(key(c.measure.sector, c.measure.number)) ?? []).flatMap((x) => FIELDS_OF[x] ?? [x]);
    const extra = c.changes.map((x) => x.field).filter((f) => !allowed.includes(f));
    if (extra.length > 0) out.push(`changed ${c.measure.sector} ${c.measure.number}: ${extra.join(', ')}`);
  }
  const all = measuresOf(report);
  for (const { sector, number, ...fields } of want.measures ?? []) {
    const found = all.filter(({ s, m }) => key(s.name, m.number) === key(sector, number));
    if (found.length !== 1) {
      out.push(`measure ${sector} ${number}: found ${found.length}`);
      continue;
    }
    const m = (found[0] as { m: Measure }).m;
    const disagreement = DISAGREEMENTS[file];
    for (const [field, value] of Object.entries(fields)) {
      const holds = disagreement?.field === field ? disagreement.instead(m, value) : fieldMatches(m, field, value);
      if (!holds) out.push(`${sector} ${number}: ${field}`);
    }
  }
  const notes = report.report.notes.map(noteText);
  for (const note of want.notes ?? []) if (!notes.includes(noteText(note))) out.push(`note missing: ${note}`);
  if (want.totals) {
    const got = report.report.totals.map((t) => `${collapse(t.label)}=${t.thousandUah}`);
    const expected = want.totals.map((t) => `${collapse(t.label)}=${t.thousandUah}`);
    if (JSON.stringify(got) !== JSON.stringify(expected)) out.push(`totals ${got.join(', ')}`);
  }
  if (want.priorityNumbers) {
    const got = report.priorities.map((p) => numberMeaning(p.number));
    if (JSON.stringify(got) !== JSON.stringify(want.priorityNumbers)) out.push(`priority numbers ${got}`);
  }
  if (want.sectorNumbers) {
    const got = report.priorities.flatMap((p) => p.sectors.map((s) => s.number));
    if (JSON.stringify(got) !== JSON.stringify(want.sectorNumbers)) out.push(`sector numbers ${got}`);
  }
  return out;
}

let sample: Report;
beforeAll(async () => {
  sample = await parseReport(SAMPLE);
});

it.each(SETS)('scores hold-out set $folder at least as well as before', async (set) => {
  const results: Array<{ file: string; problems: string[] }> = [];
  for (const label of labelsOf(set.folder))
    for (const name of label.files) {
      const file = `${set.folder}/${name}`;
      const report = await parseReport(`${ROOT}test/holdout/${file}`).catch((e: Error) => e);
      results.push({
        file,
        problems: report instanceof Error ? [`refused: ${report.message}`] : problems(label, file, report, sample),
      });
    }
  const right = results.filter((r) => r.problems.length === 0).length;
  const wrong = results.filter((r) => r.problems.length > 0);
  const agreed = Object.keys(DISAGREEMENTS).filter((f) => f.startsWith(`${set.folder}/`)).length;
  console.log(
    `hold-out ${set.folder}: ${right} of ${results.length} files right (${set.firstScore} at its first run), ` +
      `${agreed} by a listed disagreement\n` +
      wrong.map((r) => `  ${r.file}: ${r.problems.slice(0, 6).join('; ')}`).join('\n'),
  );
  expect(results.length).toBe(set.files);
  expect(right).toBeGreaterThanOrEqual(Math.max(set.firstScore, set.scoreNow));
});
