// Community and reporting period, read from the title
// ("… розвитку Житомирської міської територіальної громади за 9 місяців 2023 року").
import type { Period } from '../model/schema.js';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
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
  ROMAN[s.toLowerCase().replace(/і/g, 'i')] ?? (/^\d+$/.test(s) ? Number(s) : WORDS.find(([re]) => re.test(s))?.[1]);
// Months by their stems, January first.
const MONTHS = ['січ', 'лют', 'берез', 'квіт', 'трав', 'черв', 'лип', 'серп', 'верес', 'жовт', 'листопад', 'груд'];
const monthOf = (word: string): number | undefined => {
  const i = MONTHS.findIndex((stem) => word.toLowerCase().startsWith(stem));
  return i < 0 ? undefined : i + 1;
};

const NUMBER = String.raw`([IІ]{1,3}|[IІ]V|\d{1,2}|[\p{L}'’ʼ]+)`;
const DASH = String.raw`\s*[-–—]\s*`;

/** Period phrases after «за», most specific first. `months` counts from January. */
const PERIOD_FORMS: ReadonlyArray<{ re: RegExp; months: (m: RegExpExecArray) => number | undefined }> = [
  // «січень–вересень», «січень-грудень»: from January to the month named last.
  { re: new RegExp(String.raw`(січ\p{L}*)${DASH}(\p{L}+)`, 'iu'), months: (m) => monthOf(m[2] as string) },
  // «9 місяців», «дев'ять місяців», «9 міс.»
  {
    re: new RegExp(String.raw`${NUMBER}\s*(?:місяц\p{L}*|міс\.?)(?=\s|$)`, 'iu'),
    months: (m) => numberValue(m[1] as string),
  },
  // «I півріччя», «перше півріччя», «2-ге півріччя»
  {
    re: new RegExp(String.raw`${NUMBER}\s*[-–]?\s*(?:го\s+|ге\s+)?півріч\p{L}*`, 'iu'),
    months: (m) => {
      const h = numberValue(m[1] as string);
      return h === undefined ? undefined : 6 * h;
    },
  },
  // «I–III квартали», «за три квартали», «III квартал», «третій квартал»
  {
    re: new RegExp(String.raw`(?:[IІ]{1,3}|[IІ]V|\d)${DASH}${NUMBER}\s*квартал\p{L}*`, 'iu'),
    months: (m) => {
      const q = numberValue(m[1] as string);
      return q === undefined ? undefined : 3 * q;
    },
  },
  {
    re: new RegExp(String.raw`${NUMBER}\s*[-–]?\s*(?:й\s+)?квартал\p{L}*`, 'iu'),
    months: (m) => {
      const q = numberValue(m[1] as string);
      return q === undefined ? undefined : 3 * q;
    },
  },
  // «2023 рік», «2023 р.», «2023 року»
  { re: /\d{4}\s*(?:рік|року|р\.?)(?!\p{L})/iu, months: () => 12 },
];
const YEAR = /(?:^|\D)((?:19|20)\d{2})(?!\d)/u;
const COMMUNITY = /розвитку\s+(.+?)\s+за\s+/iu;
// The last «за» of the title starts the period.
const PERIOD_LABEL = /^.*\sза\s+(.+?)\s*$/isu;

export function readCommunity(title: string): string | null {
  return COMMUNITY.exec(title)?.[1] ?? null;
}

export function readPeriod(title: string): Period {
  const label = PERIOD_LABEL.exec(title)?.[1]?.replace(/[.*]+$/, '') ?? null;
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
