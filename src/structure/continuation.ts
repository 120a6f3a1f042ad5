// A row broken in two (a page break in the program that wrote the text, a cell that
// wrapped into a row of its own): the second row holds only the rest of the cells,
// in their columns. Its text goes back to the measure above, joined as the line was
// broken, and a warning says so, since the join is read from the row's shape.
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { SourcePlace } from '../model/schema.js';
import type { MeasureDraft, TaskNode } from '../model/tree.js';
import { isEmptyCell } from '../rows/row.js';
import { joinLines } from '../text/join-lines.js';
import { CORE_COLUMNS } from './columns.js';
import { extraKeys } from './measure-cells.js';
import type { RowView } from './row-kinds.js';

/** Where each of the six columns' text goes in the measure (the number column carries nothing on). */
const CARRIED: ReadonlyArray<readonly [number, 'title' | 'executorsText' | 'execution' | 'resources']> = [
  [2, 'title'],
  [3, 'executorsText'],
  [4, 'execution'],
  [5, 'resources'],
];
const joined = (before: string | null, after: string): string => joinLines(before ?? '', after);

/** Joins the row's cells to the measure (and the task text to its task); the fields it added to. */
export function continueMeasure(task: TaskNode<MeasureDraft>, measure: MeasureDraft, view: RowView): string[] {
  const fields: string[] = [];
  const taskCell = view.cells[1];
  if (!isEmptyCell(taskCell) && taskCell) {
    task.text = joined(task.text, taskCell.text);
    fields.push('task');
  }
  for (const [column, field] of CARRIED) {
    const cell = view.cells[column];
    if (isEmptyCell(cell) || !cell) continue;
    measure[field] = joined(measure[field], cell.text);
    fields.push(field === 'executorsText' ? 'executors' : field);
  }
  const keys = extraKeys(view.extras);
  view.extras.forEach((extra, k) => {
    const cell = view.cells[CORE_COLUMNS + k];
    if (isEmptyCell(cell) || !cell) return;
    if (extra.role === 'note') measure.note = joined(measure.note, cell.text);
    else if (extra.role === 'planned') measure.plannedText = joined(measure.plannedText, cell.text);
    else if (extra.role === 'actual') measure.actualText = joined(measure.actualText, cell.text);
    else if (extra.role === 'source') measure.sourceText = joined(measure.sourceText, cell.text);
    else if (extra.role === 'amount') measure.resources = joined(measure.resources, cell.text);
    else if (keys[k]) measure.extra[keys[k]] = joined(measure.extra[keys[k]] ?? null, cell.text);
    fields.push(extra.header);
  });
  return fields;
}

export function warnContinued(diagnostics: Diagnostics, measure: MeasureDraft, fields: string[], at: SourcePlace) {
  diagnostics.add('row-continued', { measure: measure.number, fields }, at);
}
