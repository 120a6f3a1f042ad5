// The header rows read into the column map. A header may take two or three rows: a
// cell spanning several columns («Обсяг фінансування, тис. грн») over sub-columns
// («план», «факт»), or a label wrapped onto the next row. Each column's label is put
// together top down, then mapped to a role; what had to be guessed, or was found in
// another order than usual, is said.
import { type Diagnostics, excerpt } from '../diagnostics/diagnostics.js';
import type { SourcePlace } from '../model/schema.js';
import { type Cell, isEmptyCell } from '../rows/row.js';
import {
  type ColumnLabel,
  type ColumnMap,
  type ColumnRole,
  mapColumnLabels,
  ROLES,
  roleName,
  USUAL_ORDER,
} from './columns.js';

/** The text over each column in the top row: a cell spanning several columns stands over each of them. */
function topLabels(top: readonly Cell[], below: readonly (readonly Cell[])[], width: number) {
  const texts: string[] = [];
  const group: boolean[] = [];
  const hasOwn = (c: number) => below.some((r) => !isEmptyCell(r[c]));
  for (let c = 0; c < width; c++) {
    const cell = top[c];
    const left = c - 1;
    // A span's continuation, or (in a text export, which cannot span) an empty cell over a sub-column.
    const continues = cell?.spanned === true || ((cell?.text ?? '') === '' && hasOwn(c) && hasOwn(left));
    if (continues && left >= 0 && texts[left] !== '') {
      texts.push(texts[left] as string);
      group[left] = true;
      group.push(true);
    } else {
      texts.push(cell?.spanned ? '' : (cell?.text ?? ''));
      group.push(false);
    }
  }
  return { texts, group };
}

/** Each printed column's label, from the header's rows (the first row and those continuing it). */
export function columnLabels(rows: readonly (readonly Cell[])[]): ColumnLabel[] {
  const [top = [], ...below] = rows;
  const width = Math.max(0, ...rows.map((r) => r.length));
  const { texts, group } = topLabels(top, below, width);
  return texts.map((text, c) => {
    const lower = below.map((r) => r[c]).filter((cell): cell is Cell => !isEmptyCell(cell));
    const own = lower.map((cell) => cell.text).join(' ');
    if (lower.length === 0) return { text, own: text };
    if (text === '') return { text: own, own };
    return { text: `${text}${group[c] ? ' / ' : ' '}${own}`, own: group[c] ? own : `${text} ${own}` };
  });
}

/** The column map the header rows give, with what it had to guess or found reordered said. */
export function readColumns(
  rows: readonly (readonly Cell[])[],
  diagnostics: Diagnostics | null,
  source: SourcePlace,
): ColumnMap {
  const labels = columnLabels(rows);
  const map = mapColumnLabels(labels);
  const named = (column: number) => `${column + 1} «${excerpt(labels[column]?.text ?? '', 40)}»`;
  if (!map) {
    const reading = 'columns read in the usual order: №, task, measure, executors, execution, programme or funding';
    diagnostics?.add('columns-guessed', { problem: 'names too few columns to read them by it', reading }, source);
    return { ...USUAL_ORDER, width: Math.max(USUAL_ORDER.width, labels.length) };
  }
  if (!diagnostics) return map;
  if (map.guessed.length > 0) {
    const guesses = map.guessed.map((g) =>
      g.column < 0 ? `no column as ${roleName(g.role)}` : `${named(g.column)} as ${roleName(g.role)}`,
    );
    const details = {
      problem: 'does not name every column',
      reading: `guessed from the usual order: ${guesses.join(', ')}`,
      guesses,
    };
    diagnostics.add('columns-guessed', details, source);
  }
  if (map.reordered) {
    const moved = map.order.flatMap((column, i) =>
      column === i || column < 0 ? [] : [`${named(column)} as ${roleName(ROLES[i] as ColumnRole)}`],
    );
    diagnostics.add('columns-reordered', { moved }, source);
  }
  const headed = map.extras.filter((e) => !e.surplus);
  if (headed.length > 0) {
    const columns = headed.map((e) => `${named(e.column)} as ${roleName(e.role)}`);
    diagnostics.add('columns-extra', { columns }, source);
  }
  const inOtherUnits = unitColumns(map).filter((u) => u.exponent !== 0);
  if (inOtherUnits.length > 0) {
    const columns = inOtherUnits.map(
      (u) => `${named(u.column)} in ${UNIT_NAMES.get(u.exponent) ?? `10^${u.exponent + 3} UAH`}`,
    );
    diagnostics.add('amount-unit', { columns }, source);
  }
  return map;
}

const UNIT_NAMES = new Map([
  [-3, 'hryvnias'],
  [3, 'million UAH'],
  [6, 'billion UAH'],
]);

/** The money columns with the unit their header names. */
function unitColumns(map: ColumnMap): Array<{ column: number; exponent: number }> {
  const resources = map.order[ROLES.indexOf('resources')] ?? -1;
  const extra = (role: 'planned' | 'actual') => map.extras.find((e) => e.role === role)?.column ?? -1;
  return [
    { column: resources, exponent: map.units.resources },
    { column: extra('planned'), exponent: map.units.planned },
    { column: extra('actual'), exponent: map.units.actual },
  ].filter((u) => u.column >= 0);
}

/** Labels as the report's metadata lists them: each named column's label, in printed order. */
export function headerLabels(rows: readonly (readonly Cell[])[]): string[] {
  return columnLabels(rows)
    .map((l) => l.text)
    .filter((t) => t !== '');
}
