// Turns measure drafts into measures: executors as a list, column 6 as funding or
// programme references resolved against the registry, sums and completion read
// from the texts.
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Amount, Measure } from '../model/schema.js';
import type { MeasureDraft, PriorityNode } from '../structure/build-tree.js';
import { splitExecutors } from './executors.js';
import { findAmounts, findCompletionPercent, parseThousandUah } from './money.js';
import type { ProgramResolver } from './programs/resolve.js';
import { splitProgramList } from './programs/split.js';
import { measureStatus } from './status/index.js';

export interface EnrichContext {
  programs: ProgramResolver;
  diagnostics: Diagnostics;
}

const AMOUNT_FIELDS = ['title', 'execution'] as const;

export function enrichMeasure(draft: MeasureDraft, ctx: EnrichContext): Measure {
  const { executorsText, resources } = draft;
  const funding = parseThousandUah(resources);
  const programRefs = funding === null ? splitProgramList(resources).map((raw) => resolveRef(raw, draft, ctx)) : [];
  const amounts: Amount[] = AMOUNT_FIELDS.flatMap((field) => findAmounts(draft[field]).map((a) => ({ ...a, field })));
  return {
    id: draft.id,
    number: draft.number,
    parent: draft.parent,
    title: draft.title,
    executors: splitExecutors(executorsText),
    execution: draft.execution,
    resources,
    fundingThousandUah: funding,
    programRefs,
    amounts,
    ...measureStatus(draft.execution),
    completionPercent: findCompletionPercent(draft.execution),
    links: draft.links,
    source: draft.source,
  };
}

function resolveRef(raw: string, draft: MeasureDraft, ctx: EnrichContext): Measure['programRefs'][number] {
  const { ref, candidates } = ctx.programs.resolve(raw);
  const nearest = candidates.map((c) => `${c.programId} (${c.score.toFixed(2)})`).join(', ');
  if (ref.match === 'unresolved') {
    ctx.diagnostics.add('program-unresolved', `measure ${draft.number}: programme «${raw}» is not in the registry; nearest: ${nearest || 'none'}`, draft.source, 'resources');
  } else if (ref.match === 'fuzzy') {
    ctx.diagnostics.add('program-fuzzy-match', `measure ${draft.number}: programme «${raw}» matched ${nearest} by similarity`, draft.source, 'resources');
  }
  return ref;
}

export function mapMeasures<A, B>(priorities: readonly PriorityNode<A>[], fn: (m: A) => B): PriorityNode<B>[] {
  return priorities.map((p) => ({
    ...p,
    sectors: p.sectors.map((s) => ({ ...s, tasks: s.tasks.map((t) => ({ ...t, measures: t.measures.map(fn) })) })),
  }));
}
