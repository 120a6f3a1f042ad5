// Validating measures one at a time must find exactly what validating the whole
// report at once finds, with the same paths and messages.
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/model/schema.js';
import { parseReport } from '../../src/parse-report.js';
import { schemaProblems } from '../../src/validate/validate.js';
import { SAMPLE } from '../helpers.js';

const whole = (report: unknown): string[] => {
  const r = ReportSchema.safeParse(report);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
};

describe('schemaProblems', () => {
  it('finds nothing in the sample, and the same as one whole-report check in broken copies', async () => {
    const report = await parseReport(SAMPLE);
    expect(schemaProblems(report)).toEqual([]);
    // biome-ignore lint/suspicious/noExplicitAny: each breakage writes what the types forbid, on purpose
    const breakages: Array<(r: any) => void> = [
      (r) => (r.priorities[0].sectors[0].tasks[0].measures[0].status = 'done'),
      (r) => (r.priorities[2].sectors[1].tasks[0].measures[1].completionPercent = 150),
      (r) => (r.priorities[1].sectors[0].tasks[0].measures[0].extra = true),
      (r) => (r.priorities[0].sectors[0].tasks[0].number = 7),
      (r) => (r.stats.counts.measures = 'many'),
      (r) => (r.priorities[0].sectors[0].tasks[0].measures = 'none'),
      (r) => (r.priorities = null),
      (r) => (r.priorities[1] = null),
      (r) => (r.priorities[0].sectors[1] = null),
      (r) => (r.priorities[0].sectors[0].tasks[0] = 7),
      (r) => (r.priorities[0].sectors[0].tasks[0].measures[2] = null),
      (r) => (r.priorities[0].sectors = 'none'),
      (r) => (r.priorities[0].sectors[0].tasks = {}),
      (r) => {
        r.priorities[0].sectors[0].name = null;
        r.priorities[0].sectors[0].tasks[0].measures[0].executors = [1];
      },
    ];
    expect(breakages).toHaveLength(14);
    for (const breakIt of breakages) {
      const copy = structuredClone(report);
      breakIt(copy);
      const found = schemaProblems(copy);
      expect(found.length, String(breakIt)).toBeGreaterThan(0);
      expect([...found].sort(), String(breakIt)).toEqual([...whole(copy)].sort());
    }
  });
});
