// A measure as the tree builder and enrichment leave it, every field plain, for rules and checks
// tested on trees written by hand.
import type { Measure } from '../../src/model/schema.js';

export function measure(number: string, line: number, over: Partial<Measure> = {}): Measure {
  return {
    id: `p/s/${number}`,
    number,
    parent: null,
    title: `Захід ${number}`,
    executors: ['Виконавець'],
    executorIds: ['unlisted-vykonavets'],
    execution: 'Виконано',
    resources: 'Програма',
    fundingThousandUah: null,
    fundingSource: null,
    programRefs: [],
    amounts: [],
    status: 'completed',
    statusRule: 'completed.done',
    statusPhrase: 'Виконано',
    statusConfidence: 'high',
    completionPercent: null,
    links: [],
    source: { line },
    plannedThousandUah: null,
    actualThousandUah: null,
    note: null,
    extra: {},
    ...over,
  };
}
