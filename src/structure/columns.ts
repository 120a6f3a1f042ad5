// Which column holds what, read from the header's wording rather than assumed from
// positions: a release may print «Виконання заходів» before «Відповідальний
// виконавець», add a «Примітка» column, or split a column into «план» and «факт»
// under a header of two rows. The six columns every report has (ROLES) are handed
// on in one order; any other column keeps its own role (note, planned, actual) or,
// when the tool does not know it, its header text, and is never glued to a neighbour.
import { foldLookalikeLetters } from '../text/lookalikes.js';
import { LETTER, WORD_END, WORD_START } from '../text/letters.js';
import { splitTrimmed } from '../text/edges.js';

export type ColumnRole = 'number' | 'task' | 'measure' | 'executors' | 'execution' | 'resources';
/**
 * Roles of columns beyond the six: a note, planned and actual amounts, a source of funds,
 * the measure's number in a cell of its own, the sector named on every row, any other (`extra`).
 */
export type ExtraRole = 'note' | 'planned' | 'actual' | 'source' | 'amount' | 'measure-number' | 'sector' | 'extra';

/** The order every later stage reads the six columns in (the order of the sample release). */
export const ROLES: readonly ColumnRole[] = ['number', 'task', 'measure', 'executors', 'execution', 'resources'];
/** The six columns every report has; cells past them in a row view are the other columns. */
export const CORE_COLUMNS = ROLES.length;

/** How each column's header is worded, as data: the first wording that fits a label, and is not yet taken, names it. */
export const COLUMN_WORDINGS: ReadonlyArray<{ role: ColumnRole; pattern: RegExp; examples: readonly string[] }> = [
  { role: 'number', pattern: /^(?:№|n°|номер|п\/п)|з\/п/iu, examples: ['№ з/п', '№', 'п/п'] },
  {
    role: 'task',
    pattern: /^(?:назва\s+|найменування\s+|зміст\s+)?завдан/iu,
    examples: ['Завдання', 'Назва завдання', 'Найменування завдання'],
  },
  {
    role: 'measure',
    pattern: /^(?:назва\s+|найменування\s+|перелік\s+|зміст\s+|опис\s+)?(?:заход|захід)/iu,
    examples: ['Заходи', 'Найменування заходу', 'Зміст заходу', 'Захід'],
  },
  {
    role: 'executors',
    pattern: /виконавц|виконавець|відповідальн/iu,
    examples: ['Відповідальний виконавець', 'Виконавці', 'Відповідальні'],
  },
  {
    role: 'execution',
    pattern: /^(?:стан\s+|інформація\s+про\s+|хід\s+|результати?\s+)?(?:виконанн|реалізаці)|^виконано|^результат/iu,
    examples: ['Виконання заходів', 'Стан виконання', 'Інформація про виконання', 'Стан реалізації'],
  },
  {
    role: 'resources',
    pattern: /програм|фінансуван|фінансов|обсяг|тис\.?\s*грн|кошт/iu,
    examples: ['Назва міської цільової програми … або обсяг фінансових ресурсів, тис. грн', 'Обсяг фінансування'],
  },
];

/**
 * Wordings of the other columns a release may add, tried before the six on a
 * column's own label (a sub-column's «план» decides, whatever spans over it). A
 * code or a source of funds names a programme or money too, but is neither.
 */
export const EXTRA_WORDINGS: ReadonlyArray<{ role: ExtraRole; pattern: RegExp; examples: string[] }> = [
  { role: 'note', pattern: /^примітк/iu, examples: ['Примітка', 'Примітки'] },
  {
    role: 'measure-number',
    pattern: /^(?:№|номер)\s*(?:з\/п\s+)?(?:заход|захід)/iu,
    examples: ['№ заходу', 'Номер заходу'],
  },
  {
    role: 'sector',
    pattern: /^(?:сфера|сектор|галузь|напрям(?:ок)?)(?:\s+діяльності)?$/iu,
    examples: ['Сфера', 'Галузь', 'Сектор'],
  },
  {
    role: 'planned',
    pattern: new RegExp(`^(?:план|заплановано|передбачено|затверджено)${WORD_END}|^планов`, 'iu'),
    examples: ['план', 'план, тис. грн', 'Передбачено'],
  },
  {
    role: 'actual',
    pattern: new RegExp(
      String.raw`^(?:факт|фактично|профінансовано|використано|освоєно|касові\s+видатки)${WORD_END}|^фактичн`,
      'iu',
    ),
    examples: ['факт', 'факт, тис. грн', 'Профінансовано'],
  },
  {
    role: 'source',
    pattern: new RegExp(String.raw`^джерел[${LETTER}]*\s+фінансуван(?!.*(?:програм|обсяг|тис))`, 'iu'),
    examples: ['Джерело фінансування', 'Джерела фінансування'],
  },
  {
    role: 'extra',
    pattern: new RegExp(`^(?:код|кпквк|кфквк|кекв|шифр|ідентифікатор)${WORD_END}`, 'iu'),
    examples: ['Код програми'],
  },
];

/** A column beyond the six, with the header text it is known by. */
export interface ExtraColumn {
  column: number;
  role: ExtraRole;
  header: string;
  /** A column the header does not name: past its columns (a row wider than its table), or one it left blank. */
  surplus?: boolean;
}

export interface ColumnMap {
  /** For each role in ROLES order, the printed column it is read from (-1: none). */
  order: readonly number[];
  /** True when the printed order is not ROLES order. */
  reordered: boolean;
  /** Roles no header cell named: read from the columns left over, in the usual order. */
  guessed: ReadonlyArray<{ role: ColumnRole; column: number; header: string }>;
  /** The columns beyond the six, by printed position. */
  extras: readonly ExtraColumn[];
  /** How many printed columns the header defines (six without a header). */
  width: number;
  /** The unit of each money column's bare numbers, as its header names it: powers of ten from thousand UAH. */
  units: AmountUnits;
  /**
   * Columns that hold two roles, their header naming both («Відповідальний виконавець /
   * стан виконання»): the cell's first paragraph is the first role's, the rest the second's.
   */
  shared?: ReadonlyArray<{ column: number; first: ColumnRole; second: ColumnRole }>;
}

/** Powers of ten from thousand UAH: 0 for «тис. грн» (the report's own unit), -3 for «грн», 3 for «млн грн». */
export interface AmountUnits {
  resources: number;
  planned: number;
  actual: number;
}

export const THOUSANDS: AmountUnits = Object.freeze({ resources: 0, planned: 0, actual: 0 });

/** The unit a label names for its amounts (a data table), or null when it names none. */
const UNIT_WORDINGS: ReadonlyArray<{ pattern: RegExp; exponent: number }> = [
  { pattern: new RegExp(`${WORD_START}(?:млрд|мільярд)`, 'iu'), exponent: 6 },
  { pattern: new RegExp(`${WORD_START}(?:млн|мільйон)`, 'iu'), exponent: 3 },
  { pattern: new RegExp(`${WORD_START}(?:тис|тисяч)`, 'iu'), exponent: 0 },
  { pattern: new RegExp(`${WORD_START}(?:грн|гривень|гривні|uah)${WORD_END}`, 'iu'), exponent: -3 },
];
export function unitOf(label: string): number | null {
  return UNIT_WORDINGS.find((u) => u.pattern.test(label))?.exponent ?? null;
}

/** The sample's order, for a table without a header. */
export const USUAL_ORDER: ColumnMap = {
  order: ROLES.map((_, i) => i),
  reordered: false,
  guessed: [],
  extras: [],
  width: ROLES.length,
  units: THOUSANDS,
};

/** A column's label: the text over it in each header row, top down (a spanning cell over each column it spans). */
export interface ColumnLabel {
  /** The whole label, as a reader would say it (`Обсяг фінансування, тис. грн / план`). */
  text: string;
  /** The lowest header row's own text for the column, when it has one under a spanning cell. */
  own: string;
}

const extraRoleOf = (own: string): ExtraRole | undefined => EXTRA_WORDINGS.find((w) => w.pattern.test(own))?.role;

const coreRoleOf = (text: string, taken: ReadonlyMap<ColumnRole, number>): ColumnRole | undefined =>
  COLUMN_WORDINGS.find((w) => !taken.has(w.role) && w.pattern.test(text))?.role;

/** A label naming two roles apart by a slash («Відповідальний виконавець / стан виконання»), or null. */
function twoRoles(text: string, taken: ReadonlyMap<ColumnRole, number>): [ColumnRole, ColumnRole] | null {
  if (!text.includes('/')) return null;
  const parts = splitTrimmed(text, /\//).filter((p) => /[a-zа-яёіїєґ]{3}/i.test(p));
  if (parts.length !== 2) return null;
  const first = coreRoleOf(parts[0] as string, taken);
  const second = first && coreRoleOf(parts[1] as string, new Map([...taken, [first, -1]]));
  return first && second ? [first, second] : null;
}

/** Each label's role: one of the six, one of the others, or two of the six in one column. */
function rolesOf(labels: readonly ColumnLabel[]) {
  const byRole = new Map<ColumnRole, number>();
  const extraRoles = new Map<number, ExtraRole>();
  const shared: Array<{ column: number; first: ColumnRole; second: ColumnRole }> = [];
  labels.forEach((printed, column) => {
    if (printed.text === '') return;
    // A label typed with Latin look-alike letters is read as the Cyrillic it shows.
    const label = { text: foldLookalikeLetters(printed.text).text, own: foldLookalikeLetters(printed.own).text };
    const own = extraRoleOf(label.own) ?? extraRoleOf(label.text);
    if (own) {
      extraRoles.set(column, own);
      return;
    }
    const two = label.own === label.text ? twoRoles(label.text, byRole) : null;
    if (two) {
      for (const role of two) byRole.set(role, column);
      shared.push({ column, first: two[0], second: two[1] });
      return;
    }
    const role = coreRoleOf(label.text, byRole);
    if (role) byRole.set(role, column);
    // Column 6 split in two, programmes and amounts («Обсяг фінансових ресурсів, тис. грн»): the amounts' column.
    else if (byRole.has('resources') && coreRoleOf(label.text, new Map()) === 'resources')
      extraRoles.set(column, 'amount');
  });
  return { byRole, extraRoles, shared };
}

/** Maps header labels to roles; null when too few columns read as a header to trust it. */
export function mapColumnLabels(labels: readonly ColumnLabel[]): ColumnMap | null {
  // A header is mapped when found, while its rows come and when it closes: the same labels, read once.
  const key = labels.map((l) => `${l.text}\u0000${l.own}`).join('\u0001');
  const known = MAPPED.get(key);
  if (known !== undefined) return known;
  const map = mapLabels(labels);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: how much the cache keeps changes no output
  if (MAPPED.size >= 100) MAPPED.clear();
  MAPPED.set(key, map);
  return map;
}

const MAPPED = new Map<string, ColumnMap | null>();

function mapLabels(labels: readonly ColumnLabel[]): ColumnMap | null {
  const width = Math.max(labels.length, ROLES.length);
  const { byRole, extraRoles, shared } = rolesOf(labels);
  // A source-of-funds column is column 6 itself when no other column names programmes or amounts.
  if (!byRole.has('resources')) {
    const source = [...extraRoles].find(([, role]) => role === 'source');
    if (source) {
      extraRoles.delete(source[0]);
      byRole.set('resources', source[0]);
    }
  }
  if (byRole.size < 3) return null;
  const taken = new Set(byRole.values());
  const named = (i: number) => taken.has(i) || extraRoles.has(i);
  // Unnamed columns fill the roles left over, in the usual order; past those they are extra columns.
  const leftover = Array.from({ length: width }, (_, i) => i).filter((i) => !named(i));
  const guessed: Array<{ role: ColumnRole; column: number; header: string }> = [];
  const order = ROLES.map((role) => {
    const found = byRole.get(role);
    if (found !== undefined) return found;
    const column = leftover.shift() ?? -1;
    guessed.push({ role, column, header: labels[column]?.text ?? '' });
    return column;
  });
  // The columns left over are kept apart: by their header text, or (a header left blank) by position.
  for (const column of leftover) extraRoles.set(column, 'extra');
  const extras = [...extraRoles.entries()]
    .sort(([a], [b]) => a - b)
    .map(([column, role]) => {
      const header = labels[column]?.text ?? '';
      return header === '' ? { column, role, header: `column ${column + 1}`, surplus: true } : { column, role, header };
    });
  const unitFor = (column: number | undefined) => (column === undefined ? null : unitOf(labels[column]?.text ?? ''));
  const units: AmountUnits = {
    resources:
      unitFor(extras.find((e) => e.role === 'amount')?.column) ?? unitFor(order[ROLES.indexOf('resources')]) ?? 0,
    planned: unitFor(extras.find((e) => e.role === 'planned')?.column) ?? 0,
    actual: unitFor(extras.find((e) => e.role === 'actual')?.column) ?? 0,
  };
  const reordered = order.some((column, i) => column !== i);
  return { order, reordered, guessed, extras, width, units, ...(shared.length > 0 ? { shared } : {}) };
}

/** Maps a one-row header's cell texts to roles; null when too few cells read as a header. */
export function mapColumns(header: readonly string[]): ColumnMap | null {
  return mapColumnLabels(header.map((raw) => ({ text: raw.trim(), own: raw.trim() })));
}

/**
 * Where each role's text is in rows printed in the header's order (for readers that
 * stitch rows before the structure stage).
 */
export function columnOf(map: ColumnMap, role: ColumnRole): number {
  return map.order[ROLES.indexOf(role)] ?? ROLES.indexOf(role);
}

const ROLE_NAMES: Record<ColumnRole | ExtraRole, string> = {
  number: 'number',
  task: 'task',
  measure: 'measure',
  executors: 'executors',
  execution: 'execution',
  resources: 'programme or funding',
  note: 'note',
  planned: 'planned amount',
  actual: 'actual amount',
  source: 'source of funds',
  amount: 'amounts of column 6',
  'measure-number': 'measure number',
  sector: 'sector',
  extra: 'extra column',
};

export function roleName(role: ColumnRole | ExtraRole): string {
  return ROLE_NAMES[role];
}
