import { excerpt } from '../../diagnostics/diagnostics.js';
import { eachTask, type Rule } from '../rule.js';

export const duplicateMeasureTitle: Rule = {
  code: 'duplicate-measure-title',
  *check(priorities) {
    for (const { task } of eachTask(priorities)) {
      const first = new Map<string, string>();
      for (const m of task.measures) {
        // Stryker disable next-line MethodExpression: upper or lower, the titles are compared without case
        const key = m.title.toLowerCase();
        const earlier = first.get(key);
        if (earlier === undefined) first.set(key, m.number);
        else
          yield {
            details: { measure: m.number, earlier, title: excerpt(m.title) },
            source: m.source,
            field: 'title',
          };
      }
    }
  },
};
