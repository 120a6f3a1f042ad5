// What a programme is about: the words of its name that are not the programme's
// kind, the community's name or filler. Two names name the same programme only when
// these agree; «прав ветеранів» and «прав дітей» are two programmes however similar
// the rest. Words compare by their first five letters, so inflection does not count.
const STEM_LENGTH = 5;

/**
 * The words every programme name shares, as whole words in any inflection (a data
 * table). Whole words, not stems: «громади» (the community) is frame, «громадського»
 * (public, as in public transport) is content.
 */
const FRAME = new RegExp(
  '^(?:' +
    [
      'програм\\p{L}*',
      'міськ\\p{L}*',
      'цільов\\p{L}*',
      'комплексн\\p{L}*',
      'соціальн\\p{L}*',
      'регіональн\\p{L}*',
      'житомир\\p{L}*',
      'територіальн\\p{L}*',
      'громад(?:а|и|і|у|ою)',
      "об'?єднан\\p{L}*",
      'території',
      'період\\p{L}*',
      'роки',
      'років',
      'рік',
      'на',
      'та',
      'і',
      'й',
      'в',
      'у',
      'з',
      'із',
      'до',
      'для',
      'по',
      'щодо',
      'а',
      'за',
    ].join('|') +
    ')$',
  'u',
);

function stemOf(word: string): string {
  return word.replace(/['’ʼ]/gu, '').slice(0, STEM_LENGTH);
}

/** Content stems of a normalised name (lower case, years ignored). */
export function contentStems(normalized: string): Set<string> {
  const stems = new Set<string>();
  for (const word of normalized.split(/[^\p{L}'’ʼ]+/u)) {
    if (word.length < 2) continue;
    if (!FRAME.test(word.replace(/[’ʼ]/gu, "'"))) stems.add(stemOf(word));
  }
  return stems;
}

/** The content words that differ: words of `a` not in `b` and of `b` not in `a`. */
export function contentDifference(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...[...a].filter((w) => !b.has(w)), ...[...b].filter((w) => !a.has(w))];
}
