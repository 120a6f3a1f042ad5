// An execution text as clauses, each saying one thing about the measure: «Укладено
// договір на проведення робіт; роботи виконано» is a contract, then the works done.
// Sentences end a clause, and so do a semicolon and a contrast («, однак», «, але»).
// A negation written together with its verb, as officials often write it
// («невиконано», «непроведено»), is written apart first, so that the rules read
// «не виконано» however it was typed.

/** Where one clause may end: a sentence end, a semicolon, or a comma before a contrast. */
// Started at a run's first mark: from inside a run of 64k «!» each mark would rescan the rest.
const CLAUSE_BREAK = /(?<![.!?;])[.!?;]+\s+|,\s+(?=(?:але|однак|проте|натомість|втім|тому|відтак|водночас)\s)/gu;
/**
 * A full stop that ends no sentence: after an initial (Н. Скорульської) or a word that
 * stands before a name (м., вул., ім.); any before a word in lower case (тис. грн).
 */
const BEFORE_NAME = 'м|вул|пров|просп|пл|бул|ім|обл|с|смт|ст|п|пп|т|д|тел|див|напр';
const ABBREVIATION_TAIL = 8;
const ABBREVIATION = new RegExp(`(?:^|[\\s(«"])(?:\\p{Lu}|${BEFORE_NAME})\\.$`, 'u');

/**
 * A word that is «не» written together with a past passive form («невиконано»,
 * «непроведена», «незавершені»): its rest is a participle of five letters or more.
 * Words that merely begin with «не» (необхідно, нерухомість, незважаючи) end otherwise.
 */
const PARTICIPLE_END = 'ано|яно|ено|єно|ито|ято|аний|ена|ені|ене|ений|ана|ані|ане|почато|почата|початі|почате';
const JOINED_NEGATION = new RegExp(`(?<![\\p{L}'’ʼ])(не)([\\p{L}'’ʼ]{3,}(?:${PARTICIPLE_END}))(?![\\p{L}'’ʼ])`, 'giu');

/** The text with a negation written together with its participle written apart. */
export function separateNegations(text: string): string {
  return text.replace(JOINED_NEGATION, '$1 $2');
}

/** The clauses of a text, in order, each trimmed; empty ones dropped. */
export function clausesOf(text: string): string[] {
  // Runs of white space as one space: the rules' `\s+` and gaps would otherwise try each way to split a long run.
  const separated = separateNegations(text.replace(/\s+/gu, ' '));
  const clauses: string[] = [];
  let start = 0;
  for (const m of separated.matchAll(CLAUSE_BREAK)) {
    const end = m.index + m[0].length;
    const before = separated.slice(start, m.index + m[0].trimEnd().length);
    const next = separated.slice(end, end + 1);
    // The last few characters tell an abbreviation (the clause so far may be long, and grows at each one).
    if (m[0].startsWith('.') && (ABBREVIATION.test(before.slice(-ABBREVIATION_TAIL)) || /\p{Ll}/u.test(next))) continue;
    clauses.push(separated.slice(start, m.index));
    start = end;
  }
  clauses.push(separated.slice(start));
  return clauses.map((c) => c.trim()).filter((c) => c !== '');
}
