// What a programme is about: the words of its name that are not the programme's
// kind, the community's name or filler. Two names name the same programme only when
// these agree; «прав ветеранів» and «прав дітей» are two programmes however similar
// the rest. Words compare by their first five letters, so inflection does not count.
const STEM_LENGTH = 5;

/** Stems of the words every programme name shares (a data table). */
const FRAME_WORDS = [
  'програма', 'міська', 'цільова', 'комплексна', 'соціальна', 'регіональна',
  'житомирська', 'територіальна', 'громада', "об'єднана", 'обєднана', 'території',
  'період', 'роки', 'років', 'рік', 'на', 'та', 'і', 'й', 'в', 'у', 'з', 'із', 'до', 'для', 'по', 'щодо', 'а', 'за',
];
const FRAME = new Set(FRAME_WORDS.map((w) => stemOf(w)));

function stemOf(word: string): string {
  return word.replace(/['’ʼ]/gu, '').slice(0, STEM_LENGTH);
}

/** Content stems of a normalised name (lower case, years ignored). */
export function contentStems(normalized: string): Set<string> {
  const stems = new Set<string>();
  for (const word of normalized.split(/[^\p{L}'’ʼ]+/u)) {
    if (word.length < 2) continue;
    const stem = stemOf(word);
    if (!FRAME.has(stem)) stems.add(stem);
  }
  return stems;
}

/** The content words that differ: words of `a` not in `b` and of `b` not in `a`. */
export function contentDifference(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...[...a].filter((w) => !b.has(w)), ...[...b].filter((w) => !a.has(w))];
}
