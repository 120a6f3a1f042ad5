// A word too long for its column is cut at the line end without a hyphen
// (`Житомиртеплокомуне` / `нерго`), and a line that merely ends a word can look much
// the same (`культурно-спортивний` / `центр`). The parts are joined when the joined
// word occurs unbroken elsewhere in the document, or when the line was filled to
// within a third of a character; otherwise they stay two words. No letter is lost
// either way.
import type { Row } from '../row.js';
import { LIKELY_BROKEN, MAYBE_BROKEN } from './page-grid.js';

const WORD = /[\p{L}\p{N}'’ʼ-]+/gu;

export function resolveBrokenWords(rows: readonly Row[]): void {
  const marked = /[\uE000\uE001]/u;
  const cells = rows.flatMap((r) => r.cells).filter((c) => marked.test(c.text));
  if (cells.length === 0) return;
  const vocabulary = new Set<string>();
  for (const row of rows) {
    for (const cell of row.cells) {
      for (const piece of cell.text.split(marked)) for (const w of piece.match(WORD) ?? []) vocabulary.add(w.toLowerCase());
    }
  }
  const around = new RegExp(`([\\p{L}\\p{N}'’ʼ-]*)([${MAYBE_BROKEN}${LIKELY_BROKEN}])([\\p{L}\\p{N}'’ʼ-]*)`, 'gu');
  for (const cell of cells) {
    cell.text = cell.text.replace(around, (_, a: string, mark: string, b: string) =>
      mark === LIKELY_BROKEN || vocabulary.has(`${a}${b}`.toLowerCase()) ? `${a}${b}` : `${a} ${b}`,
    );
  }
}
