// Which rows of a borderless table belong to which task: the runs of rows each task
// number is centred on, corrected by the numbers of the measures themselves.
import type { Draft, DraftContext } from './stream-table.js';
import type { TextItem } from './page-grid.js';

export interface Block {
  col: number;
  top: number;
  bottom: number;
  items: TextItem[];
}

export interface Row {
  top: number;
  bottom: number;
  centre: number;
  section: number;
  draft: Draft;
}

export const centre = (b: { top: number; bottom: number }) => (b.top + b.bottom) / 2;

/**
 * Splits a section's rows among its tasks: contiguous runs, each centred as near as
 * can be on its task's number; rows before the first run belong to a task begun on
 * the page before (allowed only before the page's first heading).
 */
export function taskRuns(rows: readonly Row[], centres: readonly number[], leadAllowed: boolean): number[] {
  const m = rows.length;
  const k = centres.length;
  // best[t][i]: least cost of giving rows [0, i) to the lead and tasks [0, t).
  const best: number[][] = Array.from({ length: k + 1 }, () => Array<number>(m + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: k + 1 }, () => Array<number>(m + 1).fill(-1));
  const row0 = best[0] as number[];
  for (let i = 0; i <= m; i++) if (i === 0 || leadAllowed) row0[i] = 0;
  const runCentre = (a: number, b: number) => ((rows[a] as Row).top + (rows[b - 1] as Row).bottom) / 2;
  for (let t = 1; t <= k; t++) {
    for (let i = t; i <= m; i++) {
      const prev = best[t - 1] as number[];
      const here = best[t] as number[];
      const back = from[t] as number[];
      for (let j = t - 1; j < i; j++) {
        const cost = (prev[j] as number) + Math.abs(runCentre(j, i) - (centres[t - 1] as number));
        if (cost < (here[i] as number)) {
          here[i] = cost;
          back[i] = j;
        }
      }
    }
  }
  // Each task's first row, walking back from the end.
  const firsts: number[] = [];
  let i = m;
  for (let t = k; t >= 1; t--) {
    const j = (from[t] as number[])[i] as number;
    firsts.unshift(j);
    i = j;
  }
  return firsts;
}

const taskNumber = (b: Block) =>
  b.items
    .map((i) => i.text)
    .join('')
    .trim()
    .replace(/\.$/, '');
const measurePrefix = (r: Row, ctx: DraftContext) =>
  /^(\d{1,4})\./.exec(r.draft.cells[ctx.measureCol]?.[0]?.text ?? '')?.[1];

/**
 * Where a task's measures are numbered after it (task 2, measures 2.1, 2.2), its first
 * row is its first measure so numbered: the numbers say what the centres only suggest.
 */
export function byTaskPrefix(
  rows: readonly Row[],
  numbers: readonly Block[],
  firsts: number[],
  ctx: DraftContext,
): number[] {
  const out = [...firsts];
  numbers.forEach((n, t) => {
    const after = t === 0 ? -1 : (out[t - 1] as number);
    const own = rows.findIndex((r, i) => i > after && measurePrefix(r, ctx) === taskNumber(n));
    if (own >= 0) out[t] = own;
  });
  // Keep the runs in order.
  for (let t = 1; t < out.length; t++)
    if ((out[t] as number) <= (out[t - 1] as number)) out[t] = Math.min(rows.length - 1, (out[t - 1] as number) + 1);
  return out;
}
