// The next release's layout: the sample typed otherwise (fixtures/layout/, made by
// scripts/make-layout-variants.py from the text export with Python's standard library,
// LibreOffice and pandoc, never from this tool) reads as the same report. Expected
// values come from outside the code: the manifest written by hand from what each
// variant means, the 22 hand-written measures of test/producers/expected.json, and
// `diff` against the sample reporting nothing but what the variant changed.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffReports } from '../src/compare/diff.js';
import type { Measure, Report } from '../src/model/schema.js';
import { parseReport } from '../src/parse-report.js';
import { collapse, type HandPicked, measuresWithSector, ROOT, runCli, SAMPLE } from './helpers.js';

interface Variant {
  name: string;
  changedMeasures: Array<{ sector: string; number: string; columns: string[] }>;
  expect: {
    counts: Record<string, number>;
    measures?: Array<{ sector: string; number: string } & Record<string, unknown>>;
    notes?: string[];
    totals?: Array<{ label: string; thousandUah: number }>;
    priorityNumbers?: string[];
    sectorNumbers?: string[];
    title?: string;
    lookalikes?: Array<{ line: number; printed: string; means: string; kind?: string }>;
  };
}

const FOLDER = `${ROOT}fixtures/layout/`;
const manifest = JSON.parse(readFileSync(`${FOLDER}manifest.json`, 'utf8')) as { variants: Variant[] };
const hand = JSON.parse(readFileSync(`${ROOT}test/producers/expected.json`, 'utf8')) as { measures: HandPicked[] };
const files = readdirSync(FOLDER).filter((f) => /\.(txt|html|docx)$/.test(f));

/** What the diff reports when a column's content changes (a column → the measure fields it feeds). */
const FIELDS_OF: Record<string, string[]> = {
  resources: ['programs', 'fundingThousandUah'],
  planned: ['plannedThousandUah'],
  actual: ['actualThousandUah', 'fundingThousandUah'],
  note: ['note'],
  execution: ['execution', 'status', 'completionPercent'],
  measure: ['title'],
  executors: ['executors'],
};

const withSector = measuresWithSector;
const find = (r: Report, sector: string, number: string): Measure => {
  const found = withSector(r).filter(
    ({ s, m }) => s.name.toLowerCase() === sector.toLowerCase() && m.number === number,
  );
  expect(found, `${sector} ${number}`).toHaveLength(1);
  return (found[0] as { m: Measure }).m;
};
/** The content of a measure, white space aside: what must not change when only the layout does. */
const content = (m: Measure) => ({
  id: m.id,
  number: m.number,
  title: collapse(m.title),
  executors: m.executors.map(collapse),
  execution: collapse(m.execution),
  resources: collapse(m.resources),
  fundingThousandUah: m.fundingThousandUah,
  programs: m.programRefs.map((r) => r.programId ?? r.raw),
  status: m.status,
});

let sample: Report;
beforeAll(async () => {
  sample = await parseReport(SAMPLE);
});

it('every variant of the manifest has its three files, and every file a variant', () => {
  const names = manifest.variants.map((v) => v.name);
  expect(names.length).toBeGreaterThanOrEqual(20);
  expect(files.map((f) => f.replace(/\.[a-z]+$/, '')).sort()).toEqual(names.flatMap((n) => [n, n, n]).sort());
});

it('a CI job converting the folder gets exit 0 and 173 measures from every file', () => {
  const out = mkdtempSync(join(tmpdir(), 'zhyt-layout-'));
  const r = runCli(['parse', 'fixtures/layout', '--out-dir', out, '-f', 'json', '--summary', `${out}/s.json`, '-q']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const summary = JSON.parse(readFileSync(`${out}/s.json`, 'utf8')) as {
    inputs: Array<{ path: string; status: string; measures: number; errors: number }>;
  };
  expect(summary.inputs.map((i) => i.path.replace('fixtures/layout/', '')).sort()).toEqual([...files].sort());
  expect(summary.inputs.filter((i) => i.status !== 'ok' || i.measures !== 173 || i.errors !== 0)).toEqual([]);
});

describe.each(files)('%s', (file) => {
  const variant = manifest.variants.find((v) => file.startsWith(`${v.name}.`)) as Variant;
  const { expect: want } = variant;
  let report: Report;
  beforeAll(async () => {
    report = await parseReport(`${FOLDER}${file}`);
  });

  it('has the report’s counts, the sample’s ids and no error', () => {
    const { priorities, goals, sectors, tasks, measures } = report.stats.counts;
    expect({ priorities, goals, sectors, tasks, measures }).toEqual(want.counts);
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(withSector(report).map(({ m }) => m.id)).toEqual(withSector(sample).map(({ m }) => m.id));
    expect(report.priorities.flatMap((p) => p.sectors.map((s) => s.id))).toEqual(
      sample.priorities.flatMap((p) => p.sectors.map((s) => s.id)),
    );
  });

  it('differs from the sample, by diff, in what the variant changed and nothing else', () => {
    const diff = diffReports(sample, report);
    expect(diff.summary).toMatchObject({ added: 0, removed: 0, moved: 0 });
    const key = (sector: string, number: string) => `${sector.toLowerCase()}|${number}`;
    const changed = diff.changed.map((c) => key(c.measure.sector, c.measure.number)).sort();
    expect(changed).toEqual(variant.changedMeasures.map((c) => key(c.sector, c.number)).sort());
    // Over expectations: the changes the variant's label lists, matched one to one above.
    for (const c of diff.changed) {
      const entry = variant.changedMeasures.find(
        (x) => key(x.sector, x.number) === key(c.measure.sector, c.measure.number),
      );
      const allowed = (entry?.columns ?? []).flatMap((col) => FIELDS_OF[col] ?? [col]);
      expect(c.changes.map((x) => x.field).filter((f) => !allowed.includes(f))).toEqual([]);
    }
  });

  it.each(hand.measures.map((m) => [`${m.sector} ${m.number}`, m] as const))('measure %s as written', (_, m) => {
    const got = find(report, m.sector, m.number);
    expect({
      title: collapse(got.title),
      executors: got.executors.map(collapse),
      execution: collapse(got.execution),
    }).toEqual({ title: collapse(m.title), executors: m.executors.map(collapse), execution: collapse(m.execution) });
  });

  it('shows what the variant adds in its own fields', () => {
    // Over expectations: the fields and notes the variant's label names (none for some variants).
    for (const { sector, number, ...fields } of want.measures ?? []) {
      const got = find(report, sector, number) as unknown as Record<string, unknown>;
      // Over expectations.
      for (const [field, value] of Object.entries(fields))
        expect(typeof value === 'string' ? collapse(String(got[field] ?? '')) : got[field], field).toEqual(value);
    }
    const notes = report.report.notes.map(collapse);
    // Over expectations.
    for (const note of want.notes ?? []) expect(notes).toContain(collapse(note));
    const sectorNames = report.priorities.flatMap((p) => p.sectors.map((s) => s.name));
    // Over expectations.
    for (const note of want.notes ?? []) expect(sectorNames).not.toContain(note);
    if (want.totals) {
      expect(report.report.totals.map((t) => ({ label: t.label, thousandUah: t.thousandUah }))).toEqual(want.totals);
      expect(report.report.totals.map((t) => t.scope)).toEqual(want.totals.map(() => 'report'));
    } else expect(report.report.totals).toEqual([]);
    if (want.priorityNumbers) expect(report.priorities.map((p) => p.number)).toEqual(want.priorityNumbers);
    if (want.sectorNumbers)
      expect(report.priorities.flatMap((p) => p.sectors.map((s) => s.number))).toEqual(want.sectorNumbers);
    expect(report.report.title).toBe(want.title ?? sample.report.title);
    expect(report.report.period).toEqual(sample.report.period);
  });

  it('names each look-alike letter it read, at its line in the text export', () => {
    const spots = want.lookalikes ?? [];
    const codes = new Set(['lookalike-letters', 'number-lookalike']);
    const found = report.diagnostics.filter((d) => codes.has(d.code));
    expect(found.length > 0).toBe(spots.length > 0);
    if (!file.endsWith('.txt')) return;
    // Over expectations: the look-alikes the label names; found is non-empty exactly when they are (above).
    for (const spot of spots) {
      const at = found.filter((d) => d.source.line === spot.line);
      expect(at.map((d) => d.message).join('\n'), `line ${spot.line}`).toContain(spot.printed.replace(/\.$/, ''));
    }
  });
});

describe.each(['soft-hyphens', 'invisible-chars'])('%s', (name) => {
  it.each(['txt', 'html', 'docx'])('reads as the sample does, every programme resolved (%s)', async (ext) => {
    const report = await parseReport(`${FOLDER}${name}.${ext}`);
    expect(withSector(report).map(({ m }) => content(m))).toEqual(withSector(sample).map(({ m }) => content(m)));
    expect(report.stats.programRefs).toEqual(sample.stats.programRefs);
    const removed = report.diagnostics.filter((d) => d.code === 'invisible-characters');
    expect(removed).toHaveLength(1);
    expect(Number(removed[0]?.details?.total)).toBeGreaterThan(0);
  });
});
