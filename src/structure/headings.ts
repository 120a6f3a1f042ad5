// Heading rows by what they say, however they are typed: a priority heading
// («Пріоритет "Ефективне місто"», «ПРІОРИТЕТ 2. «…»», «I. Пріоритет …», «Прioритет»
// with a Latin i) with its strategic goal when on the same line, a sector heading
// («Освіта», «1. Освіта», «ІІ) Освіта»), and a sector written in bold at the start
// of a task cell. Names are kept without their numbering and outer quotes, so ids
// (made from names) stay the same however a release numbers or capitalises them.
import { type Cell, isEmphasized, type Run } from '../rows/row.js';
import { type Folded, foldLookalikeLetters } from '../text/lookalikes.js';
import { WORD_END } from '../text/letters.js';
import { trimEdges, trimEndOf } from '../text/edges.js';

// Numbering before a heading: «1.», «1)», «1.2.», «I.», «ІІ)», «№ 3», «3 –», «IV:».
const ROMAN = '[IVXІХ]{1,6}';
const LEADING_NUMBER = new RegExp(
  String.raw`^(?:№\s*)?(\d{1,3}(?:\.\d{1,3})*\.?|${ROMAN}(?=[.):\s]))[.):]?(?:\s*[–—-](?=\s))?\s+(?=\S)`,
  'u',
);
// «Пріоритет» in any case and any mix of look-alike letters, without folding (a quick test).
const MAYBE_PRIORITY = /[пn][рp][іi][оo][рp][иu][тt]/i;
// «Пріоритет», «Пріоритетний напрям(ок)».
const PRIORITY_WORD = new RegExp(String.raw`^пріоритет(?:ний\s+напрям(?:ок)?)?${WORD_END}`, 'iu');
// After the word: its number, «1.», «№ 3 –», «ІІ:».
const PRIORITY_NUMBER = new RegExp(String.raw`^\s*(?:№\s*)?(\d{1,3}|${ROMAN})(?![\p{L}\d])\s*[.):–—-]?`, 'u');
// What may stand between the word (or its number) and the name, or the name and the goal: «:», «–».
const SEPARATOR = /^\s*[:–—-]\s*/u;
const OPENING = '«"“„';
const CLOSING = /[»"”“]/u;
const OPENING_QUOTE = /[«"“„'\s]/u;
const CLOSING_QUOTE = /[»"”“'\s]/u;
// A heading's trailing punctuation («Освіта:») is not part of its name.
const TRAILING_MARK = /[\s:;,.–—-]/u;
const BULLET = /^[•·▪▫◦‣⁃∙○●■□➢►*–—-]+\s+/u;

export interface HeadingText {
  /** The heading's own number as printed (`1`, `ІІ`), else null. */
  number: string | null;
  /** The name without numbering and outer quotes. */
  name: string;
}

export interface PriorityHeading extends HeadingText {
  /** The heading as printed (up to its name's closing quote). */
  heading: string;
  goal: string | null;
}

const clean = (name: string): string => trimEdges(trimEndOf(name, TRAILING_MARK), OPENING_QUOTE, CLOSING_QUOTE);
const goalOf = (rest: string): string | null => {
  const goal = rest.replace(SEPARATOR, '').trim();
  return goal === '' ? null : goal;
};

/** A heading's leading numbering taken off: `1. Освіта` → `1`, `Освіта`. */
export function splitHeadingNumber(printed: string): HeadingText {
  // A bullet before a heading («• Освіта», «— Освіта») marks it as a list item; it is no part of it.
  const text = printed.replace(BULLET, '');
  const m = LEADING_NUMBER.exec(text);
  if (!m) return { number: null, name: text };
  return { number: (m[1] as string).replace(/\.$/u, ''), name: text.slice(m[0].length) };
}

// A word naming what the heading is, before the name: «Сектор: Освіта», «Галузь «Освіта»», «Напрям – …».
// Only with a colon, dash or quote after it: «Сфера послуг» is a name.
const SECTOR_WORD = new RegExp(
  String.raw`^(?:сектор|галузь|напрям(?:ок)?|сфера|розділ)${WORD_END}\s*(?:[:–—-]\s*|(?=[«"“„]))`,
  'iu',
);

/** A sector heading's number and name. */
export function readSectorHeading(text: string): HeadingText {
  const { number, name } = splitHeadingNumber(text);
  const word = SECTOR_WORD.exec(name);
  return { number, name: clean(word ? name.slice(word[0].length) : name) };
}

/** The cell's text and runs with look-alike letters folded; `folded` lists each word changed. */
export function foldCell(cell: Cell): { cell: Cell; folded: Folded[] } {
  const { text, folded } = foldLookalikeLetters(cell.text);
  if (folded.length === 0) return { cell, folded };
  const runs: Run[] = cell.runs.map((r) => ({ ...r, text: foldLookalikeLetters(r.text).text }));
  return { cell: { ...cell, text, runs }, folded };
}

/** True when the text is a priority heading, however typed (case, numbering, look-alike letters). */
export function isPriorityHeading(text: string): boolean {
  // The word stands in the first few characters, in some mix of alphabets: most cells say at once they are none.
  if (text === '' || !MAYBE_PRIORITY.test(text.slice(0, 40))) return false;
  const body = splitHeadingNumber(foldLookalikeLetters(text).text).name;
  return PRIORITY_WORD.test(body);
}

/** The name in quotes at the start of `text`, with what follows it, or null. */
function quotedName(text: string): { name: string; end: number } | null {
  const open = text[0];
  if (open === undefined || !OPENING.includes(open)) return null;
  const found = CLOSING.exec(text.slice(1));
  if (!found) return null;
  const close = found.index + 1;
  return { name: text.slice(1, close).trim(), end: close + 1 };
}

/** Splits a priority heading (folded already) into its number, name and, when on the same line, its goal. */
export function readPriorityHeading(cell: Cell): PriorityHeading {
  const text = cell.text;
  const lead = splitHeadingNumber(text);
  const word = PRIORITY_WORD.exec(lead.name);
  if (!word) return { number: lead.number, name: clean(lead.name), heading: text, goal: null };
  const afterWord = lead.name.slice(word[0].length);
  const own = PRIORITY_NUMBER.exec(afterWord);
  const numbered = own ? afterWord.slice(own[0].length) : afterWord;
  const body = numbered.slice(SEPARATOR.exec(numbered)?.[0].length ?? 0);
  const number = own ? (own[1] as string) : lead.number;
  const start = text.length - body.length;
  const trimmed = body.trimStart();
  const quoted = quotedName(trimmed);
  if (quoted) {
    const end = start + (body.length - trimmed.length) + quoted.end;
    return { number, name: clean(quoted.name), heading: text.slice(0, end), goal: goalOf(text.slice(end)) };
  }
  // No quotes: markup may still tell where the heading ends and the goal starts.
  const [first, ...rest] = cell.runs;
  if (first && rest.length > 0 && text.startsWith(first.text) && first.text.length > start) {
    return {
      number,
      name: clean(first.text.slice(start)),
      heading: first.text,
      goal: goalOf(text.slice(first.text.length)),
    };
  }
  return { number, name: clean(body), heading: text, goal: null };
}

/**
 * A sector heading written at the start of a task cell, set apart by its emphasis
 * (bold, underline or italics): `<b>Житлове господарство</b> Провести…`.
 */
export function splitLeadingHeading(cell: Cell): { heading: string; rest: string } | null {
  const [first, ...rest] = cell.runs;
  if (!first || rest.length === 0 || !isEmphasized(first) || rest.every(isEmphasized)) return null;
  if (!cell.text.startsWith(first.text)) return null;
  const remainder = cell.text.slice(first.text.length).trim();
  return remainder === '' ? null : { heading: first.text, rest: remainder };
}

/**
 * A phrase at the start of a cell that reads as a heading without emphasis: a capitalised
 * word and up to HEADING_WORDS lower-case words, then a capitalised word that starts the
 * task («Житлове господарство Провести…»). Only asked where a sector heading is missing.
 */
const UNMARKED_HEADING = /^(\p{Lu}[\p{Ll}'’ʼ-]+(?:[ \u00a0][\p{Ll}'’ʼ-]+){0,4})[ \u00a0]+(?=\p{Lu}\p{Ll})/u;

export function guessLeadingHeading(cell: Cell): { heading: string; rest: string } | null {
  const found = UNMARKED_HEADING.exec(cell.text);
  if (!found) return null;
  const heading = found[1] as string;
  const rest = cell.text.slice(found[0].length).trim();
  return rest === '' ? null : { heading, rest };
}
