// An unresolved programme still counts as a programme of its own: it gets an id made
// from its content words and years (`veteraniv-zakhystu-prav-2022-2026`), the same
// for every spelling that normalises alike, shaped like a registry id so that
// `programs --suggest` can offer it as one.
import { slugify } from '../../text/slug.js';
import { contentStems } from './content-words.js';

const MAX_WORDS = 6;

export function provisionalProgramId(normalizedName: string, years: string | null): string {
  const stems = new Set(contentStems(normalizedName));
  const words = normalizedName
    .split(/[^\p{L}'’ʼ]+/u)
    .filter((w) => stems.has(w.replace(/['’ʼ]/gu, '').slice(0, 5)))
    .filter((w, i, all) => all.findIndex((x) => x.slice(0, 5) === w.slice(0, 5)) === i)
    .slice(0, MAX_WORDS);
  const slug = slugify(words.join(' '));
  return [slug === '-' ? 'programme' : slug, ...(years === null ? [] : [years])].join('-');
}
