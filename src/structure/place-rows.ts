// Where each kind of row goes once it is classified: into the tree, the report's
// metadata (title, header, notes, stated totals), or a diagnostic that keeps its
// text. Tables, not if-chains: SKIPPED for the rows left out, PLACE for the rest.
import { type DiagnosticDetails, type Diagnostics, excerpt } from '../diagnostics/diagnostics.js';
import type { DiagnosticCode } from '../diagnostics/catalogue.js';
import type { SourcePlace } from '../model/schema.js';
import type { LineAccount } from '../model/tree.js';
import { type Cell, EMPTY_CELL, isEmphasized, isEmptyCell } from '../rows/row.js';
import type { ColumnMap } from './columns.js';
import { readColumns, headerLabels } from './header.js';
import { guessLeadingHeading, splitLeadingHeading } from './headings.js';
import { textOfRole } from './measure-cells.js';
import { readTaskNumber } from './numbering.js';
import type { PreambleLine } from './preamble.js';
import type { HeadingSeen } from './report-meta.js';
import { rowText } from './row-repairs.js';
import type { ClassifyState, RowKind, RowView } from './row-kinds.js';
import { readTotalRow, type StatedTotalDraft } from './totals.js';
import type { TreeBuilder } from './tree-builder.js';

/** Rows left out of the data, each kind with the diagnostic that keeps its text (a table, not an if-chain). */
export const SKIPPED: Partial<
  Record<RowKind, { code: DiagnosticCode; details: (view: RowView) => DiagnosticDetails }>
> = {
  separator: { code: 'separator-row', details: () => ({}) },
  'repeated-header': { code: 'repeated-header', details: (v) => ({ row: rowText(v) }) },
  'column-numbers': { code: 'column-numbers-row', details: (v) => ({ row: rowText(v) }) },
  furniture: { code: 'page-furniture', details: (v) => ({ text: excerpt(rowText(v), 200) }) },
  aside: { code: 'table-not-report', details: (v) => ({ row: rowText(v, true) }) },
  unknown: { code: 'unclassified-row', details: (v) => ({ row: rowText(v, true) }) },
};

/** What the loop keeps between rows. */
export interface Building {
  diagnostics: Diagnostics;
  tree: TreeBuilder;
  state: ClassifyState;
  notes: string[];
  columns: ColumnMap;
  /** The header's rows, as printed, and where it starts; its labels once it is read. */
  header: { rows: Cell[][]; source: SourcePlace } | null;
  labels: string[];
  preamble: PreambleLine[];
  /** The last row was blank (a title ends at one). */
  afterBlank: boolean;
  headings: HeadingSeen[];
  totals: StatedTotalDraft[];
  lines: LineAccount;
}

const hasEmphasis = (cell: Cell): boolean => cell.runs.some(isEmphasized);
/** The one filled cell of a heading-like row, or the texts of a row of two joined. */
const single = (view: RowView): Cell =>
  view.filled.length === 1 ? (view.cells[view.filled[0] as number] as Cell) : EMPTY_CELL;
export const lineText = (view: RowView): string => view.filled.map((i) => view.cells[i]?.text ?? '').join(' ');

type Placer = (b: Building, view: RowView, source: SourcePlace) => void;

/** The header is over: its column map read, with what it had to guess said. */
export function closeHeader(b: Building): void {
  if (!b.header || !b.state.headerOpen) return;
  b.state.headerOpen = false;
  b.columns = readColumns(b.header.rows, b.diagnostics, b.header.source);
  b.labels = headerLabels(b.header.rows);
}

/** How each kind of row that is data is placed (a table, like the row kinds). */
export const PLACE: Partial<Record<RowKind, Placer>> = {
  header: (b, view, source) => {
    b.state.headerSeen = true;
    b.state.headerOpen = true;
    b.header = { rows: [[...view.printed]], source };
    b.state.headerRows = b.header.rows;
    b.columns = readColumns(b.header.rows, null, source);
  },
  subheader: (b, view) => {
    const header = b.header as NonNullable<Building['header']>;
    header.rows.push([...view.printed]);
    b.columns = readColumns(header.rows, null, header.source);
  },
  title: (b, view, source) => {
    b.preamble.push({ text: lineText(view), source, blankBefore: b.afterBlank });
  },
  footnote: (b, view) => {
    b.notes.push(single(view).text.replace(/^\*+\s*/u, ''));
  },
  interlude: (b, view, source) => {
    b.notes.push(single(view).text);
    b.diagnostics.add('text-outside-table', { text: excerpt(single(view).text, 200) }, source);
  },
  priority: (b, view, source) => {
    b.state.tableStarted = true;
    // The heading, and its goal when written in a cell of its own beside it (cells merged per part).
    const [heading, goal] = view.filled.map((i) => view.cells[i] as Cell) as [Cell, Cell | undefined];
    b.tree.openPriority(heading, source, goal);
    b.headings.push({ source, marked: hasEmphasis(heading), text: heading.text });
  },
  goal: (b, view, source) => {
    b.tree.setGoal(single(view), source);
    b.headings.push({ source, marked: hasEmphasis(single(view)), text: single(view).text });
  },
  sector: (b, view, source) => {
    b.state.tableStarted = true;
    b.tree.openSector(single(view).text, source);
    b.headings.push({ source, marked: hasEmphasis(single(view)), text: single(view).text });
  },
  total: (b, view, source) => {
    const { label, amounts } = readTotalRow(view);
    if (amounts.length === 0) {
      // A totals row that states nothing: its words stay, in the notes.
      b.notes.push(label);
      b.diagnostics.add('text-outside-table', { text: excerpt(label, 200) }, source);
      return;
    }
    b.totals.push({ label, amounts, source, after: { measures: b.tree.measureCount, ...b.tree.place } });
  },
  task: (b, view, source) => {
    b.state.tableStarted = true;
    b.tree.followSectorColumn(textOfRole(view.cells, view.extras, 'sector'), source);
    const cells = view.cells as Cell[];
    const taskCell = cells[1] as Cell;
    const marked = splitLeadingHeading(taskCell);
    const split = marked ?? (b.tree.sectorMissing ? guessLeadingHeading(taskCell) : null);
    const printed = cells[0]?.text ?? '';
    const read = readTaskNumber(printed);
    const number = read?.number ?? '';
    const text = split ? split.rest : taskCell.text;
    if (read?.word) b.tree.tallies.taskWord(read.word, source);
    if (!b.tree.repeatsTask(number, text, source)) {
      if (split) {
        const code = marked ? 'sector-in-task-cell' : 'sector-guessed-in-task-cell';
        b.diagnostics.add(code, { heading: split.heading }, source, 'task');
        b.tree.openSector(split.heading, source);
      }
      if (read?.lookalike) b.diagnostics.add('number-lookalike', { what: 'task', printed, number }, source, 'task');
      b.tree.openTask(number, text, source);
    }
    if (view.filled.some((i) => i >= 2)) b.tree.addMeasure(view, source);
  },
  continuation: (b, view, source) => {
    if (b.tree.carryOn(view, source)) return;
    // No measure to carry on (a heading came between): the row is not understood, as any such row.
    b.lines.used -= view.lines;
    b.lines.skipped += view.lines;
    b.diagnostics.add('unclassified-row', { row: rowText(view, true) }, source);
  },
  measure: (b, view, source) => {
    b.state.tableStarted = true;
    if (!isEmptyCell(view.cells[0])) b.tree.tallies.taskRepeated(source);
    b.tree.followSectorColumn(textOfRole(view.cells, view.extras, 'sector'), source);
    b.tree.addMeasure(view, source);
  },
};

/** Places a row of any kind but blank: into the data, or left out with its diagnostic. */
export function placeRow(b: Building, kind: RowKind, view: RowView, source: SourcePlace): void {
  b.tree.viewInHand = view;
  const skipped = SKIPPED[kind];
  if (skipped) {
    b.diagnostics.add(skipped.code, skipped.details(view), source);
    b.lines.skipped += view.lines;
    return;
  }
  b.lines.used += view.lines;
  PLACE[kind]?.(b, view, source);
}
