import type { Rule } from '../rule.js';
import { columnContentMismatch } from './column-content.js';
import { duplicateMeasureTitle } from './duplicate-measure-title.js';
import { emptyExecution, emptyExecutors, emptyResources } from './empty-cells.js';
import { sectorWithoutTasks, taskWithoutMeasures } from './empty-parents.js';
import { taskNumberMismatch } from './task-number-mismatch.js';

export const RULES: readonly Rule[] = [
  taskNumberMismatch,
  duplicateMeasureTitle,
  emptyExecution,
  emptyExecutors,
  emptyResources,
  taskWithoutMeasures,
  sectorWithoutTasks,
  columnContentMismatch,
];
