// A word too long for its column is cut at the line end without a hyphen
// (`Житомиртеплокомуне` / `нерго`), and a line that merely ends a word can look much
// the same (`культурно-спортивний` / `центр`). The parts are joined when the joined
// word occurs unbroken elsewhere in the document, or when the line was filled to
// within a third of a character and the parts are not both words found elsewhere;
// otherwise they stay two words. No letter is lost either way.
import type { Row } from '../row.js';
import { LIKELY_BROKEN, MAYBE_BROKEN } from './page-grid.js';

const WORD = /[\p{L}\p{N}'’ʼ-]+/gu;

export function resolveBrokenWords(rows: readonly Row[]): void {
  const marked = /[\uE000\uE001]/u;
  const cells = rows.flatMap((r) => r.cells).filter((c) => marked.test(c.text));
  if (cells.length === 0) return;
  const around = new RegExp(`([\\p{L}\\p{N}'’ʼ-]*)([${MAYBE_BROKEN}${LIKELY_BROKEN}])([\\p{L}\\p{N}'’ʼ-]*)`, 'gu');
  // Words the document writes whole: the pieces beside a mark are not evidence of themselves.
  const vocabulary = new Set<string>();
  for (const row of rows) {
    for (const cell of row.cells)
      for (const w of cell.text.replace(around, ' ').match(WORD) ?? []) vocabulary.add(w.toLowerCase());
  }
  const known = (w: string) => vocabulary.has(w.toLowerCase());
  for (const cell of cells) {
    cell.text = cell.text.replace(around, (_, a: string, mark: string, b: string) => {
      if (known(`${a}${b}`)) return `${a}${b}`;
      // A full line is most likely a cut word, unless both parts are words of their own
      // (`конкурентоспроможність` / `та` in a narrow column).
      return mark === LIKELY_BROKEN && !(known(a) && known(b)) ? `${a}${b}` : `${a} ${b}`;
    });
  }
}
