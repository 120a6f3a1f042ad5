// Places classified rows into the tree: opens priorities, sectors and tasks, and adds
// measure drafts. A row that comes before its parent is kept under an unnamed one,
// with an `orphan-row` diagnostic, never dropped. Headings are read by their meaning:
// look-alike letters folded (and said), numbering apart from the name.
import { type Diagnostics, excerpt } from '../diagnostics/diagnostics.js';
import type { SourcePlace } from '../model/schema.js';
import type { MeasureDraft, PriorityNode, SectorNode, TaskNode } from '../model/tree.js';
import { type Cell, EMPTY_CELL } from '../rows/row.js';
import { findUrls, unique } from '../text/links.js';
import { type Folded, foldLookalikeLetters } from '../text/lookalikes.js';
import { slugify } from '../text/slug.js';
import { collapseSpaces } from '../text/whitespace.js';
import { foldCell, readPriorityHeading, readSectorHeading } from './headings.js';
import { IdRegistry } from './ids.js';
import { TreeTallies } from './tree-tallies.js';
import { continueMeasure, warnContinued } from './continuation.js';
import { otherCells, textOfRole } from './measure-cells.js';
import { type MeasureNumber, parentNumber, parseMeasureNumber } from './numbering.js';
import type { ClassifyState, RowView } from './row-kinds.js';
import { rowText } from './row-repairs.js';

// «-//-», «-"-», «〃», «те саме»: the same as in the row above.
const DITTO = /^(?:[-–—]\s*\/\/\s*[-–—]|-\s*"\s*-|[〃″]|"|те\s+саме|так\s+само)$/iu;
const MAX_DITTO = 12;
const joinParts = (a: string, b: string): string => (a === '' ? b : `${a}\n${b}`);

/** A sector heading that names its priority first («Інноваційне місто: Освіта»): the sector's part. */
function withoutPriorityName(text: string, priority: string): string {
  if (priority === '' || !text.toLowerCase().startsWith(priority.toLowerCase())) return text;
  const rest = text.slice(priority.length);
  const separator = /^\s*[:–—-]\s*/u.exec(rest);
  return separator && rest.length > separator[0].length ? rest.slice(separator[0].length) : text;
}

export class TreeBuilder {
  readonly priorities: PriorityNode<MeasureDraft>[] = [];
  /** The row being placed, for messages that must say what they are about. */
  viewInHand: RowView | undefined;
  /** Measures placed so far (a totals row records where it stands). */
  measureCount = 0;
  /** The measure columns of the row above, read (ditto marks resolved), for a ditto mark below them. */
  private above: Cell[] = [];
  /** What is counted as rows come and said once the table is read. */
  readonly tallies: TreeTallies;
  private readonly ids: IdRegistry;
  private priority: PriorityNode<MeasureDraft> | undefined;
  private sector: SectorNode<MeasureDraft> | undefined;
  private task: TaskNode<MeasureDraft> | undefined;

  /** `state.awaitingGoal` is shared with the row classifier: a goal row is expected after a priority without one. */
  constructor(
    private readonly diagnostics: Diagnostics,
    private readonly state: Pick<ClassifyState, 'awaitingGoal' | 'measureOpen' | 'taskNumber'>,
  ) {
    this.ids = new IdRegistry(diagnostics);
    this.tallies = new TreeTallies(diagnostics);
  }

  get place(): { sectorId: string | null; priorityId: string | null } {
    return { sectorId: this.sector?.id ?? null, priorityId: this.priority?.id ?? null };
  }

  openPriority(printed: Cell, source: SourcePlace, goalCell?: Cell): void {
    const cell = this.folded(printed, 'priority', source);
    const read = readPriorityHeading(cell);
    const beside = goalCell && this.folded(goalCell, 'goal', source).text;
    const { heading, name, number } = read;
    const goal = beside ? [read.goal, beside].filter((g) => g !== null).join(' ') : read.goal;
    const id = this.ids.claim(slugify(name), 'priority', source);
    this.priority = { id, name, number, heading, goal, source, sectors: [] };
    this.priorities.push(this.priority);
    this.sector = undefined;
    this.task = undefined;
    this.state.awaitingGoal = goal === null;
    this.state.measureOpen = false;
    this.state.taskNumber = null;
  }

  setGoal(printed: Cell, source: SourcePlace): void {
    const priority = this.priority as PriorityNode<MeasureDraft>;
    const text = this.folded(printed, 'goal', source).text;
    // «ПРІОРИТЕТ 1» alone: the row after it is the name, and the goal comes after that.
    if (priority.name === '' && priority.number !== null) {
      priority.name = readSectorHeading(text).name;
      priority.heading = `${priority.heading} ${text}`;
      priority.id = this.ids.claim(slugify(priority.name), 'priority', source);
      return;
    }
    priority.goal = text;
    this.state.awaitingGoal = false;
  }

  openSector(printed: string, source: SourcePlace): void {
    const parent = this.ensurePriority(source);
    if (this.state.awaitingGoal) this.diagnostics.add('goal-missing', { priority: parent.name }, source);
    this.state.awaitingGoal = false;
    const text = this.folded({ ...EMPTY_CELL, text: printed }, 'sector', source).text;
    const { number, name } = readSectorHeading(withoutPriorityName(text, parent.name));
    const id = this.ids.claim(`${parent.id}/${slugify(name)}`, 'sector', source);
    this.sector = { id, name, number, heading: printed, source, tasks: [] };
    parent.sectors.push(this.sector);
    this.task = undefined;
    this.state.measureOpen = false;
    this.state.taskNumber = null;
  }

  /**
   * True when a task row repeats the open task (its number and text, as a table with
   * merged cells is exported «filled down»): its measure belongs to that task.
   */
  repeatsTask(number: string, text: string, source: SourcePlace): boolean {
    const open = this.task;
    if (open?.number !== number || collapseSpaces(open.text) !== collapseSpaces(text)) return false;
    this.tallies.taskRepeated(source);
    return true;
  }

  /** A sector named in a column of its own on every row: a new one opens where the name changes. */
  followSectorColumn(named: string | null, source: SourcePlace): void {
    if (named === null) return;
    const { name } = readSectorHeading(foldLookalikeLetters(named).text);
    if (this.sector && collapseSpaces(this.sector.name).toLowerCase() === collapseSpaces(name).toLowerCase()) return;
    this.openSector(named, source);
  }

  /** A priority is open and none of its sectors yet: a task row here lacks its sector heading. */
  get sectorMissing(): boolean {
    return this.priority !== undefined && this.sector === undefined;
  }

  openTask(number: string, text: string, source: SourcePlace): void {
    const parent = this.ensureSector(source);
    const id = this.ids.claim(`${parent.id}/t${number}`, `task ${number}`, source);
    this.task = { id, number, text, source, measures: [] };
    parent.tasks.push(this.task);
    this.state.measureOpen = false;
    this.state.taskNumber = number === '' ? null : number;
  }

  /** A measure from the row's cells in role order (number and title, executors, execution, column 6) and the rest. */
  addMeasure(view: Pick<RowView, 'cells' | 'extras'>, source: SourcePlace): void {
    if (!this.task) {
      this.orphan('measure comes before any task; kept under an unnamed task', source);
      this.openTask('', '', source);
    }
    const owner = this.task as TaskNode<MeasureDraft>;
    const sectorNode = this.sector as SectorNode<MeasureDraft>;
    const [numberCell, executorsCell, executionCell, resourcesCell] = [2, 3, 4, 5].map((i) =>
      this.dittoRead(view.cells[i] ?? EMPTY_CELL, i, source),
    ) as [Cell, Cell, Cell, Cell];
    this.above = [numberCell, executorsCell, executionCell, resourcesCell];
    // A «№ заходу» column holds the number apart from the title: read as if written before it.
    const apart = textOfRole(view.cells, view.extras, 'measure-number');
    const numbered =
      apart === null
        ? numberCell
        : { ...numberCell, text: `${apart}${/[.)]$/.test(apart) ? '' : '.'} ${numberCell.text}` };
    const parsed = this.measureNumber(numbered, owner.number, source);
    const number = parsed?.number ?? '';
    const measureCells = [numberCell, executorsCell, executionCell, resourcesCell];
    const { amountText, ...others } = otherCells(view.cells, view.extras, this.diagnostics, source);
    this.measureCount++;
    this.state.measureOpen = true;
    owner.measures.push({
      id: this.ids.claim(
        `${sectorNode.id}/${number === '' ? `t${owner.number}-?` : number}`,
        `measure ${number}`,
        source,
      ),
      number,
      parent: number === '' ? null : parentNumber(number),
      title: parsed ? parsed.rest.trim() : numbered.text,
      executorsText: executorsCell.text,
      execution: executionCell.text,
      // Column 6 split into programmes and amounts is read as one cell: its parts, one per line.
      resources: amountText === null ? resourcesCell.text : joinParts(resourcesCell.text, amountText),
      links: unique([...measureCells, ...view.cells.slice(6)].flatMap((c) => [...c.links, ...findUrls(c.text)])),
      source,
      ...others,
    });
  }

  /** The rest of the row above, broken in two: joined to the last measure, with a warning; false when none is open. */
  carryOn(view: RowView, source: SourcePlace): boolean {
    const measure = this.task?.measures[this.task.measures.length - 1];
    if (!this.task || !measure || !this.state.measureOpen) return false;
    warnContinued(this.diagnostics, measure, continueMeasure(this.task, measure, view), source);
    return true;
  }

  /** A ditto mark («-//-», «те саме») says the cell is the one above it: that cell's text, with an info. */
  private dittoRead(cell: Cell, column: number, source: SourcePlace): Cell {
    if (cell.text.length > MAX_DITTO || !DITTO.test(cell.text)) return cell;
    const above = this.above[column - 2];
    if (!above || above.text === '') return cell;
    this.diagnostics.add('ditto-mark', { mark: cell.text, column: column + 1, text: above.text }, source);
    return above;
  }

  /** The cell with look-alike letters folded, and a warning naming each word. */
  private folded(cell: Cell, what: string, source: SourcePlace): Cell {
    const { cell: read, folded } = foldCell(cell);
    if (folded.length > 0) this.warnLookalikes(what, folded, source);
    return read;
  }

  private warnLookalikes(what: string, folded: readonly Folded[], source: SourcePlace): void {
    const words = folded.map((f) => `«${f.printed}» → «${f.read}»`);
    this.diagnostics.add('lookalike-letters', { what, words }, source);
  }

  private measureNumber(numberCell: Cell, task: string, source: SourcePlace): MeasureNumber | null {
    const parsed = parseMeasureNumber(numberCell.text, { short: true });
    if (!parsed) {
      this.diagnostics.add('measure-number-missing', { text: excerpt(numberCell.text) }, source, 'measure');
      return null;
    }
    const printed = numberCell.text.slice(0, numberCell.text.length - parsed.rest.length).trim();
    if (parsed.lookalike !== null) {
      const details = { what: 'measure', printed: parsed.lookalike, number: parsed.number };
      this.diagnostics.add('number-lookalike', details, source, 'measure');
    }
    let read = parsed;
    if (parsed.lettered) {
      // A letter numbers the measure within its task by its place: the task's next measure.
      const place = String((this.task?.measures.length ?? 0) + 1);
      read = { ...parsed, number: task === '' ? place : `${task}.${place}` };
      this.diagnostics.add('measure-number-completed', { printed, task, number: read.number }, source, 'measure');
    } else if (parsed.short && task !== '') {
      read = { ...parsed, number: `${task}.${parsed.number}` };
      this.diagnostics.add('measure-number-completed', { printed, task, number: read.number }, source, 'measure');
    }
    this.tallies.numberRead();
    if (parsed.missing) {
      const what = parsed.missing === 'dot' ? 'its trailing dot' : 'the space after it';
      const shown = numberCell.text.slice(0, numberCell.text.length - parsed.rest.length + 12);
      this.tallies.numberIrregular(parsed.missing, { number: read.number, missing: what, printed: shown }, source);
    }
    return read;
  }

  private ensurePriority(source: SourcePlace): PriorityNode<MeasureDraft> {
    if (this.priority) return this.priority;
    this.orphan('row comes before any priority heading; kept under an unnamed priority', source);
    this.priority = {
      id: this.ids.claim('-', 'priority', source),
      name: '',
      number: null,
      heading: '',
      goal: null,
      source,
      sectors: [],
    };
    this.priorities.push(this.priority);
    return this.priority;
  }

  private ensureSector(source: SourcePlace): SectorNode<MeasureDraft> {
    if (this.sector) return this.sector;
    if (this.priority) this.orphan('row comes before any sector heading; kept under an unnamed sector', source);
    this.openSector('', source);
    return this.sector as unknown as SectorNode<MeasureDraft>;
  }

  private orphan(what: string, source: SourcePlace): void {
    const text = this.viewInHand ? rowText(this.viewInHand) : '';
    this.diagnostics.add('orphan-row', { what, text: excerpt(text, 120) }, source);
  }
}
