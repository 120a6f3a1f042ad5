// A totals row states what the measures above it add up to. Once their amounts are
// read, each stated sum is compared, exactly, with the spans it may close: the
// measures since the previous totals row, its sector, its priority, the whole table
// above it. Equal to one: an info naming which. Equal to none: an error, since a
// measure or an amount was lost or the total is wrong.
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { type Decimal, fromNumber, sum, toNumber } from '../enrich/decimal.js';
import { readFundingCell } from '../enrich/funding.js';
import type { Measure, Priority, StatedTotal } from '../model/schema.js';
import { type AmountUnits, THOUSANDS } from '../structure/columns.js';
import type { StatedTotalDraft, TotalColumn } from '../structure/totals.js';

interface Placed {
  measure: Measure;
  sectorId: string;
  priorityId: string;
}

const AMOUNT_OF: Record<TotalColumn, (m: Measure) => number | null> = {
  funding: (m) => m.fundingThousandUah,
  planned: (m) => m.plannedThousandUah,
  actual: (m) => m.actualThousandUah,
};

const SCOPE_WORDS: Record<NonNullable<StatedTotal['scope']>, string> = {
  'since-previous-total': 'the measures since the previous totals row',
  sector: 'its sector',
  priority: 'its priority',
  report: 'all the measures above it',
};

function placed(priorities: readonly Priority[]): Placed[] {
  return priorities.flatMap((p) =>
    p.sectors.flatMap((s) =>
      s.tasks.flatMap((t) => t.measures.map((measure) => ({ measure, sectorId: s.id, priorityId: p.id }))),
    ),
  );
}

const total = (list: readonly Placed[], column: TotalColumn): Decimal =>
  sum(
    list.flatMap(({ measure }) => {
      const value = AMOUNT_OF[column](measure);
      return value === null ? [] : [fromNumber(value)];
    }),
  );

/** The spans a totals row may close, narrowest first. */
function spans(all: readonly Placed[], draft: StatedTotalDraft, previous: number) {
  const above = all.slice(0, draft.after.measures);
  return [
    { scope: 'since-previous-total' as const, measures: above.slice(previous), use: previous > 0 },
    { scope: 'sector' as const, measures: above.filter((p) => p.sectorId === draft.after.sectorId), use: true },
    { scope: 'priority' as const, measures: above.filter((p) => p.priorityId === draft.after.priorityId), use: true },
    { scope: 'report' as const, measures: above, use: true },
  ].filter((s) => s.use);
}

/** Each stated total checked against the measures, with its diagnostic. */
export function checkTotals(
  drafts: readonly StatedTotalDraft[],
  priorities: readonly Priority[],
  diagnostics: Diagnostics,
  units: AmountUnits = THOUSANDS,
): StatedTotal[] {
  const all = placed(priorities);
  const out: StatedTotal[] = [];
  let previous = 0;
  for (const draft of drafts) {
    for (const { column, text } of draft.amounts) {
      const stated = readFundingCell(text, units[column === 'funding' ? 'resources' : column]).total;
      const candidates = spans(all, draft, previous).map((s) => ({ ...s, sum: total(s.measures, column) }));
      const match = stated === null ? undefined : candidates.find((c) => c.sum === fromNumber(stated));
      const whole = candidates[candidates.length - 1] as (typeof candidates)[number];
      const computed = toNumber(match?.sum ?? whole.sum);
      const base = { label: draft.label, stated: stated === null ? text : stated, column };
      if (match) diagnostics.add('total-matches', { ...base, scope: SCOPE_WORDS[match.scope] }, draft.source);
      else diagnostics.add('total-mismatch', { ...base, computed }, draft.source, column);
      out.push({
        label: draft.label,
        column,
        thousandUah: stated,
        computedThousandUah: computed,
        scope: match?.scope ?? null,
        source: draft.source,
      });
    }
    previous = draft.after.measures;
  }
  return out;
}
