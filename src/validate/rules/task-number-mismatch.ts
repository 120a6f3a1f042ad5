import { taskPrefix } from '../../structure/numbering.js';
import { eachTask, type Rule } from '../rule.js';

/** Task N should hold measures N.x; report each task once, naming the prefixes found. */
export const taskNumberMismatch: Rule = {
  code: 'task-number-mismatch',
  *check(priorities) {
    for (const { sector, task } of eachTask(priorities)) {
      const prefixes = [...new Set(task.measures.filter((m) => m.number !== '').map((m) => taskPrefix(m.number)))];
      const foreign = prefixes.filter((p) => p !== task.number);
      if (task.number !== '' && foreign.length > 0) {
        yield {
          details: { task: task.number, sector: sector.name, prefixes: foreign.map((p) => `${p}.x`) },
          source: task.source,
          field: 'number',
        };
      }
    }
  },
};
