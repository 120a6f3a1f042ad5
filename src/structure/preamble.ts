// The text before the table's header: the title, and what a clerk or a program puts
// around it («Додаток 2», «до рішення виконавчого комітету», an addressee,
// «ЗАТВЕРДЖЕНО», a page title). The title is the block of lines that ends with the
// line naming the period («… за 9 місяців 2023 року») and begins at the nearest line
// before it that starts as a title does («Інформація …», «Звіт …»); without a period,
// the block a title start begins, to the next blank line. Every other line goes to
// the report's notes.
import type { SourcePlace } from '../model/schema.js';
import { foldLookalikeLetters } from '../text/lookalikes.js';
import { WORD_END } from '../text/letters.js';

export interface PreambleLine {
  text: string;
  source: SourcePlace;
  /** A blank line came before it. */
  blankBefore: boolean;
}

/** How a report's title begins (a data table, tried on the line with look-alike letters folded). */
export const TITLE_STARTS: readonly RegExp[] = [
  new RegExp(`^інформаці[яії]${WORD_END}`, 'iu'),
  new RegExp(`^звіт${WORD_END}`, 'iu'),
  /^(?:стан|хід)\s+виконання/iu,
  new RegExp(`^моніторинг${WORD_END}`, 'iu'),
];

/** Lines that accompany a document and are never its title. */
export const NOT_TITLE: readonly RegExp[] = [
  new RegExp(`^додаток${WORD_END}`, 'iu'),
  new RegExp(`^(?:затверджено|погоджено|схвалено)${WORD_END}`, 'iu'),
  /^до\s+(?:рішення|розпорядження|наказу|листа)/iu,
  /^від\s+\d/iu,
  /^№\s*\d/u,
];

const startsTitle = (line: PreambleLine): boolean => {
  const folded = foldLookalikeLetters(line.text).text.replace(/^[*_\s]+/u, '');
  return TITLE_STARTS.some((re) => re.test(folded));
};
const neverTitle = (line: PreambleLine): boolean => NOT_TITLE.some((re) => re.test(line.text));

// «… за 9 місяців 2023 року», «за І півріччя», «за 2023 рік»: what the title's period is said with.
// Read as «за», then a period word after it on its line: the first «за» leaves the most text after it,
// so one search suffices (a pattern with `.*` between would rescan the line from every «за»).
const ZA = /(?:^|\s)за\s/i;
const PERIOD_WORD = /(?:19|20)\d{2}|місяц|міс\.|квартал|півріч|рік|року/i;
/** The line names the period: the title ends with it (the period itself is read from the whole title). */
const namesPeriod = (line: PreambleLine): boolean =>
  line.text.split(/[\n\r\u2028\u2029]/u).some((part) => {
    const za = ZA.exec(part);
    return za !== null && PERIOD_WORD.test(part.slice(za.index + za[0].length));
  });

/** Where the title's block begins, going up from the line that ends it, within lines that run on without a gap. */
function blockStart(lines: readonly PreambleLine[], end: number): number {
  let start = end;
  while (start > 0 && !(lines[start] as PreambleLine).blankBefore && !startsTitle(lines[start] as PreambleLine)) {
    if (neverTitle(lines[start - 1] as PreambleLine)) break;
    start--;
  }
  return start;
}

/** The title's lines (first to last) by the rule above, or null when the preamble has none. */
function titleSpan(lines: readonly PreambleLine[]): [number, number] | null {
  const end = lines.findIndex(namesPeriod);
  if (end >= 0) return [blockStart(lines, end), end];
  let start = lines.findIndex(startsTitle);
  if (start < 0) start = lines.findIndex((l) => !neverTitle(l));
  if (start < 0) return null;
  let last = start;
  while (last + 1 < lines.length && !(lines[last + 1] as PreambleLine).blankBefore) last++;
  return [start, last];
}

/** The title's lines and the other lines before the header, each in order. */
export function splitPreamble(lines: readonly PreambleLine[]): { title: PreambleLine[]; notes: PreambleLine[] } {
  const span = titleSpan(lines);
  if (!span) return { title: [], notes: [...lines] };
  const [first, last] = span;
  return { title: lines.slice(first, last + 1), notes: [...lines.slice(0, first), ...lines.slice(last + 1)] };
}
