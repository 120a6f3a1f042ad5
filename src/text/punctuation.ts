// Typographic punctuation folded to its plain form, for comparing texts by what they
// say: a release retyped with a word processor's autocorrect („…“ for "…", ’ for ',
// – for -) says the same. Used where texts are compared, never on the data itself.
const FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/[«»„“”‟″〝〞＂]/gu, '"'],
  [/[‘’‚‛′ʼ`´]/gu, "'"],
  [/[‐‑‒–—―−]/gu, '-'],
  [/…/gu, '...'],
];
const ANY = /[«»„“”‟″〝〞＂‘’‚‛′ʼ`´‐‑‒–—―−…]/u;

export function foldPunctuation(text: string): string {
  if (!ANY.test(text)) return text;
  let out = text;
  for (const [re, plain] of FOLDS) out = out.replace(re, plain);
  return out;
}
