// The commonest little words of Ukrainian: any page of the report's prose is full of
// them (7–20 % of its words), and text that is garbled, or read in the wrong encoding,
// has almost none. A test of «is this Ukrainian prose» that needs no dictionary.
const COMMON_WORDS = new Set(
  'та і й в у на з із зі до для що за від по не про при як або а щодо через це його їх також'.split(' '),
);
const WORD = /[\p{L}'’ʼ]+/gu;

/**
 * The share of a text's words that are the commonest little words, and how many words
 * it has; words shorter than `minLength` not counted (noise is full of one-letter «words»).
 */
export function commonWordShare(text: string, minLength = 1): { words: number; share: number } {
  const words = (text.toLowerCase().match(WORD) ?? []).filter((w) => w.length >= minLength);
  if (words.length === 0) return { words: 0, share: 0 };
  return { words: words.length, share: words.filter((w) => COMMON_WORDS.has(w)).length / words.length };
}
