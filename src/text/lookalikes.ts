// Letters of one alphabet typed for their twins in another: a Latin «i» in
// «Прioритет», a Cyrillic «О» in the number «1О.1». A keyboard layout switched
// mid-word is common in typed Ukrainian and invisible on the page; a reader that
// compares letters is blind to it. Folding is done only where the meaning is
// certain (inside a word that is otherwise Cyrillic; inside a number), and the
// caller says what it folded.

/** Latin letters that print like Cyrillic ones, and the Cyrillic letter meant. */
export const LATIN_LOOKALIKES: Readonly<Record<string, string>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, string>, {
    a: 'а',
    c: 'с',
    e: 'е',
    i: 'і',
    o: 'о',
    p: 'р',
    x: 'х',
    y: 'у',
    A: 'А',
    B: 'В',
    C: 'С',
    E: 'Е',
    H: 'Н',
    I: 'І',
    K: 'К',
    M: 'М',
    O: 'О',
    P: 'Р',
    T: 'Т',
    X: 'Х',
    Y: 'У',
  }),
);

/** Letters that print like digits, and the digit meant (inside a number only). */
export const DIGIT_LOOKALIKES: Readonly<Record<string, string>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, string>, {
    l: '1',
    I: '1',
    І: '1',
    O: '0',
    o: '0',
    О: '0',
    о: '0',
    З: '3',
    б: '6',
  }),
);

export interface Folded {
  /** The word as printed. */
  printed: string;
  /** The word as read. */
  read: string;
}

// A word: Latin and Cyrillic letters with the apostrophes inside
// Ukrainian words (ranges, not \p{L}: cheap to compile on every start; cells are NFC).
const WORD = /[A-Za-z\u00c0-\u024f\u0400-\u052f'’ʼ]+/g;
const CYRILLIC = /[\u0400-\u052f]/;
const LATIN = /[A-Za-z\u00c0-\u024f]/g;
const ANY_LATIN = /[A-Za-z\u00c0-\u024f]/;

/** The word with its Latin look-alikes made Cyrillic, or null when it is not a Cyrillic word with some. */
function foldWord(word: string): string | null {
  if (!CYRILLIC.test(word)) return null;
  const latin = word.match(LATIN);
  if (!latin || latin.some((ch) => LATIN_LOOKALIKES[ch] === undefined)) return null;
  return word.replace(LATIN, (ch) => LATIN_LOOKALIKES[ch] as string);
}

/** Folds Latin look-alike letters inside otherwise Cyrillic words; `folded` lists each word changed. */
export function foldLookalikeLetters(text: string): { text: string; folded: Folded[] } {
  const folded: Folded[] = [];
  if (!CYRILLIC.test(text) || !ANY_LATIN.test(text)) return { text, folded };
  const out = text.replace(WORD, (word) => {
    const read = foldWord(word);
    if (read === null) return word;
    folded.push({ printed: word, read });
    return read;
  });
  return { text: out, folded };
}

export function isDigitLookalike(ch: string): boolean {
  return DIGIT_LOOKALIKES[ch] !== undefined;
}

export function digitOf(ch: string): string | undefined {
  return ch >= '0' && ch <= '9' ? ch : DIGIT_LOOKALIKES[ch];
}
