// Issue: money in thousand UAH and target programmes resolved, on the sample.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedRegistry } from '../src/enrich/programs/registry.js';
import { parseReport, type Measure, type Report } from '../src/index.js';
import { SAMPLE } from './helpers.js';

let report: Report;
let measures: Measure[];
beforeAll(async () => {
  report = await parseReport(SAMPLE);
  measures = report.priorities.flatMap((p) => p.sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures)));
});

describe('money in the sample', () => {
  it('5 measures carry funding summing to exactly 9505.09 thousand UAH', () => {
    expect(report.stats.funding).toEqual({ measures: 5, totalThousandUah: 9505.09 });
    expect(JSON.stringify(report.stats.funding.totalThousandUah)).toBe('9505.09');
  });
  it('finds the nine sums named in the texts, with their values', () => {
    const amounts = measures.flatMap((m) => m.amounts.map((a) => [m.number, a.field, a.raw, a.thousandUah]));
    expect(amounts).toEqual([
      ['1.2', 'execution', '25 000 грн', 25],
      ['1.2', 'execution', '1,044 млн грн', 1044],
      ['1.3', 'execution', '4205,0 тис.грн', 4205],
      ['1.4', 'execution', '156,9 тис. грн', 156.9],
      ['1.1', 'execution', '36,9 тис. грн', 36.9],
      ['1.2', 'execution', '484,6 тис. грн', 484.6],
      ['1.1', 'execution', '15193,6 тис.грн', 15193.6],
      ['1.2', 'title', '100,0 тис. грн', 100],
      ['1.2', 'execution', '8400,0 тис.грн', 8400],
    ]);
  });
  it('reads completion percentages', () => {
    expect(measures.filter((m) => m.completionPercent !== null).map((m) => m.completionPercent)).toEqual([
      81, 60, 95, 90, 20, 30, 98, 95, 20, 30,
    ]);
  });
});

describe('programmes in the sample', () => {
  it('all 179 references resolve to 20 programme ids', () => {
    expect(report.stats.programRefs).toEqual({ total: 179, resolved: 179, unresolved: 0 });
    const ids = new Set(measures.flatMap((m) => m.programRefs.map((r) => r.programId)));
    expect(ids.size).toBe(20);
    expect(report.programs).toHaveLength(20);
    expect(report.programs.reduce((n, p) => n + p.measureCount, 0)).toBe(179);
    expect(report.diagnostics.filter((d) => d.code.startsWith('program-'))).toEqual([]);
  });

  it('resolves every spelling of one programme to the same id, even with no aliases in the registry', async () => {
    const bare = shippedRegistry().map((p) => ({ ...p, aliases: [] }));
    // Replace the shipped registry by one that knows only the canonical names.
    const stripped = await parseReport(SAMPLE, { programs: bare });
    const strippedMeasures = stripped.priorities.flatMap((p) =>
      p.sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures)),
    );
    const refs = strippedMeasures.flatMap((m) => m.programRefs);
    expect(refs.filter((r) => r.programId === null)).toEqual([]);
    expect(refs.map((r) => r.programId)).toEqual(measures.flatMap((m) => m.programRefs.map((r) => r.programId)));
    // Each spelling variant came through the normalised or fuzzy path.
    expect(new Set(refs.map((r) => r.match))).toEqual(new Set(['exact', 'normalized', 'fuzzy']));
    const spellings = new Map<string, Set<string>>();
    for (const r of refs)
      spellings.set(r.programId as string, (spellings.get(r.programId as string) ?? new Set()).add(r.raw));
    expect(spellings.get('capital-construction-2021-2023')?.size).toBe(4);
    expect(spellings.get('road-safety-2018-2023')?.size).toBe(2);
  });

  it('warns about an unknown programme, listing the nearest candidates with scores', async () => {
    const text = readFileSync(SAMPLE, 'utf8').replace(
      'Програма розвитку освіти Житомирської міської територіальної громади на період 2022-2026 років',
      'Програма розвитку туризму Житомирської міської територіальної громади на 2024-2027 роки',
    );
    const r = await parseReport({ bytes: Buffer.from(text), path: 'tourism.txt' });
    const warning = r.diagnostics.find((d) => d.code === 'program-unresolved');
    expect(warning).toMatchObject({ severity: 'warning', source: { line: 24 }, field: 'resources' });
    expect(warning?.message).toMatch(
      /^measure 1\.1: programme «Програма розвитку туризму .*» is not in the registry; counted as rozvytku-turyzmu-2024-2027; nearest: [a-z0-9-]+ \(0\.\d\d\), [a-z0-9-]+ \(0\.\d\d\), [a-z0-9-]+ \(0\.\d\d\)$/,
    );
    expect(r.stats.programRefs.unresolved).toBe(1);
    // Counted as a programme of its own, marked unresolved, with its candidates in the data.
    expect(r.programs.find((p) => p.id === 'rozvytku-turyzmu-2024-2027')).toEqual({
      id: 'rozvytku-turyzmu-2024-2027',
      name: 'Програма розвитку туризму Житомирської міської територіальної громади на 2024-2027 роки',
      resolved: false,
      years: { from: 2024, to: 2027 },
      measureCount: 1,
      fundingThousandUah: null,
    });
    const ref = r.priorities
      .flatMap((p) => p.sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures)))
      .flatMap((m) => m.programRefs)
      .find((x) => x.programId === null);
    expect(ref?.candidates).toHaveLength(3);
  });
});

describe('status in the sample', () => {
  it('every measure has a status with the rule that decided it', () => {
    expect(measures).toHaveLength(173);
    for (const m of measures) {
      expect(m.statusRule).toMatch(/^[a-z-]+\.[a-z0-9-]+$/);
      if (m.status !== 'unknown') expect(m.execution).toContain(m.statusPhrase);
    }
    const counts: Record<string, number> = {};
    for (const m of measures) counts[m.status] = (counts[m.status] ?? 0) + 1;
    expect(counts).toEqual({
      completed: 68,
      in_progress: 42,
      not_funded: 37,
      planned: 8,
      suspended: 8,
      not_started: 4,
      not_completed: 3,
      cancelled: 1,
      unknown: 2,
    });
    // Unknown: the empty execution cell, and the measure whose text says only who took the works over.
    expect(measures.filter((m) => m.status === 'unknown').map((m) => [m.statusRule, m.source.line])).toEqual([
      ['unknown.empty', 62],
      ['unknown.customer-delegated', 183],
    ]);
  });
});
