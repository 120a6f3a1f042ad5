import { describe, expect, it } from 'vitest';
import type { Measure, Priority } from '../../src/model/schema.js';
import { duplicateMeasureTitle } from '../../src/validate/rules/duplicate-measure-title.js';
import { emptyExecution, emptyExecutors, emptyResources } from '../../src/validate/rules/empty-cells.js';
import { sectorWithoutTasks, taskWithoutMeasures } from '../../src/validate/rules/empty-parents.js';
import { taskNumberMismatch } from '../../src/validate/rules/task-number-mismatch.js';
import { RULES } from '../../src/validate/rules/index.js';
import { CATALOGUE } from '../../src/diagnostics/catalogue.js';

function measure(number: string, line: number, over: Partial<Measure> = {}): Measure {
  return {
    id: `p/s/${number}`,
    number,
    parent: null,
    title: `Захід ${number}`,
    executors: ['Виконавець'],
    execution: 'Виконано',
    resources: 'Програма',
    fundingThousandUah: null,
    programRefs: [],
    amounts: [],
    status: 'completed',
    statusRule: 'completed.done',
    statusPhrase: 'Виконано',
    completionPercent: null,
    links: [],
    source: { line },
    ...over,
  };
}

function tree(taskNumber: string, measures: Measure[], extraSectors = 0): Priority[] {
  return [
    {
      id: 'p',
      name: 'П',
      heading: 'Пріоритет "П"',
      goal: null,
      source: { line: 1 },
      sectors: [
        { id: 'p/s', name: 'Благоустрій', source: { line: 2 }, tasks: [{ id: `p/s/t${taskNumber}`, number: taskNumber, text: 'Задача', source: { line: 3 }, measures }] },
        ...Array.from({ length: extraSectors }, (_, i) => ({ id: `p/e${i}`, name: `Порожній ${i}`, source: { line: 90 + i }, tasks: [] })),
      ],
    },
  ];
}

const run = (rule: { check: (p: Priority[]) => Iterable<unknown> }, p: Priority[]) => [...rule.check(p)];

describe('validation rules', () => {
  it('every rule has a catalogue entry', () => {
    for (const rule of RULES) expect(CATALOGUE[rule.code]).toBeDefined();
  });

  it('task-number-mismatch: once per task, at the task line', () => {
    expect(run(taskNumberMismatch, tree('2', [measure('1.1', 4), measure('1.2', 5)]))).toEqual([
      { message: 'task 2 in «Благоустрій» holds measures numbered 1.x', source: { line: 3 }, field: 'number' },
    ]);
    expect(run(taskNumberMismatch, tree('1', [measure('1.1', 4), measure('1.1.1', 5)]))).toEqual([]);
  });

  it('duplicate-measure-title: the later measure is reported', () => {
    const found = run(duplicateMeasureTitle, tree('1', [measure('1.1', 4, { title: 'Ремонт' }), measure('1.2', 5), measure('1.8', 9, { title: 'Ремонт' })]));
    expect(found).toEqual([{ message: 'measure 1.8 has the same title as measure 1.1: «Ремонт»', source: { line: 9 }, field: 'title' }]);
  });

  it('empty cells are reported per column', () => {
    const p = tree('1', [measure('1.1', 4, { execution: '' }), measure('1.2', 5, { executors: [], resources: '' })]);
    expect(run(emptyExecution, p)).toEqual([{ message: 'measure 1.1 has an empty execution (5) cell', source: { line: 4 }, field: 'execution' }]);
    expect(run(emptyExecutors, p)).toHaveLength(1);
    expect(run(emptyResources, p)).toHaveLength(1);
  });

  it('empty tasks and sectors are reported', () => {
    const p = tree('1', [], 1);
    expect(run(taskWithoutMeasures, p)).toEqual([{ message: 'task 1 has no measures', source: { line: 3 } }]);
    expect(run(sectorWithoutTasks, p)).toEqual([{ message: 'sector «Порожній 0» has no tasks', source: { line: 90 } }]);
  });
});
