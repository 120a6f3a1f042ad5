// JSON written by the tool before schema 2.0.0 (a trimmed copy of the 1.0.0 golden
// file) still reads, for `diff` against last quarter's output.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { ROOT } from '../helpers.js';

describe('reports of schema 1.0.0', () => {
  it('read as 2.2.0 with the new fields filled as the old tool meant them', async () => {
    const path = `${ROOT}test/model/report-1.0.0.json`;
    expect(JSON.parse(readFileSync(path, 'utf8')).schemaVersion).toBe('1.0.0');
    const report = await parseReport(path);
    expect(report.schemaVersion).toBe('2.2.0');
    const measures = report.priorities.flatMap((p) => p.sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures)));
    expect(measures).toHaveLength(7);
    expect(measures.every((m) => m.fundingSource === null)).toBe(true);
    expect(
      measures.flatMap((m) => m.programRefs).every((r) => r.provisionalId === null && r.candidates.length === 0),
    ).toBe(true);
    expect(report.programs.map((p) => [p.id, p.resolved])).toEqual([
      ['effective-government-2021-2025', true],
      ['smb-development-2022-2026', true],
      ['strategic-initiatives-2021-2024', true],
    ]);
    expect(measures.find((m) => m.number === '5.2')?.fundingThousandUah).toBe(434.09);
  });
});

describe('reports of schema 2.0.0', () => {
  it('read as 2.2.0: no numbers, notes, extra columns, planned or actual amounts, totals', async () => {
    const path = `${ROOT}test/model/report-1.0.0.json`;
    const old = JSON.parse(readFileSync(path, 'utf8'));
    const v2 = await parseReport(path);
    // The same report as the 2.0.0 tool wrote it: without the fields 2.1.0 added.
    const written = JSON.parse(JSON.stringify({ ...v2, schemaVersion: '2.0.0' }));
    delete written.report.totals;
    for (const p of written.priorities) {
      delete p.number;
      for (const s of p.sectors) {
        delete s.number;
        for (const t of s.tasks)
          for (const m of t.measures)
            for (const k of ['plannedThousandUah', 'actualThousandUah', 'note', 'extra']) delete m[k];
      }
    }
    expect(old.schemaVersion).toBe('1.0.0');
    const bytes = new TextEncoder().encode(JSON.stringify(written));
    const report = await parseReport({ bytes, path: 'old.json' });
    expect(report.schemaVersion).toBe('2.2.0');
    expect(report.report.totals).toEqual([]);
    expect(report.priorities.map((p) => p.number)).toEqual(report.priorities.map(() => null));
    const measures = report.priorities.flatMap((p) => p.sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures)));
    expect(measures.map((m) => [m.plannedThousandUah, m.actualThousandUah, m.note, m.extra])).toEqual(
      measures.map(() => [null, null, null, {}]),
    );
  });
  it('a 2.1.0 report reads as 2.2.0: each status confidence filled from the rule that decided', async () => {
    const current = await parseReport(`${ROOT}test/model/report-1.0.0.json`);
    const written = JSON.parse(JSON.stringify({ ...current, schemaVersion: '2.1.0' }));
    const all = (r: {
      priorities: Array<{ sectors: Array<{ tasks: Array<{ measures: Array<Record<string, unknown>> }> }> }>;
    }) => r.priorities.flatMap((p) => p.sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures)));
    for (const m of all(written)) delete m.statusConfidence;
    delete written.executors;
    (all(written)[0] as Record<string, unknown>).statusRule = 'completed.impersonal-past';
    const report = await parseReport({ bytes: new TextEncoder().encode(JSON.stringify(written)), path: 'q.json' });
    expect(report.schemaVersion).toBe('2.2.0');
    expect(all(report as never).map((m) => m.statusConfidence)).toEqual(
      all(written).map((_, i) => (i === 0 ? 'low' : 'high')),
    );
    // The executor summaries, which 2.1.0 had not, as the tool writes them now.
    expect(report.executors.length).toBeGreaterThan(0);
    expect(report.executors).toEqual(current.executors);
  });
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'refuses a report whose version is «%s» at once, without looping',
    async (version) => {
      const bytes = new TextEncoder().encode(JSON.stringify({ schemaVersion: version }));
      await expect(parseReport({ bytes, path: 'odd.json' })).rejects.toThrow(/not a zhyt-report JSON report/);
    },
  );
});
