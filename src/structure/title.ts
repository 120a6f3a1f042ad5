// Community and reporting period, read from the title
// ("… розвитку Житомирської міської територіальної громади за 9 місяців 2023 року").
import type { Period } from '../model/schema.js';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
// Ukrainian texts write Roman numerals with Cyrillic І as often as Latin I.
const romanValue = (s: string): number | undefined => ROMAN[s.toLowerCase().replace(/і/g, 'i')] ?? (/^\d+$/.test(s) ? Number(s) : undefined);

/** Period phrases after «за», most specific first. `months` counts from January. */
const PERIOD_FORMS: ReadonlyArray<{ re: RegExp; months: (m: RegExpExecArray) => number | undefined }> = [
  { re: /(\d{1,2})\s*(?:місяц\p{L}*|міс\.?)(?=\s|$)/iu, months: (m) => Number(m[1]) },
  { re: /([IІ]{1,3}|[IІ]V|\d)\s*[-–]?\s*(?:го\s+)?півріч\p{L}*/iu, months: (m) => { const h = romanValue(m[1] as string); return h === undefined ? undefined : 6 * h; } },
  { re: /([IІ]{1,3}|[IІ]V|\d)\s*[-–]?\s*(?:й\s+)?квартал\p{L}*/iu, months: (m) => { const q = romanValue(m[1] as string); return q === undefined ? undefined : 3 * q; } },
  { re: /\d{4}\s*(?:рік|р\.)/iu, months: () => 12 },
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
