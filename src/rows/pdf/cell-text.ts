// A cell's text from its positioned items: lines top to bottom, words left to right,
// and at each line break whether it may have cut a word. A layout engine cuts a word
// only when it is wider than the column (Chromium first moves it to a line of its
// own, LibreOffice fills the line first), after the last letter that fits: the line
// ends inside a word, full to within about a letter. A line that merely ends a word
// can look the same («Державний | фонд»), so such a break is marked, with the odds
// the geometry gives it, for the document-wide decision in broken-words.
import { joinLines } from '../../text/join-lines.js';
import { hasInvisible, type InvisibleCounts, removeInvisible } from '../../text/invisible.js';
import { collapseSpaces } from '../../text/whitespace.js';
import type { Cell, Run } from '../row.js';
import type { TextItem } from './page-grid.js';
import { runStartAtEnd, trailingRun } from '../../text/edges.js';

/**
 * Marks of a break that may have cut a word, one character each in a private-use
 * range: the mark's offset from the first says the odds the geometry gives a cut,
 * 2^(offset − MARK_MIDDLE), so the decision needs nothing beside the text.
 */
const MARK_FIRST = 0xe000;
const MARK_LEVELS = 16;
const MARK_MIDDLE = 8;
export const ANY_MARK = /[\uE000-\uE00F]/u;

/** The mark for odds of a cut. */
export function markFor(odds: number): string {
  const level = Math.round(Math.log2(Math.max(odds, 1e-9))) + MARK_MIDDLE;
  return String.fromCharCode(MARK_FIRST + Math.min(MARK_LEVELS - 1, Math.max(0, level)));
}

/** The odds of a cut a mark stands for. */
export const markOdds = (mark: string): number => 2 ** (mark.charCodeAt(0) - MARK_FIRST - MARK_MIDDLE);

/**
 * The geometry's tolerances. Among breaks where the two halves together are wider than
 * the column, most are still between two words: a cut is assumed `cutShare` as likely
 * before the line's fullness is looked at. A line ends at most `letterSlack` letters
 * short of the text area's edge where a word was cut (letters differ in width), and
 * the two halves are at least `wordShare` of the area wide.
 */
export const BREAKS = { cutShare: 0.25, letterSlack: 1.5, wordShare: 0.9 } as const;

// A line ending in a letter or digit, or in one after a slash (a test of the last characters, not a scan).
const WORD_END_CHAR = /[\p{L}\p{N}'’ʼ]/u;
function endsInWord(text: string): boolean {
  const stem = text.endsWith('/') ? text.slice(0, -1) : text;
  return runStartAtEnd(stem, WORD_END_CHAR) < stem.length;
}
const LINE_START_IN_WORD = /^[\p{L}\p{N}'’ʼ]+/u;
/**
 * What no line starts with but after a cut: closing marks a wrapping program keeps on the
 * word's line, a straight quote that closes (a space or punctuation after it, so it opens
 * nothing), and a hyphen joined to the next word («-енерго»; a dash opening a list item
 * stands before a space). Not «,» and «.», which some programs carry over with the space
 * a clerk typed before them.
 */
const LINE_START_CLOSING = /^(?:[)\]}»”;:!?]|["'](?=$|[\s,.;:)\]}!?])|-(?=\p{L}))/u;
const CLOSING_WORD = /^.[\p{L}\p{N}'’ʼ]*/u;
/** A URL starts a chunk; it holds no space, and cannot end in what separates its parts. */
export const URL_START = /^(?:[a-z][a-z+.-]*:\/\/|www\.)/iu;
const URL_GOES_ON = /[/.\-_=&?#:]$/u;
/** Odds of a cut where a URL's line ends in one of its separators: a program wraps a URL there. */
const URL_ODDS = 16;
/** The unit a program wraps: the text after a line's last space, and before the next line's first. */
const NOT_SPACE = /\S/u;
const FIRST_CHUNK = /^\S+/u;

/** A line of a cell: its text and where it starts and ends. */
export interface TextLine {
  text: string;
  start: number;
  end: number;
  /** Whether all its items are underlined (true) or none (false); undefined where they differ. */
  underline?: boolean;
  /** Whether all its items are bold. */
  bold?: boolean;
}

const letterWidth = (line: TextLine): number => (line.end - line.start) / Math.max(1, [...line.text].length);

/**
 * Odds that a line break cut a word, or 0 where it cannot have. Were it cut, the line
 * ends less than a letter short of the text area (the next letter did not fit); were
 * it two words, anywhere up to the width of a space and the next word. So a full line
 * before a long next word is the stronger sign: the odds grow with that word's length.
 */
export function cutOdds(gap: number, width: number, area: number, chunks: number, tail: string): number {
  const { cutShare, letterSlack, wordShare } = BREAKS;
  if (gap > letterSlack * width) return 0;
  if (chunks * width < wordShare * area) return 0; // the word would have fitted
  // A closing mark starts no line a program wrapped at a space.
  const closing = LINE_START_CLOSING.test(tail) ? CLOSING_ODDS : 1;
  const likelihood = ([...tail].length + 1) * (gap <= width ? 1 : 0.25) * closing;
  return cutShare * likelihood;
}

/** How much likelier a line starting with a closing mark follows a cut than a space. */
const CLOSING_ODDS = 16;

/**
 * Odds that the break between a line ending `before` and one starting `after` cut a
 * word, or 0. The wrapped unit is the whole chunk between spaces («"Державни», «00:06:001:00»),
 * so that is what would have fitted; a word is cut only where letters or digits meet
 * across the break, or a closing mark follows one.
 */
function breakOdds(before: string, after: string, gap: number, width: number, area: number): number {
  const head = trailingRun(before, NOT_SPACE);
  const tail = FIRST_CHUNK.exec(after)?.[0];
  if (!head || !tail || URL_START.test(tail)) return 0;
  if (URL_START.test(head) && URL_GOES_ON.test(head) && /^[\p{L}\p{N}]/u.test(tail)) return URL_ODDS;
  if (!endsInWord(head)) return 0;
  // A closing mark counts with the letters it is joined to («-енерго»).
  const word =
    LINE_START_IN_WORD.exec(tail)?.[0] ?? (LINE_START_CLOSING.test(tail) ? CLOSING_WORD.exec(tail)?.[0] : '');
  if (!word) return 0;
  // The two chunks together must not have fitted on the line; the odds grow with the next word's length.
  return cutOdds(gap, width, area, [...head].length + [...tail].length, word);
}

/** The mark for the break between two lines of a cell with the text area [left, right], or ''. */
function breakMark(prev: TextLine, line: TextLine, left: number, right: number): string {
  // How far the line falls short of the area, whichever way the cell is aligned.
  const gap = Math.max(0, right - left - (prev.end - prev.start));
  const odds = breakOdds(prev.text, line.text, gap, (letterWidth(prev) + letterWidth(line)) / 2, right - left);
  return odds > 0 ? markFor(odds) : '';
}

/** A cell's last line, ending inside a word: what a continuation on the next page needs to mark the break. */
export interface OpenEnd {
  gap: number;
  width: number;
  area: number;
}

/**
 * Cells whose last line ends inside a word: a row cut by a page break may go on
 * mid-word on the next page, and stitching marks that break as one within a page is.
 */
export const OPEN_ENDS = new WeakMap<Cell, OpenEnd>();

/** The mark for the break between a cell's open end and its continuation's text, or ''. */
export function continuedMark(end: OpenEnd, before: string, after: string): string {
  const odds = breakOdds(before, after, end.gap, end.width, end.area);
  return odds > 0 ? markFor(odds) : '';
}

/**
 * Where a cell's lines turn from underlined to not, or back, each line set alike: a
 * goal's heading underlined and the sector's below it not, in one merged cell where no
 * rule parts them (see heading-split). Kept only for cells with such a turn.
 */
export const EMPHASIS_TURNS = new WeakMap<Cell, Array<{ from: number; underline: boolean; bold: boolean }>>();

function recordEmphasisTurns(cell: Cell, lines: readonly TextLine[], starts: readonly number[]): void {
  const alike = lines.map((l) => l.underline);
  if (alike.some((u) => u === undefined) || alike.every((u) => u === alike[0])) return;
  const turns = lines.flatMap((line, i) =>
    i === 0 || line.underline !== lines[i - 1]?.underline
      ? [{ from: starts[i] as number, underline: line.underline === true, bold: line.bold === true }]
      : [],
  );
  EMPHASIS_TURNS.set(cell, turns);
}

/** Groups items into lines, top to bottom, each read left to right. */
function linesOf(items: readonly TextItem[], runs: Run[]): TextLine[] {
  const byLine: TextItem[][] = [];
  for (const item of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = byLine[byLine.length - 1];
    const ref = line?.[0];
    if (line && ref && Math.abs(ref.y - item.y) < Math.max(1, 0.5 * Math.min(ref.fontSize, item.fontSize)))
      line.push(item);
    else byLine.push([item]);
  }
  return byLine.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const item of line) {
      const gap = item.x - end;
      const space = text !== '' && gap > 0.2 * item.fontSize && !/\s$/.test(text) && !/^\s/.test(item.text) ? ' ' : '';
      text += space + item.text;
      end = item.x + item.width;
      const last = runs[runs.length - 1];
      const underline = item.underline === true;
      if (last && last.bold === item.bold && last.underline === underline) last.text += ` ${item.text}`;
      else runs.push({ text: item.text, bold: item.bold, underline });
    }
    const underlined = line.some((i) => i.underlineHidden) ? -1 : line.filter((i) => i.underline === true).length;
    return {
      text: collapseSpaces(text),
      start: line[0]?.x ?? 0,
      end,
      underline: underlined === 0 ? false : underlined === line.length ? true : undefined,
      bold: line.every((i) => i.bold),
    };
  });
}

/**
 * A cell from its items. `left` and `right` bound the column's text area (where its
 * text starts and how far it reaches on the page), not its borders: a break where
 * the line fills that area may have cut a word, and is marked (see broken-words).
 */
export function itemsToCell(items: readonly TextItem[], left = -Infinity, right = Infinity): Cell {
  const invisible: InvisibleCounts = {};
  const visible = items
    .map((i) => (hasInvisible(i.text) ? { ...i, text: removeInvisible(i.text, invisible) } : i))
    .filter((i) => i.text.trim() !== '' || i.text === ' ');
  // A fresh object: stitching may append a continued row's text to it.
  if (visible.every((i) => i.text.trim() === '')) return { text: '', runs: [], links: [], markup: false };
  const runs: Run[] = [];
  const lines = linesOf(visible, runs);
  const textLeft = Math.min(left, ...lines.map((l) => l.start));
  const textRight = Math.max(right, ...lines.map((l) => l.end));
  let text = '';
  const starts: number[] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const mark = prev ? breakMark(prev, line, textLeft, textRight) : '';
    text = mark ? `${text}${mark}${line.text}` : joinLines(text, line.text);
    starts.push(text.length - line.text.length);
  });
  const cleanRuns = runs.map((r) => ({ ...r, text: collapseSpaces(r.text) })).filter((r) => r.text !== '');
  const cell: Cell = { text, runs: cleanRuns, links: [], markup: cleanRuns.some((r) => r.bold) };
  if (Object.keys(invisible).length > 0) cell.invisible = invisible;
  recordEmphasisTurns(cell, lines, starts);
  const last = lines[lines.length - 1] as TextLine;
  if (Number.isFinite(textRight - textLeft) && endsInWord(last.text))
    OPEN_ENDS.set(cell, {
      gap: Math.max(0, textRight - textLeft - (last.end - last.start)),
      width: letterWidth(last),
      area: textRight - textLeft,
    });
  return cell;
}
