// The header row read into the column map, saying what it had to guess and what it
// found in another order than usual.
import { type Diagnostics, excerpt } from '../diagnostics/diagnostics.js';
import type { SourcePlace } from '../model/schema.js';
import { mapColumns, roleName, ROLES, USUAL_ORDER, type ColumnMap, type ColumnRole } from './columns.js';

/** The column map a header row gives, with what it had to guess or found reordered said. */
export function readColumns(header: readonly string[], diagnostics: Diagnostics, source: SourcePlace): ColumnMap {
  const map = mapColumns(header);
  const named = (column: number) => `${column + 1} «${excerpt(header[column] ?? '', 40)}»`;
  if (!map) {
    const reading = 'columns read in the usual order: №, task, measure, executors, execution, programme or funding';
    diagnostics.add('columns-guessed', { problem: 'names too few columns to read them by it', reading }, source);
    return USUAL_ORDER;
  }
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
  return map;
}
