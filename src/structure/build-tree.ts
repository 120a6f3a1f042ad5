// Classifies rows and builds the report tree: priorities → sectors → tasks → measures,
// plus the title, header and footnotes. Every row ends up in the tree, in the report
// metadata, or in a diagnostic; the line accounting proves it.
import { type Diagnostics, excerpt } from '../diagnostics/diagnostics.js';
import type { Measure, Priority, ReportMeta, Sector, SourcePlace, Task } from '../model/schema.js';
import { EMPTY_CELL, isEmptyCell, type Cell, type Row } from '../rows/row.js';
import { findUrls, unique } from '../text/links.js';
import { slugify } from '../text/slug.js';
import { collapseSpaces } from '../text/whitespace.js';
import { parseMeasureNumber, parentNumber, parseTaskNumber } from './numbering.js';
import { classifyRow, COLUMN_COUNT, type ClassifyState, type RowKind, type RowView } from './row-kinds.js';
import { inRoleOrder, USUAL_ORDER, type ColumnMap } from './columns.js';
import { readColumns } from './header.js';
import { IdRegistry } from './ids.js';
import { readPriorityHeading, splitLeadingHeading } from './headings.js';
import { readCommunity, readPeriod } from './title.js';

/** A measure before enrichment: executors and column 6 are still the printed text. */
export type MeasureDraft = Omit<
  Measure,
  | 'executors'
  | 'fundingThousandUah'
  | 'fundingSource'
  | 'programRefs'
  | 'amounts'
  | 'completionPercent'
  | 'status'
  | 'statusRule'
  | 'statusPhrase'
> & { executorsText: string };
export type TaskNode<M> = Omit<Task, 'measures'> & { measures: M[] };
export type SectorNode<M> = Omit<Sector, 'tasks'> & { tasks: TaskNode<M>[] };
export type PriorityNode<M> = Omit<Priority, 'sectors'> & { sectors: SectorNode<M>[] };

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
  meta: ReportMeta;
  /** Every input row with its kind, in input order (only when asked for: it holds every cell). */
  rows: ClassifiedRow[];
  priorities: PriorityNode<MeasureDraft>[];
  lines: LineAccount;
  /** How many rows were read as each kind. */
  kinds: Partial<Record<RowKind, number>>;
}

function viewOf(row: Row, diagnostics: Diagnostics, columns: ColumnMap): RowView {
  let cells = row.cells;
  // A row that lost its first cell carries its measure number in the task column.
  const numbered = cells.findIndex((c) => !isEmptyCell(c));
  if (cells.length < COLUMN_COUNT && numbered === 1 && parseMeasureNumber(cells[1]?.text ?? '') !== null) {
    cells = [EMPTY_CELL, ...cells];
    diagnostics.add(
      'row-realigned',
      `row has ${row.cells.length} cells and its measure number in the task column; shifted one column right`,
      row.source,
    );
  }
  if (cells.length > COLUMN_COUNT) {
    const surplus = cells.slice(COLUMN_COUNT);
    if (surplus.some((c) => !isEmptyCell(c))) {
      const last = cells[COLUMN_COUNT - 1] ?? EMPTY_CELL;
      const joined = [last, ...surplus].filter((c) => !isEmptyCell(c));
      diagnostics.add(
        'extra-cells',
        `row has ${cells.length} cells; cells after column ${COLUMN_COUNT} joined into it`,
        row.source,
      );
      cells = [...cells.slice(0, COLUMN_COUNT - 1), joinCells(joined)];
    } else {
      cells = cells.slice(0, COLUMN_COUNT);
    }
  }
  while (cells.length < COLUMN_COUNT) cells = [...cells, EMPTY_CELL];
  cells = inRoleOrder(cells, columns, EMPTY_CELL);
  const filled: number[] = [];
  cells.forEach((c, i) => {
    if (!isEmptyCell(c)) filled.push(i);
  });
  return {
    cells,
    filled,
    ...(row.outside ? { outside: true } : {}),
    ...(row.aside ? { aside: true } : {}),
    ...(row.furniture ? { furniture: true } : {}),
  };
}

function joinCells(cells: readonly Cell[]): Cell {
  return {
    text: cells.map((c) => c.text).join(' '),
    runs: cells.flatMap((c) => c.runs),
    links: cells.flatMap((c) => c.links),
    markup: cells.some((c) => c.markup),
  };
}

/** A skipped row's full text for its diagnostic, so no word of it is lost. */
function rowText(view: RowView, numbered = false): string {
  return view.filled
    .map((i) => (numbered ? `${i + 1}: ${view.cells[i]?.text ?? ''}` : (view.cells[i]?.text ?? '')))
    .join(' | ');
}

const hasEmphasis = (cell: Cell): boolean => cell.runs.some((r) => r.bold || r.underline);

export function buildTree(
  rows: Iterable<Row>,
  diagnostics: Diagnostics,
  options: { keepRows?: boolean } = {},
): ReportTree {
  const ids = new IdRegistry(diagnostics);
  const titleLines: string[] = [];
  let titleSource: SourcePlace = { line: 1 };
  const meta: ReportMeta = {
    title: '',
    community: null,
    period: { year: null, months: null, label: null },
    columns: [],
    notes: [],
  };
  const priorities: PriorityNode<MeasureDraft>[] = [];
  const lines: LineAccount = { total: 0, blank: 0, used: 0, skipped: 0 };
  const kinds: Partial<Record<RowKind, number>> = {};
  const classified: ClassifiedRow[] = [];
  const headings: Array<{ source: SourcePlace; marked: boolean; text: string }> = [];
  const state: ClassifyState = { headerSeen: false, header: [], tableStarted: false, awaitingGoal: false };
  let columns = USUAL_ORDER;
  // The row being placed, for messages that must say what they are about.
  let viewInHand: RowView | undefined;
  const inHand = (): string => (viewInHand ? rowText(viewInHand) : '');

  let priority: PriorityNode<MeasureDraft> | undefined;
  let sector: SectorNode<MeasureDraft> | undefined;
  let task: TaskNode<MeasureDraft> | undefined;

  const openPriority = (cell: Cell, source: SourcePlace): void => {
    const { heading, name, goal } = readPriorityHeading(cell);
    priority = { id: ids.claim(slugify(name), 'priority', source), name, heading, goal, source, sectors: [] };
    priorities.push(priority);
    sector = undefined;
    task = undefined;
    state.awaitingGoal = goal === null;
  };
  const ensurePriority = (source: SourcePlace): PriorityNode<MeasureDraft> => {
    if (priority) return priority;
    diagnostics.add(
      'orphan-row',
      `row comes before any priority heading; kept under an unnamed priority: «${excerpt(inHand(), 120)}»`,
      source,
    );
    priority = { id: ids.claim('-', 'priority', source), name: '', heading: '', goal: null, source, sectors: [] };
    priorities.push(priority);
    return priority;
  };
  const openSector = (name: string, source: SourcePlace): void => {
    const parent = ensurePriority(source);
    if (state.awaitingGoal)
      diagnostics.add('goal-missing', `priority «${parent.name}» has no strategic goal before this row`, source);
    state.awaitingGoal = false;
    sector = { id: ids.claim(`${parent.id}/${slugify(name)}`, 'sector', source), name, source, tasks: [] };
    parent.sectors.push(sector);
    task = undefined;
  };
  const ensureSector = (source: SourcePlace): SectorNode<MeasureDraft> => {
    if (sector) return sector;
    if (priority)
      diagnostics.add(
        'orphan-row',
        `row comes before any sector heading; kept under an unnamed sector: «${excerpt(inHand(), 120)}»`,
        source,
      );
    openSector('', source);
    return sector as unknown as SectorNode<MeasureDraft>;
  };
  const openTask = (number: string, text: string, source: SourcePlace): void => {
    const parent = ensureSector(source);
    task = { id: ids.claim(`${parent.id}/t${number}`, `task ${number}`, source), number, text, source, measures: [] };
    parent.tasks.push(task);
  };
  const addMeasure = (cells: readonly Cell[], source: SourcePlace): void => {
    if (!task) {
      diagnostics.add(
        'orphan-row',
        `measure comes before any task; kept under an unnamed task: «${excerpt(inHand(), 120)}»`,
        source,
      );
      openTask('', '', source);
    }
    const owner = task as TaskNode<MeasureDraft>;
    const sectorNode = sector as SectorNode<MeasureDraft>;
    const [numberCell, executorsCell, executionCell, resourcesCell] = [2, 3, 4, 5].map(
      (i) => cells[i] ?? EMPTY_CELL,
    ) as [Cell, Cell, Cell, Cell];
    const parsed = parseMeasureNumber(numberCell.text);
    if (!parsed) {
      diagnostics.add(
        'measure-number-missing',
        `measure has no number: «${excerpt(numberCell.text)}»`,
        source,
        'measure',
      );
    } else if (parsed.missing) {
      const printed = numberCell.text.slice(0, numberCell.text.length - parsed.rest.length + 12);
      const what = parsed.missing === 'dot' ? 'its trailing dot' : 'the space after it';
      diagnostics.add(
        'measure-number-format',
        `measure number ${parsed.number} lacks ${what}: «${printed}…»`,
        source,
        'measure',
      );
    }
    const number = parsed?.number ?? '';
    const measureCells = [numberCell, executorsCell, executionCell, resourcesCell];
    owner.measures.push({
      id: ids.claim(`${sectorNode.id}/${number === '' ? `t${owner.number}-?` : number}`, `measure ${number}`, source),
      number,
      parent: number === '' ? null : parentNumber(number),
      title: parsed ? parsed.rest.trim() : numberCell.text,
      executorsText: executorsCell.text,
      execution: executionCell.text,
      resources: resourcesCell.text,
      links: unique(measureCells.flatMap((c) => [...c.links, ...findUrls(c.text)])),
      source,
    });
  };

  for (const row of rows) {
    lines.total++;
    const view = viewOf(row, diagnostics, columns);
    const kind = classifyRow(view, state);
    viewInHand = view;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    const { source } = row;
    if (options.keepRows) classified.push({ kind, cells: view.cells, source });
    const cells = view.cells as Cell[];
    const single = view.filled.length === 1 ? (cells[view.filled[0] as number] as Cell) : EMPTY_CELL;
    if (kind === 'blank') {
      lines.blank++;
      continue;
    }
    if (kind === 'separator') {
      diagnostics.add('separator-row', 'separator row skipped', source);
      lines.skipped++;
      continue;
    }
    if (kind === 'repeated-header') {
      diagnostics.add('repeated-header', `header row repeated after a page break; skipped: ${rowText(view)}`, source);
      lines.skipped++;
      continue;
    }
    if (kind === 'column-numbers') {
      diagnostics.add('column-numbers-row', `column-number row skipped: ${rowText(view)}`, source);
      lines.skipped++;
      continue;
    }
    if (kind === 'furniture') {
      diagnostics.add('page-furniture', `page furniture skipped: «${excerpt(rowText(view), 200)}»`, source);
      lines.skipped++;
      continue;
    }
    if (kind === 'aside') {
      diagnostics.add(
        'table-not-report',
        `row of a table that is not the report, left out: ${rowText(view, true)}`,
        source,
      );
      lines.skipped++;
      continue;
    }
    if (kind === 'unknown') {
      diagnostics.add('unclassified-row', `row not understood, left out: ${rowText(view, true)}`, source);
      lines.skipped++;
      continue;
    }
    lines.used++;
    switch (kind) {
      case 'header': {
        state.headerSeen = true;
        meta.columns = view.filled.map((i) => cells[i]?.text ?? '');
        columns = readColumns(
          cells.map((c) => c.text),
          diagnostics,
          source,
        );
        // Later headers (repeated on each page) arrive in role order.
        state.header = inRoleOrder(cells, columns, EMPTY_CELL)
          .filter((c) => !isEmptyCell(c))
          .map((c) => c.text);
        break;
      }
      case 'title':
        if (titleLines.length === 0) titleSource = source;
        titleLines.push(single.text);
        break;
      case 'footnote':
        meta.notes.push(single.text.replace(/^\*+\s*/u, ''));
        break;
      case 'interlude':
        meta.notes.push(single.text);
        diagnostics.add(
          'text-outside-table',
          `text outside the table, kept in the report's notes: «${excerpt(single.text, 200)}»`,
          source,
        );
        break;
      case 'priority':
        state.tableStarted = true;
        openPriority(single, source);
        headings.push({ source, marked: hasEmphasis(single), text: single.text });
        break;
      case 'goal':
        (priority as PriorityNode<MeasureDraft>).goal = single.text;
        state.awaitingGoal = false;
        headings.push({ source, marked: hasEmphasis(single), text: single.text });
        break;
      case 'sector':
        state.tableStarted = true;
        openSector(single.text, source);
        headings.push({ source, marked: hasEmphasis(single), text: single.text });
        break;
      case 'task': {
        state.tableStarted = true;
        const taskCell = cells[1] as Cell;
        const split = splitLeadingHeading(taskCell);
        if (split) {
          diagnostics.add(
            'sector-in-task-cell',
            `sector heading «${split.heading}» written inside the task cell; split into its own sector`,
            source,
            'task',
          );
          openSector(split.heading, source);
        }
        openTask(parseTaskNumber(cells[0]?.text ?? '') ?? '', split ? split.rest : taskCell.text, source);
        if (view.filled.some((i) => i >= 2)) addMeasure(cells, source);
        break;
      }
      case 'measure':
        state.tableStarted = true;
        addMeasure(cells, source);
        break;
    }
  }

  // Markup is only a hint; a heading without it is worth a note when others have it.
  if (headings.some((h) => h.marked)) {
    for (const h of headings.filter((x) => !x.marked)) {
      diagnostics.add(
        'heading-without-markup',
        `heading «${excerpt(h.text)}» has no bold or underline; recognised by its shape`,
        h.source,
      );
    }
  }
  if (titleLines.length === 0) diagnostics.add('title-missing', 'no title before the table', { line: 1 });
  if (!state.headerSeen) {
    diagnostics.add(
      'header-missing',
      'no header row before the data; columns read in the usual order: ' +
        '№, task, measure, executors, execution, programme or funding',
      { line: 1 },
    );
  }
  meta.title = collapseSpaces(titleLines.join(' '));
  meta.community = readCommunity(meta.title);
  meta.period = readPeriod(meta.title);
  if (meta.title !== '' && meta.period.months === null) {
    diagnostics.add(
      'period-unknown',
      `no reporting period recognised in the title «${excerpt(meta.title, 200)}»`,
      titleSource,
    );
  }
  return { meta, rows: classified, priorities, lines, kinds };
}
