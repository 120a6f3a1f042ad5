// Letters of the alphabets a report is written in, as a small class for patterns
// that ignore case. \p{L} under the `i` flag makes V8 build the case closure of every
// letter in Unicode when the pattern first runs (milliseconds per pattern, on every
// start); these few ranges say the same for Ukrainian and Latin text.
export const LETTER = "a-zа-яёіїєґ'’ʼ";
/** Not after a letter: the start of a word. */
export const WORD_START = `(?<![${LETTER}])`;
/** Not before a letter: the end of a word. */
export const WORD_END = `(?![${LETTER}])`;
