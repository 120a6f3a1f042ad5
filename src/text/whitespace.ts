// White space is the one thing cleaning may rewrite: runs of spaces, tabs, NBSP and
// other Unicode spaces become one space; nothing else in a cell is changed.
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]+/g;

// Any white space but a plain space, or two spaces in a row: only then is there
// something to collapse (most cells have neither, and skip the replace).
const NEEDS_COLLAPSE = /[^\S ]| {2}/;

/** Collapses all white space (line breaks included) to single spaces and trims. */
export function collapseSpaces(text: string): string {
  return NEEDS_COLLAPSE.test(text) ? text.replace(SPACES, ' ').trim() : text.trim();
}

/** Collapses white space inside each line, trims lines and drops empty ones. */
export function collapseLines(text: string): string {
  if (!text.includes('\n')) return collapseSpaces(text);
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const clean = collapseSpaces(line);
    if (clean !== '') out.push(clean);
  }
  return out.join('\n');
}
