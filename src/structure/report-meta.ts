// What the whole table tells once every row is read: the title with its community
// and period, the notes (text before the header that is not the title among them),
// and the notes about headings, title and header that only the whole can justify.
import { type Diagnostics, excerpt } from '../diagnostics/diagnostics.js';
import type { SourcePlace } from '../model/schema.js';
import type { ReportTree } from '../model/tree.js';
import { collapseSpaces } from '../text/whitespace.js';
import { type PreambleLine, splitPreamble } from './preamble.js';
import { readCommunity, readPeriod } from './title.js';

export interface HeadingSeen {
  source: SourcePlace;
  /** Bold, underlined or in italics. */
  marked: boolean;
  text: string;
}

export interface MetaParts {
  preamble: readonly PreambleLine[];
  headings: readonly HeadingSeen[];
  notes: readonly string[];
  labels: readonly string[];
  state: { headerSeen: boolean };
}

export function finishMeta(parts: MetaParts, diagnostics: Diagnostics): ReportTree['meta'] {
  // Markup is only a hint; a heading without it is worth a note when others have it.
  if (parts.headings.some((h) => h.marked)) {
    for (const h of parts.headings.filter((x) => !x.marked)) {
      diagnostics.add('heading-without-markup', { heading: excerpt(h.text) }, h.source);
    }
  }
  const { title: titleLines, notes: before } = splitPreamble(parts.preamble);
  for (const line of before) diagnostics.add('text-before-table', { text: excerpt(line.text, 200) }, line.source);
  if (titleLines.length === 0) diagnostics.add('title-missing', {}, { line: 1 });
  if (!parts.state.headerSeen) {
    diagnostics.add('header-missing', {}, { line: 1 });
  }
  const title = collapseSpaces(titleLines.map((l) => l.text).join(' '));
  const period = readPeriod(title);
  if (title !== '' && period.months === null) {
    diagnostics.add('period-unknown', { title: excerpt(title, 200) }, titleLines[0]?.source ?? { line: 1 });
  }
  return {
    title,
    community: readCommunity(title),
    period,
    columns: [...parts.labels],
    notes: [...before.map((l) => l.text), ...parts.notes],
  };
}
