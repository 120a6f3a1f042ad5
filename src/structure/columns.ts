// Which column holds what, read from the header's wording rather than assumed from
// positions: a release may print «Виконання заходів» before «Відповідальний
// виконавець», add a «Примітка» column, or split a column into «план» and «факт»
// under a header of two rows. The six columns every report has (ROLES) are handed
// on in one order; any other column keeps its own role (note, planned, actual) or,
// when the tool does not know it, its header text, and is never glued to a neighbour.
import { foldLookalikeLetters } from '../text/lookalikes.js';

export type ColumnRole = 'number' | 'task' | 'measure' | 'executors' | 'execution' | 'resources';
/** Roles of columns beyond the six: a note, planned and actual amounts, a source of funds, any other (`extra`). */
export type ExtraRole = 'note' | 'planned' | 'actual' | 'source' | 'extra';

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
    role: 'planned',
    pattern: /^(?:план|заплановано|передбачено|затверджено)(?![\p{L}])|^планов/iu,
    examples: ['план', 'план, тис. грн', 'Передбачено'],
  },
  {
    role: 'actual',
    pattern: /^(?:факт|фактично|профінансовано|використано|освоєно|касові\s+видатки)(?![\p{L}])|^фактичн/iu,
    examples: ['факт', 'факт, тис. грн', 'Профінансовано'],
  },
  {
    role: 'source',
    pattern: /^джерел\p{L}*\s+фінансуван(?!.*(?:програм|обсяг|тис))/iu,
    examples: ['Джерело фінансування', 'Джерела фінансування'],
  },
  { role: 'extra', pattern: /^(?:код|кпквк|кфквк|кекв|шифр|ідентифікатор)(?![\p{L}])/iu, examples: ['Код програми'] },
];

/** A column beyond the six, with the header text it is known by. */
export interface ExtraColumn {
  column: number;
  role: ExtraRole;
  header: string;
  /** Past the columns the header names: a row wider than its table. */
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
}

/** The sample's order, for a table without a header. */
export const USUAL_ORDER: ColumnMap = {
  order: ROLES.map((_, i) => i),
  reordered: false,
  guessed: [],
  extras: [],
  width: ROLES.length,
};

/** A column's label: the text over it in each header row, top down (a spanning cell over each column it spans). */
export interface ColumnLabel {
  /** The whole label, as a reader would say it (`Обсяг фінансування, тис. грн / план`). */
  text: string;
  /** The lowest header row's own text for the column, when it has one under a spanning cell. */
  own: string;
}

const extraRoleOf = (own: string): ExtraRole | undefined => EXTRA_WORDINGS.find((w) => w.pattern.test(own))?.role;

/** Maps header labels to roles; null when too few columns read as a header to trust it. */
export function mapColumnLabels(labels: readonly ColumnLabel[]): ColumnMap | null {
  const width = Math.max(labels.length, ROLES.length);
  const byRole = new Map<ColumnRole, number>();
  const extraRoles = new Map<number, ExtraRole>();
  labels.forEach((printed, column) => {
    if (printed.text === '') return;
    // A label typed with Latin look-alike letters is read as the Cyrillic it shows.
    const label = { text: foldLookalikeLetters(printed.text).text, own: foldLookalikeLetters(printed.own).text };
    const own = extraRoleOf(label.own) ?? extraRoleOf(label.text);
    if (own) {
      extraRoles.set(column, own);
      return;
    }
    const wording = COLUMN_WORDINGS.find((w) => !byRole.has(w.role) && w.pattern.test(label.text));
    if (wording) byRole.set(wording.role, column);
  });
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
  for (const column of leftover) if (labels[column]?.text) extraRoles.set(column, 'extra');
  const extras = [...extraRoles.entries()]
    .sort(([a], [b]) => a - b)
    .map(([column, role]) => ({ column, role, header: labels[column]?.text ?? '' }));
  return { order, reordered: order.some((column, i) => column !== i), guessed, extras, width };
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
  extra: 'extra column',
};

export function roleName(role: ColumnRole | ExtraRole): string {
  return ROLE_NAMES[role];
}
