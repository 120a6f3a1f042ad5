// Turns measure drafts into measures: executors as a list, column 6 as funding or
// programme references.
import type { Measure, ProgramRef } from '../model/schema.js';
import type { MeasureDraft, PriorityNode } from '../structure/build-tree.js';
import { splitExecutors } from './executors.js';
import { parseThousandUah } from './money.js';

export function enrichMeasure(draft: MeasureDraft): Measure {
  const { executorsText, resources, ...rest } = draft;
  const funding = parseThousandUah(resources);
  const programRefs: ProgramRef[] =
    funding === null && resources !== '' ? [{ programId: null, raw: resources, match: 'unresolved', score: null }] : [];
  return {
    id: rest.id,
    number: rest.number,
    parent: rest.parent,
    title: rest.title,
    executors: splitExecutors(executorsText),
    execution: rest.execution,
    resources,
    fundingThousandUah: funding,
    programRefs,
    links: rest.links,
    source: rest.source,
  };
}

export function mapMeasures<A, B>(priorities: readonly PriorityNode<A>[], fn: (m: A) => B): PriorityNode<B>[] {
  return priorities.map((p) => ({
    ...p,
    sectors: p.sectors.map((s) => ({ ...s, tasks: s.tasks.map((t) => ({ ...t, measures: t.measures.map(fn) })) })),
  }));
}
