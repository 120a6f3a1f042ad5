// Places classified rows into the tree: opens priorities, sectors and tasks, and adds
// measure drafts. A row that comes before its parent is kept under an unnamed one,
// with an `orphan-row` diagnostic, never dropped.
import { type Diagnostics, excerpt } from '../diagnostics/diagnostics.js';
import type { SourcePlace } from '../model/schema.js';
import type { MeasureDraft, PriorityNode, SectorNode, TaskNode } from '../model/tree.js';
import { type Cell, EMPTY_CELL } from '../rows/row.js';
import { findUrls, unique } from '../text/links.js';
import { slugify } from '../text/slug.js';
import { readPriorityHeading } from './headings.js';
import { IdRegistry } from './ids.js';
import { parentNumber, parseMeasureNumber } from './numbering.js';
import type { ClassifyState, RowView } from './row-kinds.js';
import { rowText } from './row-repairs.js';

export class TreeBuilder {
  readonly priorities: PriorityNode<MeasureDraft>[] = [];
  /** The row being placed, for messages that must say what they are about. */
  viewInHand: RowView | undefined;
  private readonly ids: IdRegistry;
  private priority: PriorityNode<MeasureDraft> | undefined;
  private sector: SectorNode<MeasureDraft> | undefined;
  private task: TaskNode<MeasureDraft> | undefined;

  /** `state.awaitingGoal` is shared with the row classifier: a goal row is expected after a priority without one. */
  constructor(
    private readonly diagnostics: Diagnostics,
    private readonly state: Pick<ClassifyState, 'awaitingGoal'>,
  ) {
    this.ids = new IdRegistry(diagnostics);
  }

  openPriority(cell: Cell, source: SourcePlace): void {
    const { heading, name, goal } = readPriorityHeading(cell);
    this.priority = { id: this.ids.claim(slugify(name), 'priority', source), name, heading, goal, source, sectors: [] };
    this.priorities.push(this.priority);
    this.sector = undefined;
    this.task = undefined;
    this.state.awaitingGoal = goal === null;
  }

  setGoal(text: string): void {
    (this.priority as PriorityNode<MeasureDraft>).goal = text;
    this.state.awaitingGoal = false;
  }

  openSector(name: string, source: SourcePlace): void {
    const parent = this.ensurePriority(source);
    if (this.state.awaitingGoal) this.diagnostics.add('goal-missing', { priority: parent.name }, source);
    this.state.awaitingGoal = false;
    this.sector = { id: this.ids.claim(`${parent.id}/${slugify(name)}`, 'sector', source), name, source, tasks: [] };
    parent.sectors.push(this.sector);
    this.task = undefined;
  }

  openTask(number: string, text: string, source: SourcePlace): void {
    const parent = this.ensureSector(source);
    const id = this.ids.claim(`${parent.id}/t${number}`, `task ${number}`, source);
    this.task = { id, number, text, source, measures: [] };
    parent.tasks.push(this.task);
  }

  /** A measure from the row's cells in role order (number and title, executors, execution, column 6). */
  addMeasure(cells: readonly Cell[], source: SourcePlace): void {
    if (!this.task) {
      this.orphan('measure comes before any task; kept under an unnamed task', source);
      this.openTask('', '', source);
    }
    const owner = this.task as TaskNode<MeasureDraft>;
    const sectorNode = this.sector as SectorNode<MeasureDraft>;
    const [numberCell, executorsCell, executionCell, resourcesCell] = [2, 3, 4, 5].map(
      (i) => cells[i] ?? EMPTY_CELL,
    ) as [Cell, Cell, Cell, Cell];
    const parsed = this.measureNumber(numberCell, source);
    const number = parsed?.number ?? '';
    const measureCells = [numberCell, executorsCell, executionCell, resourcesCell];
    owner.measures.push({
      id: this.ids.claim(
        `${sectorNode.id}/${number === '' ? `t${owner.number}-?` : number}`,
        `measure ${number}`,
        source,
      ),
      number,
      parent: number === '' ? null : parentNumber(number),
      title: parsed ? parsed.rest.trim() : numberCell.text,
      executorsText: executorsCell.text,
      execution: executionCell.text,
      resources: resourcesCell.text,
      links: unique(measureCells.flatMap((c) => [...c.links, ...findUrls(c.text)])),
      source,
    });
  }

  private measureNumber(numberCell: Cell, source: SourcePlace): ReturnType<typeof parseMeasureNumber> {
    const parsed = parseMeasureNumber(numberCell.text);
    if (!parsed) {
      this.diagnostics.add('measure-number-missing', { text: excerpt(numberCell.text) }, source, 'measure');
    } else if (parsed.missing) {
      const printed = numberCell.text.slice(0, numberCell.text.length - parsed.rest.length + 12);
      const what = parsed.missing === 'dot' ? 'its trailing dot' : 'the space after it';
      const details = { number: parsed.number, missing: what, printed };
      this.diagnostics.add('measure-number-format', details, source, 'measure');
    }
    return parsed;
  }

  private ensurePriority(source: SourcePlace): PriorityNode<MeasureDraft> {
    if (this.priority) return this.priority;
    this.orphan('row comes before any priority heading; kept under an unnamed priority', source);
    this.priority = {
      id: this.ids.claim('-', 'priority', source),
      name: '',
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
