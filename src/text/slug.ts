// Ids are slugs of Ukrainian names, romanised by the national transliteration table
// (Cabinet of Ministers resolution No. 55, 2010), so they read well and stay stable.
import { memoize } from './memo.js';
import { trimEdges } from './edges.js';
const UK_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  // Letters of neighbouring alphabets that turn up in Ukrainian documents.
  ё: 'io',
  ы: 'y',
  э: 'e',
  ъ: '',
};
// At the start of a word these letters take their initial forms.
const UK_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const APOSTROPHES = /['’ʼ`]/g;

export function transliterate(text: string): string {
  let out = '';
  let atWordStart = true;
  for (const ch of text.toLowerCase().replace(APOSTROPHES, '')) {
    const initial = atWordStart ? UK_INITIAL[ch] : undefined;
    const latin = initial ?? UK_LATIN[ch];
    out += latin ?? ch;
    atWordStart = !/\p{L}/u.test(ch);
  }
  return out;
}

/** Lower-case ASCII words joined by hyphens; `-` for a name with no letters or digits. */
// Sector names repeat from priority to priority (and release to release): remembered.
export const slugify: (text: string) => string = memoize(slugOf);

function slugOf(text: string): string {
  const dashed = transliterate(text.normalize('NFC'))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-');
  const slug = trimEdges(dashed, /-/);
  return slug === '' ? '-' : slug;
}
