// An item of text that runs over a column's start, cut there. A PDF engine joins
// glyphs closer than 0.6 em into one item, and two cells' texts may stand that close
// («10 Забезпечити»); a heading merged across columns runs over them too. Where the
// item knows where its words start (the page builder records it), it is cut only
// where a word starts at the column's start, as a left-aligned cell's text does, so a
// heading stays whole; otherwise at the space nearest the column's start, each
// character's place estimated along the item.
import type { TextItem } from './page-grid.js';

/** Points a word may start off the column's start and still be the start of the column's text. */
const WORD_AT_START = 2;

type Places = Array<[number, number, number]>;

function cutAt(item: TextItem, at: number, tailX: number, headEnd: number): [TextItem, TextItem] {
  const head: TextItem = { ...item, text: item.text.slice(0, at).trimEnd(), width: headEnd - item.x };
  const tail: TextItem = { ...item, text: item.text.slice(at), x: tailX, width: item.x + item.width - tailX };
  for (const key of ['words', 'seams'] as const) {
    const places = item[key] ?? [];
    const before = places.filter(([k]) => k < at);
    const after = places.filter(([k]) => k > at).map(([k, x, end]): [number, number, number] => [k - at, x, end]);
    if (before.length > 0) head[key] = before;
    else delete head[key];
    if (after.length > 0) tail[key] = after;
    else delete tail[key];
  }
  return [head, tail];
}

/** The gap between words of a line that runs on: the item's median, or a font's space when it has few. */
function usualWordGap(item: TextItem): number {
  const gaps = (item.words ?? []).map(([, x, before]) => x - before).sort((a, b) => a - b);
  return gaps.length >= MIN_GAPS ? (gaps[Math.floor(gaps.length / 2)] as number) : SPACE_SHARE * item.fontSize;
}

/** Gaps an item needs to tell its usual word gap, and how much wider a gap between two cells' texts is. */
const MIN_GAPS = 3;
const CELL_GAP_SHARE = 1.25;
/** A font's space, in font sizes: 0.25 (Times) to 0.32 (DejaVu Sans), and a little stretch. */
const SPACE_SHARE = 0.35;

/**
 * The item cut where a word starts at a column's start, by the positions the builder
 * recorded, or where a glyph stands apart from the one before it there (a seam).
 */
function splitByWords(item: TextItem, starts: readonly number[]): TextItem[] {
  const usual = usualWordGap(item);
  const places: Places = [...(item.words ?? []), ...(item.seams ?? [])].sort((a, b) => a[0] - b[0]);
  for (const [at, x, before] of places) {
    const start = starts.find((s) => s > item.x + 1 && Math.abs(x - (s + 1)) <= WORD_AT_START);
    if (start === undefined) continue;
    // A lower-case word at a column's start, after words and no wider a gap than theirs: a heading
    // runs on there. A cell's text starts with a capital or a number, and a task's number may stand
    // that close to its text in a narrow column.
    const runsOn = /\p{L}/u.test(item.text.slice(0, at)) && /^\p{Ll}/u.test(item.text.slice(at));
    if (runsOn && x - before <= CELL_GAP_SHARE * usual) continue;
    const [head, tail] = cutAt(item, at, x, before);
    return [head, ...splitByWords(tail, starts)];
  }
  return [item];
}

/** The item cut at the space nearest each column start it runs over, character places estimated. */
function splitByEstimate(item: TextItem, starts: readonly number[]): TextItem[] {
  const edge = starts.find((x) => x > item.x + 1 && x < item.x + item.width - 1);
  if (edge === undefined || !item.text.includes(' ')) return [item];
  const perChar = item.width / Math.max(1, item.text.length);
  let best = -1;
  for (let k = item.text.indexOf(' '); k >= 0; k = item.text.indexOf(' ', k + 1)) {
    if (best < 0 || Math.abs(item.x + (k + 1) * perChar - edge) < Math.abs(item.x + (best + 1) * perChar - edge))
      best = k;
  }
  if (Math.abs(item.x + (best + 1) * perChar - edge) > 0.6 * item.fontSize) return [item];
  const head = item.text.slice(0, best);
  const tail = item.text.slice(best + 1);
  const tailWidth = tail.length * perChar;
  return [
    { ...item, text: head, width: head.length * perChar },
    ...splitByEstimate(
      { ...item, text: tail, x: Math.max(edge, item.x + item.width - tailWidth), width: tailWidth },
      starts,
    ),
  ];
}

export function splitAtColumns(item: TextItem, starts: readonly number[]): TextItem[] {
  return item.words || item.seams ? splitByWords(item, starts) : splitByEstimate(item, starts);
}
