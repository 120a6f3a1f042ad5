// Community and reporting period, read from the title
// ("… розвитку Житомирської міської територіальної громади за 9 місяців 2023 року").
import type { Period } from '../model/schema.js';
import { trimEndOf } from '../text/edges.js';

// A Map: the word comes from the input («constructor» would find Object's).
const ROMAN: ReadonlyMap<string, number> = new Map([
  ['i', 1],
  ['ii', 2],
  ['iii', 3],
  ['iv', 4],
]);
// Numbers written as words, cardinal or ordinal, by their stems.
const WORDS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:один|одн|перш)/iu, 1],
  [/^(?:два|дв|друг)/iu, 2],
  [/^(?:три|трет)/iu, 3],
  [/^(?:чотир|четверт)/iu, 4],
  [/^шіст/iu, 6],
  [/^дев[’'ʼ]?ят/iu, 9],
  [/^дванадцят/iu, 12],
];
// Ukrainian texts write Roman numerals with Cyrillic І as often as Latin I; words and digits serve too.
const numberValue = (s: string): number | undefined =>
  ROMAN.get(s.toLowerCase().replace(/і/g, 'i')) ??
  (/^\d+$/.test(s) ? Number(s) : WORDS.find(([re]) => re.test(s))?.[1]);
// Months by their stems, January first.
const MONTHS = ['січ', 'лют', 'берез', 'квіт', 'трав', 'черв', 'лип', 'серп', 'верес', 'жовт', 'листопад', 'груд'];
const monthOf = (word: string): number | undefined => {
  const i = MONTHS.findIndex((stem) => word.toLowerCase().startsWith(stem));
  return i < 0 ? undefined : i + 1;
};

// Each form starts where a word starts: inside a 16,000-letter word every letter would be a start.
// A number word is short («дев'ятнадцять» has 13 letters): a longer run is no number, and is not rescanned.
const NUMBER = String.raw`(?<![\p{L}'’ʼ])([IІ]{1,3}|[IІ]V|\d{1,2}|[\p{L}'’ʼ]{1,16})`;
// One optional dash between spaces: `\s*[-–]?\s*` splits a run of spaces every way before failing.
const OPTIONAL_DASH = String.raw`\s*(?:[-–]\s*)?`;
const DASH = String.raw`\s*[-–—]\s*`;

/** Period phrases after «за», most specific first. `months` counts from January. */
const PERIOD_FORMS: ReadonlyArray<{ re: RegExp; months: (m: RegExpExecArray) => number | undefined }> = [
  // «січень–вересень», «січень-грудень»: from January to the month named last.
  { re: new RegExp(String.raw`(?<!\p{L})(січ\p{L}*)${DASH}(\p{L}+)`, 'iu'), months: (m) => monthOf(m[2] as string) },
  // «9 місяців», «дев'ять місяців», «9 міс.»
  {
    re: new RegExp(String.raw`${NUMBER}\s*(?:місяц\p{L}*|міс\.?)(?=\s|$)`, 'iu'),
    months: (m) => numberValue(m[1] as string),
  },
  // «I півріччя», «перше півріччя», «2-ге півріччя»
  {
    re: new RegExp(String.raw`${NUMBER}${OPTIONAL_DASH}(?:го\s+|ге\s+)?півріч\p{L}*`, 'iu'),
    months: (m) => {
      const h = numberValue(m[1] as string);
      return h === undefined ? undefined : 6 * h;
    },
  },
  // «I–III квартали», «за три квартали», «III квартал», «третій квартал»
  {
    re: new RegExp(String.raw`(?<![\p{L}\d])(?:[IІ]{1,3}|[IІ]V|\d)${DASH}${NUMBER}\s*квартал\p{L}*`, 'iu'),
    months: (m) => {
      const q = numberValue(m[1] as string);
      return q === undefined ? undefined : 3 * q;
    },
  },
  {
    re: new RegExp(String.raw`${NUMBER}${OPTIONAL_DASH}(?:й\s+)?квартал\p{L}*`, 'iu'),
    months: (m) => {
      const q = numberValue(m[1] as string);
      return q === undefined ? undefined : 3 * q;
    },
  },
  // «2023 рік», «2023 р.», «2023 року»
  { re: /\d{4}\s*(?:рік|року|р\.?)(?!\p{L})/iu, months: () => 12 },
];
const YEAR = /(?:^|\D)((?:19|20)\d{2})(?!\d)/u;
const AFTER_DEVELOPMENT = /розвитку\s+/iu;
// «за» between spaces, found where its space run starts (a run is never rescanned from inside).
const ZA = /(?<!\s)\s+за(?=\s)/giu;
/** «за» preceded and followed by white space: where each such word starts and where its text after it starts. */
function zaPlaces(text: string): Array<{ at: number; after: number }> {
  return [...text.matchAll(ZA)].map((m) => {
    let after = m.index + m[0].length;
    while (after < text.length && /\s/u.test(text[after] as string)) after++;
    return { at: m.index, after };
  });
}

/** The community: the text from «розвитку» to the next «за», on one line. */
export function readCommunity(title: string): string | null {
  const start = AFTER_DEVELOPMENT.exec(title);
  if (!start) return null;
  const from = start.index + start[0].length;
  const za = zaPlaces(title.slice(from)).find((p) => p.at >= 1);
  const community = za === undefined ? '' : title.slice(from, from + za.at);
  return community === '' || /[\n\r\u2028\u2029]/u.test(community) ? null : community;
}

/** The period label: the text after the title's last «за» that has text after it. */
function periodLabel(title: string): string | undefined {
  const places = zaPlaces(title);
  for (let k = places.length - 1; k >= 0; k--) {
    const label = trimEndOf(title.slice((places[k] as { after: number }).after), /\s/u);
    if (label !== '') return label;
  }
  return undefined;
}

export function readPeriod(title: string): Period {
  const found = periodLabel(title);
  const label = found === undefined ? null : trimEndOf(found, /[.*]/);
  if (label === null) return { year: null, months: null, label: null };
  const yearMatch = YEAR.exec(label);
  let months: number | null = null;
  for (const form of PERIOD_FORMS) {
    const m = form.re.exec(label);
    const value = m ? form.months(m) : undefined;
    if (value !== undefined && value >= 1 && value <= 12) {
      months = value;
      break;
    }
  }
  return { year: yearMatch ? Number(yearMatch[1]) : null, months, label };
}
