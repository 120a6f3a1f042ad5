// Heading rows: a priority heading (with its strategic goal when on the same line),
// and a sector heading written in bold at the start of a task cell.
import type { Cell } from '../rows/row.js';

const PRIORITY_HEADING = /^(Пріоритет\s*[«"“„]\s*(.+?)\s*[»"”“])\s*(.*)$/su;
const PRIORITY_WORD = /^Пріоритет\s*/u;
const QUOTES = /^[«"“„'\s]+|[»"”“'\s]+$/gu;

/** Splits a priority heading into its name and, when it is on the same line, its goal. */
export function readPriorityHeading(cell: Cell): { heading: string; name: string; goal: string | null } {
  const m = PRIORITY_HEADING.exec(cell.text);
  if (m)
    return { heading: m[1] as string, name: m[2] as string, goal: (m[3] as string) === '' ? null : (m[3] as string) };
  // No quotes: markup may still tell where the heading ends and the goal starts.
  const [first, ...rest] = cell.runs;
  if (first && rest.length > 0 && PRIORITY_WORD.test(first.text) && cell.text.startsWith(first.text)) {
    const goal = cell.text.slice(first.text.length).trim();
    return {
      heading: first.text,
      name: first.text.replace(PRIORITY_WORD, '').replace(QUOTES, ''),
      goal: goal === '' ? null : goal,
    };
  }
  return { heading: cell.text, name: cell.text.replace(PRIORITY_WORD, '').replace(QUOTES, ''), goal: null };
}

/** A sector heading written in bold at the start of a task cell: `<b>Житлове господарство</b> Провести…`. */
export function splitLeadingHeading(cell: Cell): { heading: string; rest: string } | null {
  const [first, ...rest] = cell.runs;
  if (!first || rest.length === 0 || !first.bold || rest.every((r) => r.bold)) return null;
  if (!cell.text.startsWith(first.text)) return null;
  const remainder = cell.text.slice(first.text.length).trim();
  return remainder === '' ? null : { heading: first.text, rest: remainder };
}
