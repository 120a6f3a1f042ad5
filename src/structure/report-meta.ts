// What the whole table tells once every row is read: the title with its community
// and period, and the notes about headings, title and header that only the whole can
// justify.
import { type Diagnostics, excerpt } from '../diagnostics/diagnostics.js';
import type { ReportMeta, SourcePlace } from '../model/schema.js';
import { collapseSpaces } from '../text/whitespace.js';
import { readCommunity, readPeriod } from './title.js';

export interface HeadingSeen {
  source: SourcePlace;
  /** Bold or underlined. */
  marked: boolean;
  text: string;
}

export function finishMeta(
  meta: ReportMeta,
  titleLines: readonly string[],
  titleSource: SourcePlace,
  headings: readonly HeadingSeen[],
  headerSeen: boolean,
  diagnostics: Diagnostics,
): ReportMeta {
  // Markup is only a hint; a heading without it is worth a note when others have it.
  if (headings.some((h) => h.marked)) {
    for (const h of headings.filter((x) => !x.marked)) {
      const message = `heading «${excerpt(h.text)}» has no bold or underline; recognised by its shape`;
      diagnostics.add('heading-without-markup', message, h.source);
    }
  }
  if (titleLines.length === 0) diagnostics.add('title-missing', 'no title before the table', { line: 1 });
  if (!headerSeen) {
    diagnostics.add(
      'header-missing',
      'no header row before the data; columns read in the usual order: ' +
        '№, task, measure, executors, execution, programme or funding',
      { line: 1 },
    );
  }
  const title = collapseSpaces(titleLines.join(' '));
  const finished: ReportMeta = { ...meta, title, community: readCommunity(title), period: readPeriod(title) };
  if (title !== '' && finished.period.months === null) {
    const message = `no reporting period recognised in the title «${excerpt(title, 200)}»`;
    diagnostics.add('period-unknown', message, titleSource);
  }
  return finished;
}
