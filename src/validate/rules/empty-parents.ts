import { eachTask, type Rule } from '../rule.js';

export const taskWithoutMeasures: Rule = {
  code: 'task-without-measures',
  *check(priorities) {
    for (const { task } of eachTask(priorities)) {
      if (task.measures.length === 0) yield { details: { task: task.number }, source: task.source };
    }
  },
};

export const sectorWithoutTasks: Rule = {
  code: 'sector-without-tasks',
  *check(priorities) {
    for (const priority of priorities) {
      for (const sector of priority.sectors) {
        if (sector.tasks.length === 0) yield { details: { sector: sector.name }, source: sector.source };
      }
    }
  },
};
