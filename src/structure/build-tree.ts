// Classifies rows and builds the report tree: priorities → sectors → tasks → measures,
// plus the title, header and footnotes. Every row ends up in the tree, in the report
// metadata, or in a diagnostic; the line accounting proves it.
import { type DiagnosticDetails, type Diagnostics, excerpt } from '../diagnostics/diagnostics.js';
import type { DiagnosticCode } from '../diagnostics/catalogue.js';
import type { ReportMeta, SourcePlace } from '../model/schema.js';
import type { ClassifiedRow, LineAccount, ReportTree } from '../model/tree.js';
import { type Cell, EMPTY_CELL, isEmptyCell, type Row } from '../rows/row.js';
import { type ColumnMap, inRoleOrder, USUAL_ORDER } from './columns.js';
import { readColumns } from './header.js';
import { splitLeadingHeading } from './headings.js';
import { parseTaskNumber } from './numbering.js';
import { finishMeta, type HeadingSeen } from './report-meta.js';
import { rowText, viewOf } from './row-repairs.js';
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

/** Rows left out of the data, each kind with the diagnostic that keeps its text (a table, not an if-chain). */
const SKIPPED: Partial<Record<RowKind, { code: DiagnosticCode; details: (view: RowView) => DiagnosticDetails }>> = {
  separator: { code: 'separator-row', details: () => ({}) },
  'repeated-header': { code: 'repeated-header', details: (v) => ({ row: rowText(v) }) },
  'column-numbers': { code: 'column-numbers-row', details: (v) => ({ row: rowText(v) }) },
  furniture: { code: 'page-furniture', details: (v) => ({ text: excerpt(rowText(v), 200) }) },
  aside: { code: 'table-not-report', details: (v) => ({ row: rowText(v, true) }) },
  unknown: { code: 'unclassified-row', details: (v) => ({ row: rowText(v, true) }) },
};

/** What the loop keeps between rows. */
interface Building {
  diagnostics: Diagnostics;
  tree: TreeBuilder;
  state: ClassifyState;
  meta: ReportMeta;
  columns: ColumnMap;
  titleLines: string[];
  titleSource: SourcePlace;
  headings: HeadingSeen[];
}

const hasEmphasis = (cell: Cell): boolean => cell.runs.some((r) => r.bold || r.underline);

type Placer = (b: Building, view: RowView, single: Cell, source: SourcePlace) => void;

/** How each kind of row that is data is placed (a table, like the row kinds). */
const PLACE: Partial<Record<RowKind, Placer>> = {
  header: (b, view, _single, source) => {
    const cells = view.cells as Cell[];
    b.state.headerSeen = true;
    b.meta.columns = view.filled.map((i) => cells[i]?.text ?? '');
    b.columns = readColumns(
      cells.map((c) => c.text),
      b.diagnostics,
      source,
    );
    // Later headers (repeated on each page) arrive in role order.
    b.state.header = inRoleOrder(cells, b.columns, EMPTY_CELL)
      .filter((c) => !isEmptyCell(c))
      .map((c) => c.text);
  },
  title: (b, _view, single, source) => {
    if (b.titleLines.length === 0) b.titleSource = source;
    b.titleLines.push(single.text);
  },
  footnote: (b, _view, single) => {
    b.meta.notes.push(single.text.replace(/^\*+\s*/u, ''));
  },
  interlude: (b, _view, single, source) => {
    b.meta.notes.push(single.text);
    b.diagnostics.add('text-outside-table', { text: excerpt(single.text, 200) }, source);
  },
  priority: (b, _view, single, source) => {
    b.state.tableStarted = true;
    b.tree.openPriority(single, source);
    b.headings.push({ source, marked: hasEmphasis(single), text: single.text });
  },
  goal: (b, _view, single, source) => {
    b.tree.setGoal(single.text);
    b.headings.push({ source, marked: hasEmphasis(single), text: single.text });
  },
  sector: (b, _view, single, source) => {
    b.state.tableStarted = true;
    b.tree.openSector(single.text, source);
    b.headings.push({ source, marked: hasEmphasis(single), text: single.text });
  },
  task: (b, view, _single, source) => {
    b.state.tableStarted = true;
    const cells = view.cells as Cell[];
    const taskCell = cells[1] as Cell;
    const split = splitLeadingHeading(taskCell);
    if (split) {
      b.diagnostics.add('sector-in-task-cell', { heading: split.heading }, source, 'task');
      b.tree.openSector(split.heading, source);
    }
    b.tree.openTask(parseTaskNumber(cells[0]?.text ?? '') ?? '', split ? split.rest : taskCell.text, source);
    if (view.filled.some((i) => i >= 2)) b.tree.addMeasure(cells, source);
  },
  measure: (b, view, _single, source) => {
    b.state.tableStarted = true;
    b.tree.addMeasure(view.cells, source);
  },
};

export function buildTree(
  rows: Iterable<Row>,
  diagnostics: Diagnostics,
  options: { keepRows?: boolean } = {},
): ReportTree {
  const state: ClassifyState = { headerSeen: false, header: [], tableStarted: false, awaitingGoal: false };
  const b: Building = {
    diagnostics,
    tree: new TreeBuilder(diagnostics, state),
    state,
    meta: { title: '', community: null, period: { year: null, months: null, label: null }, columns: [], notes: [] },
    columns: USUAL_ORDER,
    titleLines: [],
    titleSource: { line: 1 },
    headings: [],
  };
  const lines: LineAccount = { total: 0, blank: 0, used: 0, skipped: 0 };
  const kinds: Partial<Record<RowKind, number>> = {};
  const classified: ClassifiedRow[] = [];
  for (const row of rows) {
    lines.total++;
    const view = viewOf(row, diagnostics, b.columns);
    const kind = classifyRow(view, state);
    b.tree.viewInHand = view;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    const { source } = row;
    if (options.keepRows) classified.push({ kind, cells: view.cells, source });
    if (kind === 'blank') {
      lines.blank++;
      continue;
    }
    const skipped = SKIPPED[kind];
    if (skipped) {
      diagnostics.add(skipped.code, skipped.details(view), source);
      lines.skipped++;
      continue;
    }
    lines.used++;
    const single = view.filled.length === 1 ? (view.cells[view.filled[0] as number] as Cell) : EMPTY_CELL;
    PLACE[kind]?.(b, view, single, source);
  }
  const meta = finishMeta(b.meta, b.titleLines, b.titleSource, b.headings, state.headerSeen, diagnostics);
  return { meta, rows: classified, priorities: b.tree.priorities, lines, kinds };
}
