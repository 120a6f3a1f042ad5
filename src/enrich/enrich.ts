// Turns measure drafts into measures: executors as a list, column 6 as its parts
// (programme references resolved against the registry, amounts, sources of funds),
// sums and completion read from the texts. What reads like money and cannot be read
// is a warning with its text.
import { type Diagnostics, excerpt } from '../diagnostics/diagnostics.js';
import type { Amount, Measure } from '../model/schema.js';
import type { MeasureDraft, PriorityNode } from '../model/tree.js';
import type { AmountUnits } from '../structure/columns.js';
import { splitExecutors } from './executors/split.js';
import { readFundingCell } from './funding.js';
import { findCompletionPercent, readMoney } from './money.js';
import type { ExecutorResolver } from './executors/resolve.js';
import type { ProgramResolver } from './programs/resolve.js';
import { measureStatus } from './status/index.js';
import { splitTrimmed } from '../text/edges.js';

export interface EnrichContext {
  programs: ProgramResolver;
  executors: ExecutorResolver;
  diagnostics: Diagnostics;
  /** The unit of each money column's bare numbers (thousand UAH unless the header says otherwise). */
  units?: AmountUnits;
}

const AMOUNT_FIELDS = ['title', 'execution'] as const;

/** A «план» or «факт» cell: its amount in thousand UAH; any text that is not one is warned about. */
function amountColumn(
  text: string | null,
  field: 'planned' | 'actual',
  draft: MeasureDraft,
  ctx: EnrichContext,
): number | null {
  if (text === null) return null;
  const cell = readFundingCell(text, ctx.units?.[field] ?? 0);
  for (const part of [...cell.unreadable, ...cell.programs, ...cell.sources]) warnUnreadable(part, field, draft, ctx);
  return cell.total;
}

/** Sources of funds named in column 6, then a «Джерело фінансування» column's, joined; null when none. */
function sourcesOf(inResources: readonly string[], column: string | null): string | null {
  const all = [...inResources, ...(column === null ? [] : splitTrimmed(column, /[;\n]/u).filter((s) => s !== ''))];
  return all.length === 0 ? null : all.join('; ');
}

export function enrichMeasure(draft: MeasureDraft, ctx: EnrichContext): Measure {
  const { executorsText, resources } = draft;
  const funding = readFundingCell(resources, ctx.units?.resources ?? 0);
  const programRefs = funding.programs.map((raw) => resolveRef(raw, draft, ctx));
  for (const text of funding.unreadable) warnUnreadable(text, 'resources', draft, ctx);
  const amounts: Amount[] = AMOUNT_FIELDS.flatMap((field) => {
    const money = readMoney(draft[field]);
    for (const text of money.unreadable) warnUnreadable(text, field, draft, ctx);
    return money.amounts.map((a) => ({ ...a, field }));
  });
  const planned = amountColumn(draft.plannedText, 'planned', draft, ctx);
  const actual = amountColumn(draft.actualText, 'actual', draft, ctx);
  return {
    id: draft.id,
    number: draft.number,
    parent: draft.parent,
    title: draft.title,
    ...executorsOf(executorsText, draft, ctx),
    execution: draft.execution,
    resources,
    // The money a measure has: column 6's amounts, else what a «факт» column says was spent.
    fundingThousandUah: funding.total ?? actual,
    fundingSource: sourcesOf(funding.sources, draft.sourceText),
    programRefs,
    amounts,
    ...statusOf(draft, ctx),
    completionPercent: findCompletionPercent(draft.execution),
    links: draft.links,
    source: draft.source,
    plannedThousandUah: planned,
    actualThousandUah: actual,
    note: draft.note,
    extra: draft.extra,
  };
}

/** The executors as printed and their registry ids; a name the registry lacks is a warning. */
function executorsOf(
  text: string,
  draft: MeasureDraft,
  ctx: EnrichContext,
): Pick<Measure, 'executors' | 'executorIds'> {
  const executors = splitExecutors(text);
  const executorIds = executors.map((executor) => {
    const { id, entry } = ctx.executors.resolve(executor);
    if (!entry)
      ctx.diagnostics.add('executor-unlisted', { measure: draft.number, executor, id }, draft.source, 'executors');
    return id;
  });
  return { executors, executorIds };
}

/** The measure's status, and a warning when it is unknown for want of a rule or a guess. */
function statusOf(draft: MeasureDraft, ctx: EnrichContext): ReturnType<typeof measureStatus> {
  const status = measureStatus(draft.execution);
  const text = excerpt(draft.execution, 160);
  if (status.statusRule === 'unknown.no-match')
    ctx.diagnostics.add('status-unread', { measure: draft.number, text }, draft.source, 'execution');
  else if (status.statusConfidence === 'low') {
    const why =
      status.statusRule === 'completed.impersonal-past' ? 'only an impersonal past verb' : 'its clauses disagree';
    ctx.diagnostics.add(
      'status-uncertain',
      { measure: draft.number, status: status.status, why, text },
      draft.source,
      'execution',
    );
  }
  return status;
}

function warnUnreadable(text: string, field: string, draft: MeasureDraft, ctx: EnrichContext): void {
  ctx.diagnostics.add('amount-unreadable', { measure: draft.number, text }, draft.source, field);
}

function resolveRef(raw: string, draft: MeasureDraft, ctx: EnrichContext): Measure['programRefs'][number] {
  const { ref, candidates, searched } = ctx.programs.resolve(raw);
  const listed = candidates.map((c) => `${c.programId} (${c.score.toFixed(2)})`).join(', ');
  const nearest = searched ? listed || 'none' : 'not searched (the similarity search of this run reached its limit)';
  const base = { measure: draft.number, programme: raw, candidates };
  if (ref.match === 'unresolved') {
    const details = { ...base, provisionalId: ref.provisionalId, nearest };
    ctx.diagnostics.add('program-unresolved', details, draft.source, 'resources');
  } else if (ref.match === 'fuzzy') {
    const matched = `${ref.programId} (${(ref.score ?? 0).toFixed(2)})`;
    ctx.diagnostics.add('program-fuzzy-match', { ...base, nearest: matched }, draft.source, 'resources');
  }
  return ref;
}

export function mapMeasures<A, B>(priorities: readonly PriorityNode<A>[], fn: (m: A) => B): PriorityNode<B>[] {
  return priorities.map((p) => ({
    ...p,
    sectors: p.sectors.map((s) => ({ ...s, tasks: s.tasks.map((t) => ({ ...t, measures: t.measures.map(fn) })) })),
  }));
}
