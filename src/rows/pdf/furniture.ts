// Page furniture: what a printer repeats on every page outside the table (a browser's
// date, title, URL and «3/41»; a running header; «Сторінка 3 з 41»). It is told by
// repetition: the same line, digits aside, outside the table on many pages.
import type { Cell } from '../row.js';
import type { PageTable } from './page-grid.js';

// Counters and dates differ from page to page; the rest of the line does not.
const shape = (text: string): string => text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
// A line that is only a page number, whatever the pages say around it.
const PAGE_NUMBER = /^(?:(?:сторінка|стор\.|page|с\.)\s*)?#(?:\s*(?:\/|з|із|of)\s*#)?$/iu;

/** The cells outside the tables that are page furniture. */
export function findFurniture(pages: readonly PageTable[]): Set<Cell> {
  const outside = (p: PageTable) => [...p.before, ...p.after];
  const seen = new Map<string, number>(); // shape → pages it stands on
  for (const page of pages)
    for (const s of new Set(outside(page).map((c) => shape(c.text)))) seen.set(s, (seen.get(s) ?? 0) + 1);
  const enough = Math.max(3, Math.ceil(pages.length / 2));
  const furniture = new Set<Cell>();
  if (pages.length < 3) return furniture;
  for (const page of pages) {
    for (const cell of outside(page)) {
      const s = shape(cell.text);
      if ((seen.get(s) ?? 0) >= enough || PAGE_NUMBER.test(s)) furniture.add(cell);
    }
  }
  return furniture;
}
