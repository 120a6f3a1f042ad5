// A release worded as the next ones will be (fixtures/zhytomyr-2024-6m.txt: the
// sample edited by hand to a half-year 2024 report with a new priority «Стійке
// місто» whose measures name four programmes the registry does not have, each close
// to an entry that differs in a content word or in its years). Expected values are
// written from the document's meaning.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../src/index.js';
import { ROOT, runCli } from './helpers.js';

const FILE = `${ROOT}fixtures/zhytomyr-2024-6m.txt`;
const UNKNOWN = {
  veterans:
    'Програма забезпечення та захисту прав ветеранів війни та членів їх сімей Житомирської міської територіальної громади на 2022-2026 роки',
  soldiersHousing:
    'Програма забезпечення житлом військовослужбовців та членів їх сімей на території Житомирської міської територіальної громади на 2023-2027 роки',
  transport: 'Програма розвитку громадського транспорту Житомирської міської територіальної громади на 2024-2026 роки',
  culture:
    'Комплексна цільова програма "Культурний простір Житомирської міської територіальної громади" на 2024-2026 роки',
};
// The registry entry each one is closest to, and must not be matched to.
const LOOK_ALIKE = {
  veterans: 'children-rights-2022-2026',
  soldiersHousing: 'housing-provision-2023-2027',
  transport: 'public-transport-2020-2023',
  culture: 'cultural-space-2021-2023',
};

let report: Report;
const measuresOf = (r: Report, priority: string) =>
  r.priorities
    .filter((p) => p.name === priority)
    .flatMap((p) =>
      p.sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures.map((m) => ({ sector: s.name, ...m })))),
    );

beforeAll(async () => {
  report = await parseReport(FILE);
});

describe('a release with a new priority and four programmes the registry lacks', () => {
  it('reads the period and the new priority', () => {
    expect(report.report.period).toMatchObject({ year: 2024, months: 6 });
    expect(report.priorities.map((p) => p.name)).toContain('Стійке місто');
    expect(measuresOf(report, 'Стійке місто').map((m) => `${m.sector} ${m.number}`)).toEqual([
      'Підтримка ветеранів війни 1.1',
      'Підтримка ветеранів війни 1.2',
      'Підтримка ветеранів війни 2.1',
      'Транспорт і культура в умовах відновлення 1.1',
      'Транспорт і культура в умовах відновлення 2.1',
    ]);
  });

  it('reports the four as unresolved programmes, with candidates, and matches none to an existing entry', () => {
    const refs = measuresOf(report, 'Стійке місто').flatMap((m) => m.programRefs);
    expect(refs.map((r) => r.raw)).toEqual([
      UNKNOWN.veterans,
      UNKNOWN.veterans,
      UNKNOWN.soldiersHousing,
      UNKNOWN.transport,
      UNKNOWN.culture,
    ]);
    for (const r of refs) {
      expect(r).toMatchObject({ programId: null, match: 'unresolved' });
      expect(r.candidates.length).toBeGreaterThan(0);
    }
    for (const [key, name] of Object.entries(UNKNOWN)) {
      const ref = refs.find((r) => r.raw === name);
      expect(ref?.candidates[0]?.programId, key).toBe(LOOK_ALIKE[key as keyof typeof LOOK_ALIKE]);
    }
    const warnings = report.diagnostics.filter((d) => d.code === 'program-unresolved');
    expect(warnings).toHaveLength(5);
    expect(warnings.every((w) => w.severity === 'warning' && / nearest: [a-z]/.test(w.message))).toBe(true);
    expect(report.diagnostics.filter((d) => d.code === 'program-fuzzy-match')).toEqual([]);
    // The same as data: a job reads the candidates without parsing the message.
    expect(warnings[0]?.details).toMatchObject({
      measure: '1.1',
      programme: UNKNOWN.veterans,
      provisionalId: expect.stringMatching(/-2022-2026$/),
    });
    const candidates = warnings[0]?.details?.candidates as Array<{ programId: string; score: number }>;
    expect(candidates[0]).toEqual({ programId: LOOK_ALIKE.veterans, score: expect.any(Number) });
  });

  it('counts each as a programme of its own, marked unresolved', () => {
    const unresolved = report.programs.filter((p) => !p.resolved);
    expect(unresolved.map((p) => [p.name, p.measureCount, p.years])).toEqual(
      expect.arrayContaining([
        [UNKNOWN.veterans, 2, { from: 2022, to: 2026 }],
        [UNKNOWN.soldiersHousing, 1, { from: 2023, to: 2027 }],
        [UNKNOWN.transport, 1, { from: 2024, to: 2026 }],
        [UNKNOWN.culture, 1, { from: 2024, to: 2026 }],
      ]),
    );
    expect(unresolved).toHaveLength(4);
    expect(report.stats.programRefs).toEqual({ total: 184, resolved: 179, unresolved: 5 });
  });

  it('stats counts them per priority, as unresolved', async () => {
    const { reportStats } = await import('../src/emit/stats.js');
    const resilient = reportStats(report).priorities.find((p) => p.name === 'Стійке місто');
    expect(resilient?.programs).toHaveLength(4);
    expect(resilient?.unresolvedPrograms).toEqual(resilient?.programs);
    expect(resilient?.fundingThousandUah).toBe(44350);
  });

  it('keeps every part of the funding cells and reads the statuses as written', () => {
    const m = measuresOf(report, 'Стійке місто');
    expect(m.map((x) => [x.fundingThousandUah, x.fundingSource, x.status])).toEqual([
      [null, null, 'completed'],
      [1850, 'міський бюджет', 'in_progress'],
      [null, null, 'not_completed'],
      [42500, null, 'not_completed'],
      [null, 'кошти інвесторів', 'planned'],
    ]);
    expect(m[0]?.amounts).toEqual([
      { raw: '3 млн 120 тис. грн', thousandUah: 3120, approximate: false, field: 'execution' },
    ]);
    expect(m[1]?.completionPercent).toBe(40);
  });

  it('programs --suggest writes entries that, passed back with --programs, resolve all four', () => {
    const r = runCli(['programs', '--suggest', FILE]);
    expect(r.status).toBe(0);
    const suggested = JSON.parse(r.stdout) as {
      programs: Array<{ id: string; name: string; years: { from: number; to: number } }>;
    };
    expect(suggested.programs.map((p) => [p.name, p.years])).toEqual(
      expect.arrayContaining(Object.values(UNKNOWN).map((name) => [name, expect.any(Object)])),
    );
    expect(suggested.programs).toHaveLength(4);
    expect(r.stderr).toContain('nearest in the registry: children-rights-2022-2026');
    const dir = mkdtempSync(join(tmpdir(), 'zhyt-suggest-'));
    writeFileSync(join(dir, 'extra.json'), r.stdout);
    const again = runCli(['programs', FILE, '--programs', join(dir, 'extra.json'), '-f', 'json']);
    expect(again.status).toBe(0);
    expect((JSON.parse(again.stdout) as { references: unknown }).references).toEqual({
      total: 184,
      resolved: 184,
      unresolved: 0,
    });
  });
});
