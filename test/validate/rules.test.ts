import { describe, expect, it } from 'vitest';
import type { Measure, Priority } from '../../src/model/schema.js';
import { measure } from './measures.js';
import { duplicateMeasureTitle } from '../../src/validate/rules/duplicate-measure-title.js';
import { emptyExecution, emptyExecutors, emptyResources } from '../../src/validate/rules/empty-cells.js';
import { sectorWithoutTasks, taskWithoutMeasures } from '../../src/validate/rules/empty-parents.js';
import { taskNumberMismatch } from '../../src/validate/rules/task-number-mismatch.js';
import { columnContentMismatch } from '../../src/validate/rules/column-content.js';
import { renderMessage } from '../../src/diagnostics/diagnostics.js';
import type { Rule } from '../../src/validate/rule.js';

function tree(taskNumber: string, measures: Measure[], extraSectors = 0): Priority[] {
  return [
    {
      id: 'p',
      name: 'П',
      heading: 'Пріоритет "П"',
      number: null,
      goal: null,
      source: { line: 1 },
      sectors: [
        {
          id: 'p/s',
          name: 'Благоустрій',
          number: null,
          heading: 'Благоустрій',
          source: { line: 2 },
          tasks: [{ id: `p/s/t${taskNumber}`, number: taskNumber, text: 'Задача', source: { line: 3 }, measures }],
        },
        ...Array.from({ length: extraSectors }, (_, i) => ({
          id: `p/e${i}`,
          name: `Порожній ${i}`,
          number: null,
          heading: `Порожній ${i}`,
          source: { line: 90 + i },
          tasks: [],
        })),
      ],
    },
  ];
}

// Each finding as it reaches the user: the rule's catalogue template filled with the finding's details.
const run = (rule: Rule, p: Priority[]) =>
  [...rule.check(p)].map(({ details, ...rest }) => ({ message: renderMessage(rule.code, details), ...rest }));

describe('validation rules', () => {
  it('task-number-mismatch: once per task, at the task line', () => {
    expect(run(taskNumberMismatch, tree('2', [measure('1.1', 4), measure('1.2', 5)]))).toEqual([
      { message: 'task 2 in «Благоустрій» holds measures numbered 1.x', source: { line: 3 }, field: 'number' },
    ]);
    expect(run(taskNumberMismatch, tree('1', [measure('1.1', 4), measure('1.1.1', 5)]))).toEqual([]);
    // A measure printed without a number, and a task printed without one, say nothing of a mismatch.
    expect(run(taskNumberMismatch, tree('1', [measure('1.1', 4), measure('', 5)]))).toEqual([]);
    expect(run(taskNumberMismatch, tree('', [measure('3.1', 4)]))).toEqual([]);
  });

  it('duplicate-measure-title: the later measure is reported', () => {
    const found = run(
      duplicateMeasureTitle,
      tree('1', [measure('1.1', 4, { title: 'Ремонт' }), measure('1.2', 5), measure('1.8', 9, { title: 'Ремонт' })]),
    );
    expect(found).toEqual([
      { message: 'measure 1.8 has the same title as measure 1.1: «Ремонт»', source: { line: 9 }, field: 'title' },
    ]);
  });

  it('empty cells are reported per column', () => {
    const p = tree('1', [measure('1.1', 4, { execution: '' }), measure('1.2', 5, { executors: [], resources: '' })]);
    expect(run(emptyExecution, p)).toEqual([
      { message: 'measure 1.1 has an empty execution (5) cell', source: { line: 4 }, field: 'execution' },
    ]);
    expect(run(emptyExecutors, p)).toHaveLength(1);
    expect(run(emptyResources, p)).toHaveLength(1);
  });

  it('an empty column 6 is no gap when the money stands in «план» or «факт» columns', () => {
    const p = tree('1', [
      measure('1.1', 4, { resources: '', actualThousandUah: 30 }),
      measure('1.2', 5, { resources: '', plannedThousandUah: 50 }),
      measure('1.3', 6, { resources: '' }),
    ]);
    expect(run(emptyResources, p).map((f) => f.source.line)).toEqual([6]);
  });

  it('empty tasks and sectors are reported', () => {
    const p = tree('1', [], 1);
    expect(run(taskWithoutMeasures, p)).toEqual([{ message: 'task 1 has no measures', source: { line: 3 } }]);
    expect(run(sectorWithoutTasks, p)).toEqual([{ message: 'sector «Порожній 0» has no tasks', source: { line: 90 } }]);
  });

  describe('column-content-mismatch', () => {
    // Real cells of the sample release: who is responsible, and what was done.
    const rows: Array<[string, string]> = [
      ['Департамент освіти міської ради', 'Встановлено 9 відеокамер в ліцеї № 25'],
      ['Управління капітального будівництва міської ради', 'Роботи з реконструкції спортивного майданчика завершені'],
      [
        'Управління культури міської ради',
        'Стипендії міського голови отримали 12 творчо обдарованих учнів мистецьких шкіл',
      ],
      ['КП "ЦЕНТР ІНВЕСТИЦІЙ" Житомирської міської ради', 'Забезпечено діяльність підприємства'],
      ['Управління комунального господарства міської ради', 'Реконструйовано 300 м каналізаційних мереж'],
      [
        'Департамент економічного розвитку міської ради',
        'Розпочато процедуру чергового аудиту. Отримано перелік питань',
      ],
    ];
    const measures = (swap: boolean) =>
      rows.map(([who, what], i) =>
        measure(
          `1.${i + 1}`,
          10 + i,
          swap ? { executors: [what], execution: who } : { executors: [who], execution: what },
        ),
      );
    it('valid: executors name bodies and executions say what was done', () => {
      expect(run(columnContentMismatch, tree('1', measures(false)))).toEqual([]);
    });
    it('invalid: the two columns swapped are reported once each, at the first such measure', () => {
      const found = run(columnContentMismatch, tree('1', measures(true))) as Array<{
        message: string;
        source: { line: number };
        field: string;
      }>;
      expect(found.map((f) => [f.field, f.source.line])).toEqual([
        ['executors', 10],
        ['execution', 10],
      ]);
      expect(found[1]?.message).toBe(
        'execution cells read like names of departments in 6 of 6 measures (first: 1.1); are the columns labelled or ordered as the header says?',
      );
    });
    it('too few measures to judge: silent; five are enough', () => {
      expect(run(columnContentMismatch, tree('1', measures(true).slice(0, 4)))).toEqual([]);
      expect(run(columnContentMismatch, tree('1', measures(true).slice(0, 5)))).toHaveLength(2);
    });
    it('judges by a third of the measures that fill both cells: 2 of 6 is enough, 1 of 6 is not', () => {
      // Rows 1 and 5 swapped: «Встановлено …» and «Реконструйовано …» read as sentences (row 2's «… завершені» would not).
      const two = measures(false).map((m, i) => (i === 0 || i === 4 ? (measures(true)[i] as Measure) : m));
      expect(run(columnContentMismatch, tree('1', two)).map((f) => f.message)).toEqual([
        'executor cells read like sentences of what was done in 2 of 6 measures (first: 1.1); are the columns labelled or ordered as the header says?',
        'execution cells read like names of departments in 2 of 6 measures (first: 1.1); are the columns labelled or ordered as the header says?',
      ]);
      const one = [...measures(true).slice(0, 1), ...measures(false).slice(1)];
      expect(run(columnContentMismatch, tree('1', one))).toEqual([]);
    });
    it('counts only measures with both cells filled', () => {
      // Four swapped measures and three with an empty cell: too few to judge, whatever the empty ones hold.
      const partial = [
        ...measures(true).slice(0, 4),
        measure('2.1', 30, { executors: [], execution: 'Управління культури міської ради' }),
        measure('2.2', 31, { executors: ['Проведено ремонт. Роботи тривають'], execution: '' }),
        measure('2.3', 32, { executors: [], execution: '' }),
      ];
      expect(run(columnContentMismatch, tree('1', partial))).toEqual([]);
    });
    it('reads a sentence across the executor list as printed (entries joined by «, »)', () => {
      // «завершено» is a past participle only where a separator follows it.
      const split = rows.map(([who], i) =>
        measure(`1.${i + 1}`, 10 + i, { executors: ['Роботи завершено', who], execution: 'Виконано повністю' }),
      );
      expect(run(columnContentMismatch, tree('1', split)).map((f) => f.field)).toEqual(['executors']);
    });
  });
});
