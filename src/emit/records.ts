// A measure with the levels above it: the unit of NDJSON lines and CSV rows.
import type { MeasureRecord, Priority, Report, Sector, Task } from '../model/schema.js';

type Levels = Pick<MeasureRecord, 'priority' | 'sector' | 'task'>;

/** The levels above a task's measures, as a record carries them (NDJSON serialises them once per task). */
export function levelsOf(priority: Priority, sector: Sector, task: Task): Levels {
  return {
    priority: { id: priority.id, name: priority.name, goal: priority.goal, number: priority.number },
    sector: { id: sector.id, name: sector.name, number: sector.number },
    task: { id: task.id, number: task.number, text: task.text },
  };
}

/** The release a record comes from. */
export function releaseOf(report: Report): Pick<MeasureRecord, 'sourceFile' | 'period'> {
  return {
    sourceFile: report.source.path,
    period: { year: report.report.period.year, months: report.report.period.months },
  };
}

export function* measureRecords(report: Report): Generator<MeasureRecord> {
  const release = releaseOf(report);
  for (const priority of report.priorities) {
    for (const sector of priority.sectors) {
      for (const task of sector.tasks) {
        const levels = levelsOf(priority, sector, task);
        for (const measure of task.measures) {
          // A projection of the validated report (the measure itself, and the ids and
          // names above it), so no second validation; tests check it against its schema.
          yield { ...release, ...levels, ...measure };
        }
      }
    }
  }
}
