// JSON written by the tool before schema 2.0.0 (a trimmed copy of the 1.0.0 golden
// file) still reads, for `diff` against last quarter's output.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { ROOT } from '../helpers.js';

describe('reports of schema 1.0.0', () => {
  it('read as 2.0.0 with the new fields filled as the old tool meant them', async () => {
    const path = `${ROOT}test/model/report-1.0.0.json`;
    expect(JSON.parse(readFileSync(path, 'utf8')).schemaVersion).toBe('1.0.0');
    const report = await parseReport(path);
    expect(report.schemaVersion).toBe('2.0.0');
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
