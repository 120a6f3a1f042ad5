// Task and measure numbers as people type them: `1`, `1.`, `1)`, `№ 1`, `Завдання 1`
// for tasks; `1.2.`, `1.2`, `1.2)`, `1.1.3.` for measures, and `2.` alone for a
// measure numbered within its task. A letter typed for a digit («l.2.», «4.З.»,
// «1О.1») is read as that digit, and said. One linear scan, no backtracking.
import { digitOf, isDigitLookalike } from '../text/lookalikes.js';
import { trimEndOf } from '../text/edges.js';

export interface NumberToken {
  /** The parts as digits: `['1', '2']` for «1.2.». */
  parts: string[];
  /** What closed the number: `.` (or `)`), or nothing. */
  closer: '.' | ')' | '';
  /** A space (or the end of the text) follows the number. */
  spaced: boolean;
  /** The number as printed, up to its closer. */
  printed: string;
  /** Letters were read as digits. */
  lookalike: boolean;
  /** Length of the number with its closer and the spaces after it. */
  length: number;
}

const MAX_DIGITS = 4;
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);
/** Where a part made with a look-alike letter must end, so a word is not read as one. */
const isBoundary = (ch: string | undefined): boolean => ch === undefined || ch === '.' || ch === ')' || isSpace(ch);

const isCloser = (ch: string | undefined): boolean => ch === '.' || ch === ')';
/** What may close a number before its title besides a dot or bracket: `1.2, Title`, `1.2 – Title`. */
const isSeparator = (ch: string | undefined): boolean => ch === ',' || ch === '–' || ch === '—' || ch === '-';
const isSpaceOrEnd = (text: string, at: number): boolean => at >= text.length || isSpace(text[at]);
function skipSpaces(text: string, at: number): number {
  let i = at;
  while (text[i] === ' ' || text[i] === '\u00a0') i++;
  return i;
}

/** One part at `at`: its digits and where it ends, or null. */
function readPart(text: string, at: number): { digits: string; end: number; lookalike: boolean } | null {
  let end = at;
  let digits = '';
  let lookalike = false;
  while (end < text.length && end - at <= MAX_DIGITS) {
    const ch = text[end] as string;
    if (isDigit(ch)) digits += ch;
    else if (isDigitLookalike(ch)) {
      digits += digitOf(ch);
      lookalike = true;
    } else break;
    end++;
  }
  if (digits === '' || digits.length > MAX_DIGITS) return null;
  // A look-alike counts only inside a number: next to a real digit, or alone between dots.
  if (lookalike && (!isBoundary(text[end]) || (!/\d/.test(text.slice(at, end)) && end - at > 1))) return null;
  return { digits, end, lookalike };
}

/** The number at the start of a text (`1.2.`, `1)`, `l.2`), or null. */
export function readNumberToken(text: string): NumberToken | null {
  const first = readPart(text, 0);
  if (!first) return null;
  const parts = [first.digits];
  let lookalike = first.lookalike;
  let end = first.end;
  while (text[end] === '.') {
    // `1. 2.` typed with a space after the dot: after a space, only a part closed by a dot of its own.
    const at = skipSpaces(text, end + 1);
    const next = readPart(text, at);
    if (!next || (at > end + 1 && !isCloser(text[next.end]))) break;
    parts.push(next.digits);
    lookalike ||= next.lookalike;
    end = next.end;
  }
  // A part made only of look-alike letters needs a real digit elsewhere in the number.
  if (lookalike && !/\d/.test(text.slice(0, end))) {
    if (parts.length > 1 || !isBoundary(text[end])) return null;
  }
  // The closing dot, also typed after a space (`1.2 .`), or a comma or dash (`1.2, `, `1.2 – `), then a space.
  const closerAt = skipSpaces(text, end);
  const mark = text[closerAt];
  const closes =
    (isCloser(mark) && (closerAt === end || isSpaceOrEnd(text, closerAt + 1))) ||
    (isSeparator(mark) &&
      (isSpace(text[closerAt + 1]) || (closerAt === end && STARTS_WITH_LETTER.test(text[closerAt + 1] ?? ''))));
  const closer = closes ? (isCloser(mark) ? (mark as '.' | ')') : '.') : '';
  const printed = text.slice(0, closes ? closerAt + 1 : end);
  let length = printed.length;
  while (isSpace(text[length])) length++;
  return { parts, closer, spaced: length > printed.length || length === text.length, printed, lookalike, length };
}

export interface TaskNumber {
  number: string;
  /** The word before the number («Завдання», «Завд.»), when one was written; else ''. */
  word: string;
  /** The cell as printed, when a letter was read as a digit. */
  lookalike: string | null;
}

// «Завдання 1», «Завд. 1», «№ 1», «№1.»: words around a task number, as a data table.
const TASK_PREFIX = /^(?:завд(?:ання|\.)?\s*)?(?:№\s*)?/iu;

/**
 * A task number cell: the whole cell is the number (`1`, `12.`, `1)`, `№ 3`,
 * `Завдання 4`, and `1.0`, the first level of a numbering that gives measures `1.1`).
 */
export function readTaskNumber(text: string): TaskNumber | null {
  const prefix = TASK_PREFIX.exec(text)?.[0] ?? '';
  const body = text.slice(prefix.length);
  const token = readNumberToken(body);
  if (!token || token.length !== body.length) return null;
  const [number, zero, ...more] = token.parts;
  if (more.length > 0 || (zero !== undefined && !/^0+$/.test(zero))) return null;
  const spaced = trimEndOf(prefix, /\s/u);
  const word = spaced.endsWith('№') ? trimEndOf(spaced.slice(0, -1), /\s/u) : spaced;
  return { number: number as string, word, lookalike: token.lookalike ? text : null };
}

export function parseTaskNumber(text: string): string | null {
  return readTaskNumber(text)?.number ?? null;
}

export interface MeasureNumber {
  /** Without the trailing dot: `1.2`, `1.1.3`; for a short number, the number alone (`2`). */
  number: string;
  /** The text after the number. */
  rest: string;
  /** What is missing from the usual `N.N. ` form, if anything. */
  missing: 'dot' | 'space' | null;
  /** Numbered within its task (`2.` for the task's second measure): the task number is to be put before it. */
  short: boolean;
  /** The number as printed, when a letter was read as a digit. */
  lookalike: string | null;
  /** Lettered within its task («а)», «б)»): the measure's place among the task's measures is its number. */
  lettered?: boolean;
}

const MAX_SHORT_DIGITS = 3;
/** A measure lettered within its task: one letter and a bracket («а)», «б)»), then the title. */
const LETTERED = /^([а-яёіїєґ])\)\s+(?=\S)/iu;
const STARTS_WITH_LETTER = /^[a-zа-яёіїєґ]/i;

/**
 * A measure number at the start of column 3: `1.2. Title`, `1.1.3. Title`, `1.2) Title`;
 * also the irregular `10.1 Title` and `4.1.Title`. With `short`, also `2. Title` and
 * `2) Title`, a number within the task.
 */
export function parseMeasureNumber(text: string, options: { short?: boolean } = {}): MeasureNumber | null {
  // Classification asks of one cell several times: the last answer is kept.
  const short = options.short === true;
  if (last.text === text && last.short === short) return last.result;
  const result = readMeasureNumber(text, short);
  last.text = text;
  last.short = short;
  last.result = result;
  return result;
}

const last: { text: string | null; short: boolean; result: MeasureNumber | null } = {
  text: null,
  short: false,
  result: null,
};

function readMeasureNumber(text: string, short: boolean): MeasureNumber | null {
  const read = readNumberToken(text);
  // A measure's number has a real digit: «б)» alone is a letter of a list, not a 6.
  const token = read && (!read.lookalike || /\d/.test(read.printed)) ? read : null;
  if (!token) {
    const letter = short ? LETTERED.exec(text) : null;
    if (!letter) return null;
    const rest = text.slice(letter[0].length);
    return { number: '', rest, missing: null, short: true, lookalike: null, lettered: true };
  }
  const { parts, closer, spaced } = token;
  const rest = text.slice(token.length);
  const lookalike = token.lookalike ? token.printed : null;
  if (parts.length === 1) {
    // `2. Title`, `2) Title`, and `2.Title` with its space lost: a number, then the title's first letter.
    const within = short && closer !== '' && STARTS_WITH_LETTER.test(rest);
    if (!within || (parts[0] as string).length > MAX_SHORT_DIGITS) return null;
    return { number: parts[0] as string, rest, missing: spaced ? null : 'space', short: true, lookalike };
  }
  const missing = rest === '' ? null : closer === '' ? 'dot' : !spaced ? 'space' : null;
  return { number: parts.join('.'), rest, missing, short: false, lookalike };
}

export function startsWithMeasureNumber(text: string, options: { short?: boolean } = {}): boolean {
  return parseMeasureNumber(text, options) !== null;
}

/** `1.1` for `1.1.3`; null for a measure directly under its task (`1.1`). */
export function parentNumber(number: string): string | null {
  const parts = number.split('.');
  return parts.length > 2 ? parts.slice(0, -1).join('.') : null;
}

/** The task prefix of a measure number: `1` for `1.2` and `1.1.3`. */
export function taskPrefix(number: string): string {
  return number.split('.')[0] ?? '';
}
