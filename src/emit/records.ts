// A measure with the levels above it: the unit of NDJSON lines and CSV rows.
import type { MeasureRecord, Report } from '../model/schema.js';

export function* measureRecords(report: Report): Generator<MeasureRecord> {
  const sourceFile = report.source.path;
  const period = { year: report.report.period.year, months: report.report.period.months };
  for (const priority of report.priorities) {
    for (const sector of priority.sectors) {
      for (const task of sector.tasks) {
        for (const measure of task.measures) {
          // A projection of the validated report (the measure itself, and the ids and
          // names above it), so no second validation; tests check it against its schema.
          yield {
            sourceFile,
            period,
            priority: { id: priority.id, name: priority.name, goal: priority.goal },
            sector: { id: sector.id, name: sector.name },
            task: { id: task.id, number: task.number, text: task.text },
            ...measure,
          };
        }
      }
    }
  }
}
