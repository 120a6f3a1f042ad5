// The report tree as the structure stage hands it to enrichment: the same levels as
// the published model, with measures still drafts (executors and column 6 as printed).
import type { RowKind } from '../structure/row-kinds.js';
import type { AmountUnits } from '../structure/columns.js';
import type { StatedTotalDraft } from '../structure/totals.js';
import type { Cell } from '../rows/row.js';
import type { Measure, Priority, ReportMeta, Sector, SourcePlace, Task } from './schema.js';

/** A measure before enrichment: executors and column 6 are still the printed text. */
export type MeasureDraft = Omit<
  Measure,
  | 'executors'
  | 'executorIds'
  | 'fundingThousandUah'
  | 'fundingSource'
  | 'programRefs'
  | 'amounts'
  | 'completionPercent'
  | 'status'
  | 'statusRule'
  | 'statusPhrase'
  | 'statusConfidence'
  | 'plannedThousandUah'
  | 'actualThousandUah'
> & {
  executorsText: string;
  /** The «план» and «факт» cells as printed, null when the table has no such column. */
  plannedText: string | null;
  actualText: string | null;
  /** A «Джерело фінансування» column as printed, null when the table has none. */
  sourceText: string | null;
};
export type TaskNode<M> = Omit<Task, 'measures'> & { measures: M[] };
export type SectorNode<M> = Omit<Sector, 'tasks'> & { tasks: TaskNode<M>[] };
export type PriorityNode<M> = Omit<Priority, 'sectors'> & { sectors: SectorNode<M>[] };

/** Where every input line went: used + skipped + blank = total. */
export interface LineAccount {
  total: number;
  blank: number;
  used: number;
  skipped: number;
}

/** A row as the structure stage read it: realigned cells and the kind decided. */
export interface ClassifiedRow {
  kind: RowKind;
  cells: readonly Cell[];
  source: SourcePlace;
}

export interface ReportTree {
  meta: Omit<ReportMeta, 'totals'>;
  /** Totals rows as printed, for validation to check once amounts are read. */
  totals: StatedTotalDraft[];
  /** The unit of each money column's bare numbers, from its header. */
  units: AmountUnits;
  /** Every input row with its kind, in input order (only when asked for: it holds every cell). */
  rows: ClassifiedRow[];
  priorities: PriorityNode<MeasureDraft>[];
  lines: LineAccount;
  /** How many rows were read as each kind. */
  kinds: Partial<Record<RowKind, number>>;
}
