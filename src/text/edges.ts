// Trimming a run of characters off a text's edge, in one pass from that edge. A
// pattern such as /[\s,.]+$/ tries every starting place: on a long run that stops
// short of the end it rescans the run each time, and its time grows with the square
// (64k commas: seconds). Each class here is a one-character pattern, tested per code point.

/** A class of characters: a pattern that matches one character (no quantifier). */
export type CharClass = RegExp;

const codePointBefore = (text: string, end: number): string => {
  const low = text.charCodeAt(end - 1);
  const high = end >= 2 ? text.charCodeAt(end - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff
    ? text.slice(end - 2, end)
    : text.slice(end - 1, end);
};

/** Where the run of `cls` characters ending the text starts. */
export function runStartAtEnd(text: string, cls: CharClass): number {
  let end = text.length;
  while (end > 0) {
    const ch = codePointBefore(text, end);
    if (!cls.test(ch)) break;
    end -= ch.length;
  }
  return end;
}

/** Where the run of `cls` characters starting the text ends. */
export function runEndAtStart(text: string, cls: CharClass): number {
  let at = 0;
  while (at < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(at) as number);
    if (!cls.test(ch)) break;
    at += ch.length;
  }
  return at;
}

/** The text without the run of `cls` characters at its end. */
export const trimEndOf = (text: string, cls: CharClass): string => text.slice(0, runStartAtEnd(text, cls));

/** The text without the run of `cls` characters at its start. */
export const trimStartOf = (text: string, cls: CharClass): string => text.slice(runEndAtStart(text, cls));

/** The text without runs of `start` characters at its start and of `end` characters at its end. */
export const trimEdges = (text: string, start: CharClass, end: CharClass = start): string =>
  trimEndOf(trimStartOf(text, start), end);

/** The run of `cls` characters that ends the text ('' for none). */
export const trailingRun = (text: string, cls: CharClass): string => text.slice(runStartAtEnd(text, cls));

/** The run of `cls` characters that starts the text ('' for none). */
export const leadingRun = (text: string, cls: CharClass): string => text.slice(0, runEndAtStart(text, cls));

/**
 * Splits at each separator character, taking the white space around it with it
 * (what /\s*[;\n]\s*\/ does, without its rescans of white space that has no separator).
 */
export function splitTrimmed(text: string, separator: CharClass): string[] {
  const global = new RegExp(separator.source, `${separator.flags.replace('g', '')}g`);
  const pieces = text.split(global);
  return pieces.map((piece, k) => {
    let out = piece;
    if (k > 0) out = trimStartOf(out, SPACE);
    if (k < pieces.length - 1) out = trimEndOf(out, SPACE);
    return out;
  });
}

export const SPACE: CharClass = /\s/u;
