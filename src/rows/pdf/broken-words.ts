// A word too long for its column is cut at the line end without a hyphen
// (`Житомиртеплокомуне` / `нерго`), and a line that merely ends a word can look the
// same (`Державний` / `фонд`). Page geometry marks the breaks that could be either
// (page-grid's breakMark); the document's own text decides, in this order:
// 1. the joined word is written whole elsewhere, or seen cut at another place
//    (break-witnesses): join;
// 2. both halves are words of three letters or more written elsewhere: a space;
// 3. the letters either side: how often a word ends after the letters before the
//    break («ний» mostly ends a word, «ног» almost never), and how often one starts
//    with the letters after it («фон» often, «ння» never), each read from the
//    document's own unbroken text, weighed together with how full the line was.
// A break after a slash follows the document's own habit («а/б» or «а/ б»), and
// digits either side are one number. No letter is lost either way.
import type { Row, Run } from '../row.js';
import { type Witnesses, witnessesOf } from './break-witnesses.js';
import { ANY_MARK, markOdds, URL_START } from './cell-text.js';
import { trailingRun } from '../../text/edges.js';

const WORD = /[\p{L}\p{N}'’ʼ-]+/gu;
const LETTERS = /[\p{L}\p{N}'’ʼ]+/gu;
// Started only where a word starts: from inside a long word every letter would be a start.
const BROKEN = /(?<![\p{L}\p{N}'’ʼ-])([\p{L}\p{N}'’ʼ-]*\/?)([\uE000-\uE00F])([\p{L}\p{N}'’ʼ-]*)/gu;

/** Letters of context read on each side of a break. */
const ORDER = 3;
const BOUNDARY = ' ';
/** Where the model's text has a marked break: neither a letter nor a boundary, so nothing is read across it. */
const UNKNOWN = '\u0000';
/** Places' worth of weight the share after fewer letters has against the share after more. */
const SMOOTHING = 2;
/** Letters a piece needs for being a word written elsewhere to count (`т`, `о`, `я` stand alone too). */
const KNOWN_PIECE = 3;

/**
 * How likely a word boundary is right after some letters, read from a text: the share
 * after the last ORDER letters, drawn towards the share after fewer of them by
 * SMOOTHING places' worth (so that a context seen twice does not decide alone). Read
 * over the reversed text, it says how likely a boundary is right before some letters.
 * Only the contexts asked about are counted.
 */
class BoundaryModel {
  private readonly seen = new Map<string, { all: number; boundary: number }>();

  constructor(text: string, contexts: ReadonlySet<string>) {
    let lastUnknown = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text[i] as string;
      if (c === UNKNOWN) {
        lastUnknown = i;
        continue;
      }
      const boundary = c === BOUNDARY;
      this.count('', boundary);
      // Nothing is read across an unknown place; `contexts` holds every suffix of its
      // members, so a context not asked about has no longer one that is.
      for (let k = 1; k <= ORDER && i - k > lastUnknown; k++) {
        const context = text.slice(i - k, i);
        if (!contexts.has(context)) break;
        this.count(context, boundary);
      }
    }
  }

  private count(context: string, boundary: boolean): void {
    let entry = this.seen.get(context);
    if (!entry) {
      entry = { all: 0, boundary: 0 };
      this.seen.set(context, entry);
    }
    entry.all++;
    if (boundary) entry.boundary++;
  }

  /** The probability of a boundary after `context` (its last ORDER characters count). */
  boundaryAfter(context: string): number {
    let p = 0.5;
    for (let k = 0; k <= Math.min(ORDER, context.length); k++) {
      const entry = this.seen.get(context.slice(context.length - k));
      if (!entry) break;
      p = (entry.boundary + SMOOTHING * p) / (entry.all + SMOOTHING);
    }
    return Math.min(0.999, Math.max(0.001, p));
  }

  /** The share of all places that are boundaries. */
  base(): number {
    return this.boundaryAfter('');
  }
}

/** Every shorter context a context backs off to. */
function withSuffixes(contexts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const c of contexts) for (let k = 1; k <= c.length; k++) out.add(c.slice(c.length - k));
  return out;
}

/** Text as the models read it: words in lower case, one boundary between them, marks unknown. */
function modelText(texts: readonly string[]): string {
  const words = (t: string) => (t.toLowerCase().match(LETTERS) ?? []).join(BOUNDARY);
  return texts
    .map((t) => t.split(ANY_MARK).map(words).join(UNKNOWN))
    .filter((t) => t !== '')
    .join(BOUNDARY);
}

/** What the document's unbroken text says: its words, where its words end and start, its habit after a slash. */
interface Evidence {
  words: Set<string>;
  ends: BoundaryModel;
  starts: BoundaryModel;
  slashJoined: number;
  slashSpaced: number;
  /** What the breaks say of one another. */
  witnesses: Witnesses;
}

function evidenceOf(texts: readonly string[], marked: readonly string[]): Evidence {
  const words = new Set<string>();
  let slashJoined = 0;
  let slashSpaced = 0;
  for (const text of texts) {
    // The pieces beside a mark are not evidence of themselves as words.
    for (const w of text.replace(BROKEN, ' ').match(WORD) ?? []) words.add(w.toLowerCase());
    slashJoined += text.match(/[\p{L}\p{N}]\/[\p{L}\p{N}]/gu)?.length ?? 0;
    slashSpaced += text.match(/[\p{L}\p{N}]\/\s/gu)?.length ?? 0;
  }
  const sides = marked.flatMap((text) =>
    [...text.matchAll(/[\uE000-\uE00F]/gu)].map((m) => ({
      before: contextOf(text.slice(0, m.index), false),
      after: contextOf(text.slice((m.index ?? 0) + 1), true),
    })),
  );
  const forward = modelText(texts);
  const backward = [...forward].reverse().join('');
  return {
    words,
    ends: new BoundaryModel(forward, withSuffixes(sides.map((s) => s.before))),
    starts: new BoundaryModel(backward, withSuffixes(sides.map((s) => s.after))),
    slashJoined,
    slashSpaced,
    witnesses: witnessesOf(marked),
  };
}

/** Up to ORDER characters of a cell's text as the models read it, next to a break (`after`: the ones after it). */
function contextOf(text: string, after: boolean): string {
  const side = after ? (text.split(ANY_MARK)[0] ?? '') : (text.split(ANY_MARK).pop() ?? '');
  const read = side
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'’ʼ]+/gu, BOUNDARY)
    .trim();
  const padded = after ? `${read}${BOUNDARY}` : `${BOUNDARY}${read}`;
  return after ? [...padded.slice(0, ORDER)].reverse().join('') : padded.slice(-ORDER);
}

/**
 * Odds that a break is inside a word rather than between two, from the letters either
 * side taken as two independent witnesses (how often a word ends after the letters
 * before, how often one starts before the letters after), each against the share of
 * boundaries among all places.
 */
function letterOdds(before: string, after: string, evidence: Evidence): number {
  const base = evidence.ends.base();
  const baseOdds = base / (1 - base);
  const witness = (p: number) => (1 - p) / p / (1 / baseOdds);
  return witness(evidence.ends.boundaryAfter(before)) * witness(evidence.starts.boundaryAfter(after));
}

/** Prior odds that a letter and a digit met across a break are one word («номер 18101…» is two). */
const LETTER_DIGIT_ODDS = 1 / 16;

/** Prior odds that a small letter and a capital met across a break are one word («relocationZhytomyr»). */
const SMALL_CAPITAL_ODDS = 1 / 16;

function decide(before: string, mark: string, after: string, evidence: Evidence): boolean {
  const slash = before.endsWith('/') ? '/' : '';
  const head = trailingRun(before.slice(0, before.length - slash.length), /[\p{L}\p{N}'’ʼ-]/u) + slash;
  const tail = /^[\p{L}\p{N}'’ʼ-]*/u.exec(after)?.[0] ?? '';
  // A URL holds no space: a break the geometry marked inside one is a cut.
  if (URL_START.test(trailingRun(before, /\S/u))) return true;
  if (head.endsWith('/')) return evidence.slashJoined >= evidence.slashSpaced;
  const known = (w: string) => evidence.words.has(w.toLowerCase());
  if (known(`${head}${tail}`) || evidence.witnesses.joined.has(`${head}${tail}`.toLowerCase())) return true;
  if (known(head) && known(tail) && head.length >= KNOWN_PIECE && tail.length >= KNOWN_PIECE) return false;
  if (/\d$/.test(head) && /^\d/.test(tail)) return true; // a number is not two numbers
  // A word runs into a number, or a number into a word, far less often than one follows the other.
  if (/\p{L}$/u.test(head) ? /^\d/.test(tail) : /\d$/.test(head) && /^\p{L}/u.test(tail))
    return markOdds(mark) * LETTER_DIGIT_ODDS > 1;
  if (!/\p{L}$/u.test(head) || !/^\p{L}/u.test(tail)) return markOdds(mark) > 1;
  const odds = letterOdds(contextOf(before, false), contextOf(after, true), evidence);
  // A capital after a small letter starts a word far more often than it goes on in one («вулиця Авіаторів»).
  const capital = /\p{Ll}$/u.test(head) && /^\p{Lu}/u.test(tail) ? SMALL_CAPITAL_ODDS : 1;
  return odds * capital * markOdds(mark) > 1;
}

const lastMark = (text: string): number => {
  for (let i = text.length - 1; i >= 0; i--) if (ANY_MARK.test(text[i] as string)) return i;
  return -1;
};

/** A cell's marks decided from the last to the first, so that a word cut twice is whole on the right. */
function resolveCell(text: string, evidence: Evidence): string {
  let out = text;
  for (let at = lastMark(out); at >= 0; at = lastMark(out)) {
    const before = out.slice(0, at);
    const after = out.slice(at + 1);
    out = `${before}${decide(before, out[at] as string, after, evidence) ? '' : ' '}${after}`;
  }
  return out;
}

/**
 * A cell's runs cut again from its resolved text: they hold the same letters in the same
 * order, only the spaces at line breaks differ, so each run takes as many letters as it
 * had. Emphasis then still starts and ends where the text's words do.
 */
function realignRuns(runs: readonly Run[], text: string): Run[] {
  const out: Run[] = [];
  let at = 0;
  for (const run of runs) {
    const letters = run.text.replace(/\s+/gu, '').length;
    let end = at;
    for (let seen = 0; end < text.length && seen < letters; end++) if (!/\s/u.test(text[end] as string)) seen++;
    out.push({ ...run, text: text.slice(at, end).trim() });
    at = end;
  }
  return at >= text.trimEnd().length ? out : [...runs];
}

export function resolveBrokenWords(rows: readonly Row[]): void {
  const cells = rows.flatMap((r) => r.cells).filter((c) => ANY_MARK.test(c.text));
  if (cells.length === 0) return;
  const evidence = evidenceOf(
    rows.flatMap((r) => r.cells.map((c) => c.text)),
    cells.map((c) => c.text),
  );
  for (const cell of cells) {
    cell.text = resolveCell(cell.text, evidence);
    cell.runs = realignRuns(cell.runs, cell.text);
  }
}
