// A validation rule: one small module with its diagnostic code (whose title,
// description and severity live in the catalogue) and a check over the report tree.
import type { DiagnosticCode } from '../diagnostics/catalogue.js';
import type { DiagnosticDetails } from '../diagnostics/diagnostics.js';
import type { Measure, Priority, Sector, SourcePlace, Task } from '../model/schema.js';

export interface Finding {
  /** The values the code's message template names, and any more worth keeping. */
  details: DiagnosticDetails;
  source: SourcePlace;
  field?: string;
}

export interface Rule {
  code: DiagnosticCode;
  check(priorities: readonly Priority[]): Iterable<Finding>;
}

export function* eachTask(
  priorities: readonly Priority[],
): Generator<{ priority: Priority; sector: Sector; task: Task }> {
  for (const priority of priorities)
    for (const sector of priority.sectors) for (const task of sector.tasks) yield { priority, sector, task };
}

export function* eachMeasure(priorities: readonly Priority[]): Generator<{ task: Task; measure: Measure }> {
  for (const { task } of eachTask(priorities)) for (const measure of task.measures) yield { task, measure };
}
