// A measure row's cells beyond the six: the note, the planned and actual amounts as
// printed, and every other column by its header text. Nothing of them is glued to
// a neighbouring column; a cell past the header's columns is kept too, with a warning.
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { SourcePlace } from '../model/schema.js';
import { type Cell, isEmptyCell } from '../rows/row.js';
import { collapseSpaces } from '../text/whitespace.js';
import { CORE_COLUMNS, type ExtraColumn, type ExtraRole } from './columns.js';

export interface OtherCells {
  note: string | null;
  plannedText: string | null;
  actualText: string | null;
  /** A «Джерело фінансування» column, read with column 6's sources of funds. */
  sourceText: string | null;
  /** Column 6's amounts, where column 6 is split into programmes and amounts. */
  amountText: string | null;
  extra: Record<string, string>;
}

/**
 * The key each extra column is known by (null for a column read into a field): its header with
 * white space collapsed; a repeat gets ` (2)`, and so does «__proto__», which JSON readers (Zod,
 * JavaScript objects) would drop as a key. By position, so a measure and its continuation agree.
 */
export function extraKeys(extras: readonly ExtraColumn[]): Array<string | null> {
  const taken = new Set<string>();
  return extras.map((column) => {
    if (FIELD_OF[column.role] || TREE_ROLES.has(column.role)) return null;
    const base = collapseSpaces(column.header);
    let key = base;
    for (let n = 2; taken.has(key) || key === '__proto__'; n++) key = `${base} (${n})`;
    taken.add(key);
    return key;
  });
}

const joined = (a: string | null, b: string): string => (a === null ? b : `${a}\n${b}`);

/** Which field each known role's text goes to (a table); the measure number and the sector are the tree's. */
const FIELD_OF: Partial<Record<ExtraRole, 'note' | 'plannedText' | 'actualText' | 'sourceText' | 'amountText'>> = {
  note: 'note',
  planned: 'plannedText',
  actual: 'actualText',
  source: 'sourceText',
  amount: 'amountText',
};
const TREE_ROLES: ReadonlySet<ExtraRole> = new Set(['measure-number', 'sector']);

/** The text of the row's cell in a column of `role`, or null. */
export function textOfRole(cells: readonly Cell[], extras: readonly ExtraColumn[], role: ExtraRole): string | null {
  const k = extras.findIndex((e) => e.role === role);
  const cell = k < 0 ? undefined : cells[CORE_COLUMNS + k];
  return isEmptyCell(cell) ? null : (cell as Cell).text;
}

export function otherCells(
  cells: readonly Cell[],
  extras: readonly ExtraColumn[],
  diagnostics: Diagnostics,
  source: SourcePlace,
): OtherCells {
  // Keys come from the input: an object without a prototype takes any of them as data.
  const out: OtherCells = {
    note: null,
    plannedText: null,
    actualText: null,
    sourceText: null,
    amountText: null,
    extra: Object.create(null),
  };
  const unnamed: string[] = [];
  const keys = extraKeys(extras);
  extras.forEach((column, k) => {
    const cell = cells[CORE_COLUMNS + k];
    if (isEmptyCell(cell)) return;
    const text = (cell as Cell).text;
    const field = FIELD_OF[column.role];
    if (field) out[field] = joined(out[field], text);
    else if (keys[k]) out.extra[keys[k]] = text;
    if (column.surplus) unnamed.push(column.header);
  });
  if (unnamed.length > 0) diagnostics.add('extra-cells', { columns: unnamed }, source);
  return out;
}
