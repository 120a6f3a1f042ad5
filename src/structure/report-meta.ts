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
      diagnostics.add('heading-without-markup', { heading: excerpt(h.text) }, h.source);
    }
  }
  if (titleLines.length === 0) diagnostics.add('title-missing', {}, { line: 1 });
  if (!headerSeen) {
    diagnostics.add('header-missing', {}, { line: 1 });
  }
  const title = collapseSpaces(titleLines.join(' '));
  const finished: ReportMeta = { ...meta, title, community: readCommunity(title), period: readPeriod(title) };
  if (title !== '' && finished.period.months === null) {
    diagnostics.add('period-unknown', { title: excerpt(title, 200) }, titleSource);
  }
  return finished;
}
