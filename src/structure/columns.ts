// Which column holds what, read from the header row's wording rather than assumed
// from positions: a release may print «Виконання заходів» before «Відповідальний
// виконавець». The rest of the pipeline sees the columns in one order (ROLES);
// a header it cannot read leaves the sample's order, and says which columns were guessed.

export type ColumnRole = 'number' | 'task' | 'measure' | 'executors' | 'execution' | 'resources';

/** The order every later stage reads the columns in (the order of the sample release). */
export const ROLES: readonly ColumnRole[] = ['number', 'task', 'measure', 'executors', 'execution', 'resources'];

/** How each column's header is worded, as data: the first wording that fits a cell, and is not yet taken, names it. */
export const COLUMN_WORDINGS: ReadonlyArray<{ role: ColumnRole; pattern: RegExp; examples: readonly string[] }> = [
  { role: 'number', pattern: /^(?:№|n°|номер|п\/п)|з\/п/iu, examples: ['№ з/п', '№', 'п/п'] },
  { role: 'task', pattern: /^(?:назва\s+|найменування\s+)?завдан/iu, examples: ['Завдання', 'Назва завдання'] },
  {
    role: 'measure',
    pattern: /^(?:назва\s+|найменування\s+|перелік\s+)?заход/iu,
    examples: ['Заходи', 'Найменування заходу'],
  },
  {
    role: 'executors',
    pattern: /виконавц|виконавець|відповідальн/iu,
    examples: ['Відповідальний виконавець', 'Виконавці'],
  },
  {
    role: 'execution',
    pattern: /^(?:стан\s+|інформація\s+про\s+|хід\s+|результати?\s+)?виконанн|^виконано|^результат/iu,
    examples: ['Виконання заходів', 'Стан виконання', 'Інформація про виконання'],
  },
  {
    role: 'resources',
    pattern: /програм|фінансуван|фінансов|обсяг|тис\.?\s*грн|кошт/iu,
    examples: ['Назва міської цільової програми … або обсяг фінансових ресурсів, тис. грн', 'Обсяг фінансування'],
  },
];

export interface ColumnMap {
  /** For each role in ROLES order, the printed column it is read from. */
  order: readonly number[];
  /** True when the printed order is not ROLES order. */
  reordered: boolean;
  /** Roles no header cell named: read from the columns left over, in the usual order. */
  guessed: ReadonlyArray<{ role: ColumnRole; column: number; header: string }>;
}

/** The sample's order, for a table without a header. */
export const USUAL_ORDER: ColumnMap = { order: ROLES.map((_, i) => i), reordered: false, guessed: [] };

/** Maps a header row's cell texts to roles; null when too few cells read as a header to trust it. */
export function mapColumns(header: readonly string[]): ColumnMap | null {
  const width = Math.max(header.length, ROLES.length);
  const byRole = new Map<ColumnRole, number>();
  header.forEach((raw, column) => {
    const text = raw.trim();
    if (text === '') return;
    const wording = COLUMN_WORDINGS.find((w) => !byRole.has(w.role) && w.pattern.test(text));
    if (wording) byRole.set(wording.role, column);
  });
  if (byRole.size < 3) return null;
  const taken = new Set(byRole.values());
  const leftover = Array.from({ length: width }, (_, i) => i).filter((i) => !taken.has(i));
  const guessed: Array<{ role: ColumnRole; column: number; header: string }> = [];
  const order = ROLES.map((role) => {
    const found = byRole.get(role);
    if (found !== undefined) return found;
    const column = leftover.shift() ?? -1;
    guessed.push({ role, column, header: header[column]?.trim() ?? '' });
    return column;
  });
  return { order, reordered: order.some((column, i) => column !== i), guessed };
}

/** A row's cells in ROLES order; cells outside the map (a seventh column) stay after them. */
export function inRoleOrder<T>(cells: readonly T[], map: ColumnMap, empty: T): T[] {
  if (!map.reordered) return cells as T[];
  const used = new Set(map.order);
  const out = map.order.map((column) => (column < 0 ? empty : (cells[column] ?? empty)));
  cells.forEach((cell, i) => {
    if (!used.has(i)) out.push(cell);
  });
  return out;
}

/**
 * Where each role's text is in rows printed in the header's order (for readers that
 * stitch rows before the structure stage).
 */
export function columnOf(map: ColumnMap, role: ColumnRole): number {
  return map.order[ROLES.indexOf(role)] ?? ROLES.indexOf(role);
}

const ROLE_NAMES: Record<ColumnRole, string> = {
  number: 'number',
  task: 'task',
  measure: 'measure',
  executors: 'executors',
  execution: 'execution',
  resources: 'programme or funding',
};

export function roleName(role: ColumnRole): string {
  return ROLE_NAMES[role];
}
