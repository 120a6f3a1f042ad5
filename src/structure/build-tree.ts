// Classifies rows and builds the report tree: priorities → sectors → tasks → measures,
// plus the title, header, notes and stated totals. Every row ends up in the tree, in
// the report metadata, or in a diagnostic; the line accounting proves it.
//
// The table's extent is decided by what follows: once measures have been read, rows
// that are not data (a heading-like line, a row not understood, text between tables)
// are held until a priority, goal, task or measure shows the table goes on. If none
// does, they were the text after the table (a signature, a date, «Виконавець: …») and
// go to the notes; a sector heading with no tasks at the very end is one of them.
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { excerpt } from '../diagnostics/diagnostics.js';
import type { SourcePlace } from '../model/schema.js';
import type { ClassifiedRow, LineAccount, ReportTree } from '../model/tree.js';
import type { Row } from '../rows/row.js';
import { addCounts, describeCounts, type InvisibleCounts } from '../text/invisible.js';
import { USUAL_ORDER } from './columns.js';
import { type Building, closeHeader, lineText, placeRow } from './place-rows.js';
import { finishMeta } from './report-meta.js';
import { viewOf } from './row-repairs.js';
import { type ClassifyState, classifyRow, type RowKind, type RowView } from './row-kinds.js';
import { TreeBuilder } from './tree-builder.js';

export type {
  ClassifiedRow,
  LineAccount,
  MeasureDraft,
  PriorityNode,
  ReportTree,
  SectorNode,
  TaskNode,
} from '../model/tree.js';

/** Kinds that may be text after the table: held once measures are read, until data shows the table goes on. */
const MAY_TRAIL: ReadonlySet<RowKind> = new Set(['sector', 'unknown', 'interlude']);
/** Kinds that show the table goes on: the rows held before them are placed as what they are. */
const CONTINUES: ReadonlySet<RowKind> = new Set(['priority', 'goal', 'task', 'measure', 'continuation']);
/** Most cells a held row not understood may fill and still be a line of text after the table (a name at the right). */
const TRAILING_CELLS = 2;

interface Held {
  kind: RowKind;
  view: RowView;
  source: SourcePlace;
}

/** The rows held when the table ends: text after the table goes to the notes; totals and footnotes are placed. */
function endTable(b: Building, held: readonly Held[]): void {
  for (const h of held) {
    const trailing = MAY_TRAIL.has(h.kind) && (h.kind !== 'unknown' || h.view.filled.length <= TRAILING_CELLS);
    if (!trailing) {
      placeRow(b, h.kind, h.view, h.source);
      continue;
    }
    const text = lineText(h.view);
    b.lines.used += h.view.lines;
    b.notes.push(text);
    b.diagnostics.add('text-after-table', { text: excerpt(text, 200) }, h.source);
  }
}

/** Counts the invisible characters cleaning removed from a row's cells; the first place is kept for the message. */
function countInvisible(row: Row, counts: InvisibleCounts, first: { at: SourcePlace | null }): void {
  for (const cell of row.cells) {
    if (!cell.invisible) continue;
    addCounts(counts, cell.invisible);
    first.at ??= row.source;
  }
}

export function buildTree(
  rows: Iterable<Row>,
  diagnostics: Diagnostics,
  options: { keepRows?: boolean } = {},
): ReportTree {
  const state: ClassifyState = {
    headerSeen: false,
    headerRows: [],
    headerOpen: false,
    tableStarted: false,
    awaitingGoal: false,
    measureOpen: false,
    taskNumber: null,
  };
  const lines: LineAccount = { total: 0, blank: 0, used: 0, skipped: 0 };
  const b: Building = {
    diagnostics,
    tree: new TreeBuilder(diagnostics, state),
    state,
    notes: [],
    columns: USUAL_ORDER,
    header: null,
    labels: [],
    preamble: [],
    afterBlank: false,
    headings: [],
    totals: [],
    lines,
  };
  const kinds: Partial<Record<RowKind, number>> = {};
  const classified: ClassifiedRow[] = [];
  const invisible: InvisibleCounts = {};
  const firstInvisible: { at: SourcePlace | null } = { at: null };
  let held: Held[] = [];
  for (const row of rows) {
    countInvisible(row, invisible, firstInvisible);
    const view = viewOf(row, diagnostics, b.columns);
    lines.total += view.lines;
    const kind = classifyRow(view, state);
    if (state.headerOpen && kind !== 'subheader' && kind !== 'blank') closeHeader(b);
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    const { source } = row;
    if (options.keepRows) classified.push({ kind, cells: view.cells, source });
    if (kind === 'blank') {
      lines.blank += view.lines;
      b.afterBlank = true;
      continue;
    }
    b.afterBlank = false;
    // A separator or a header printed again closes the row above: what follows starts afresh.
    if (kind === 'separator' || kind === 'repeated-header' || kind === 'column-numbers') state.measureOpen = false;
    if (held.length > 0 || (b.tree.measureCount > 0 && MAY_TRAIL.has(kind))) {
      if (!CONTINUES.has(kind)) {
        held.push({ kind, view, source });
        // Something stands between the last measure and what follows: no row carries it on.
        state.measureOpen = false;
        continue;
      }
      for (const h of held) placeRow(b, h.kind, h.view, h.source);
      held = [];
    }
    placeRow(b, kind, view, source);
  }
  closeHeader(b);
  endTable(b, held);
  b.tree.tallies.report();
  if (firstInvisible.at) {
    diagnostics.add('invisible-characters', describeCounts(invisible), firstInvisible.at);
  }
  const meta = finishMeta(b, diagnostics);
  const units = b.columns.units;
  return { meta, totals: b.totals, units, rows: classified, priorities: b.tree.priorities, lines, kinds };
}
