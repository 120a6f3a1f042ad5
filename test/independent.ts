// The sample's measures as read without this tool: test/producers/independent-measures.json,
// written by scripts/independent-sample-reading.py (Python's csv module and html.parser over the
// text export), and column 6 read by hand (test/hand/sample-2023-9m-column6.tsv). Every reading
// of the sample in another format is compared with these, never with the tool's own parse.
import { readFileSync } from 'node:fs';
import type { Report } from '../src/model/schema.js';
import { ROOT } from './helpers.js';

export type Reading = { sector: string; number: string; title: string; executors: string; execution: string };

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
// A PDF keeps no record of whether a line broke at a space or after a slash («АТО/ ООС»):
// for PDFs «white space aside» means without white space at all.
const squeeze = (s: string) => s.replace(/\s+/g, '');
/**
 * Column 4 is one cell of text; the tool splits it into bodies on commas (outside quotes)
 * and line breaks, the independent reading keeps it whole. The tool's list joined with «, »
 * gives the cell back when it split at commas only; white space around a comma is normalised
 * on both sides (a producer may break a line there).
 */
export const executorsText = (s: string) => collapse(s).replace(/\s*,\s*/g, ', ');

const readingFile = JSON.parse(readFileSync(`${ROOT}test/producers/independent-measures.json`, 'utf8')) as {
  measures: Reading[];
};
/** The 173 measures in document order, executors as one normalised string. */
export const INDEPENDENT: readonly Reading[] = readingFile.measures.map((r) => ({
  ...r,
  executors: executorsText(r.executors),
}));

/** The report's measures in the independent reading's terms. */
export function readingOf(report: Report): Reading[] {
  return report.priorities.flatMap((p) =>
    p.sectors.flatMap((s) =>
      s.tasks.flatMap((t) =>
        t.measures.map((m) => ({
          sector: collapse(s.name),
          number: m.number,
          title: collapse(m.title),
          executors: executorsText(m.executors.join(', ')),
          execution: collapse(m.execution),
        })),
      ),
    ),
  );
}

export const squeezed = (r: Reading): Reading => ({
  sector: squeeze(r.sector),
  number: r.number,
  title: squeeze(r.title),
  executors: squeeze(r.executors),
  execution: squeeze(r.execution),
});

export type Difference = { measure: string; field: string; want: string | null; got: string | null };
const FIELDS = ['title', 'executors', 'execution'] as const;
const key = (r: Reading) => `${r.sector} ${r.number}`;

/**
 * What differs, measure by measure: a measure is known by its sector and number (each pair is
 * once in the report), so one measure missing or read twice is one line, not a shift of all
 * that follow. Then the fields of the measures found, then their order.
 */
export function differences(got: readonly Reading[], want: readonly Reading[]): Difference[] {
  const found = new Map<string, Reading[]>();
  for (const r of got) found.set(key(r), [...(found.get(key(r)) ?? []), r]);
  const wanted = new Set(want.map(key));
  const out: Difference[] = [];
  for (const w of want) {
    const g = found.get(key(w)) ?? [];
    if (g.length !== 1) out.push({ measure: key(w), field: 'found', want: '1', got: String(g.length) });
    const first = g[0];
    if (!first) continue;
    for (const field of FIELDS) {
      if (first[field] !== w[field]) out.push({ measure: key(w), field, want: w[field], got: first[field] });
    }
  }
  for (const g of got) {
    if (!wanted.has(key(g))) out.push({ measure: key(g), field: 'extra measure', want: null, got: g.title });
  }
  const order = got.map(key).filter((k) => wanted.has(k));
  const inOrder = want.map(key).filter((k) => found.has(k));
  if (out.length === 0 && order.join('\n') !== inOrder.join('\n')) {
    out.push({ measure: '(all)', field: 'order', want: inOrder.join(' | '), got: order.join(' | ') });
  }
  return out;
}

/** How many of the wanted measures a reading has once and field-exact. */
export function exactCount(got: readonly Reading[], want: readonly Reading[]): number {
  const wrong = new Set(differences(got, want).map((d) => d.measure));
  return want.filter((w) => !wrong.has(key(w))).length;
}

const column6Lines = readFileSync(`${ROOT}test/hand/sample-2023-9m-column6.tsv`, 'utf8').trimEnd().split('\n');
/** Column 6 of each measure read by hand: the programmes as printed (` | ` between), the amount. */
export const HAND_COLUMN6 = column6Lines.slice(1).map((line) => {
  const [sector = '', number = '', programmes = '', amount = ''] = line.split('\t');
  return { sector, number, programmes, amount: amount === '' ? null : Number(amount) };
});
