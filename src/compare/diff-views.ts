// The diff for people (text, coloured on a TTY) and for machines (JSON, CSV).
import { counted } from '../text/plural.js';
import type { ChalkInstance } from 'chalk';
import { stringifyTable } from '../emit/csv.js';
import type { FieldChange, MeasureRef, ReportDiff } from './diff.js';

// Objects (the extra columns, null-prototype: String() would throw) as «column: text; …».
const show = (v: unknown): string =>
  v === null
    ? '—'
    : Array.isArray(v)
      ? v.join('; ')
      : typeof v === 'object'
        ? Object.entries(v as object)
            .map(([k, x]) => `${k}: ${show(x)}`)
            .join('; ')
        : String(v);
const clip = (s: string, max = 100): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);
const name = (m: MeasureRef) => `${m.sector} ${m.number} ${clip(m.title, 80)}`;

/**
 * A change of a long text as the words that changed, with a few words either side:
 * «… робіт становить 81,0%. → 94,0%.», where cutting at 100 characters hid it.
 */
export function wordChange(before: string, after: string, context = 3): [string, string] {
  const a = before.split(/\s+/u);
  const b = after.split(/\s+/u);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const from = Math.max(0, start - context);
  const cut = (words: string[]) => {
    const to = Math.min(words.length, words.length - end + context);
    return `${from > 0 ? '… ' : ''}${words.slice(from, to).join(' ')}${to < words.length ? ' …' : ''}`;
  };
  return [cut(a), cut(b)];
}

const LONG = 100;
function fieldChange(f: FieldChange, c: ChalkInstance): string {
  const [before, after] = [show(f.old), show(f.new)];
  const [shownBefore, shownAfter] =
    before.length > LONG || after.length > LONG ? wordChange(before, after) : [before, after];
  return `    ${f.field}: ${c.red(clip(shownBefore, 160))} → ${c.green(clip(shownAfter, 160))}`;
}

export function diffText(diff: ReportDiff, c: ChalkInstance): string {
  const out: string[] = [];
  for (const [label, side] of [
    ['old', diff.old],
    ['new', diff.new],
  ] as const)
    out.push(
      `${c.bold(label)} ${side.path ?? '<stdin>'} (${side.period ?? '?'}, ${counted(side.measures, 'measure')})`,
    );
  const s = diff.summary;
  out.push(
    `${s.added} added, ${s.removed} removed, ${s.moved} moved, ${s.changed} changed, ${s.unchanged} unchanged`,
    '',
  );
  for (const m of diff.added) out.push(c.green(`+ added    ${name(m)}`));
  for (const m of diff.removed) out.push(c.red(`- removed  ${name(m)}`));
  for (const m of diff.moved) {
    const where = m.oldSector === m.newSector ? m.newSector : `${m.oldSector} → ${m.newSector}`;
    out.push(c.cyan(`> moved    ${where} ${m.oldNumber} → ${m.newNumber} ${clip(m.measure.title, 80)}`));
  }
  for (const ch of diff.changed) {
    out.push(c.yellow(`~ changed  ${name(ch.measure)}`));
    for (const f of ch.changes) out.push(fieldChange(f, c));
  }
  return `${out.join('\n')}\n`;
}

export function diffJson(diff: ReportDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}

const CSV_HEAD = [
  'change',
  'sector',
  'task',
  'old_number',
  'new_number',
  'measure_id',
  'title',
  'field',
  'old_value',
  'new_value',
  'priority',
  'old_measure_id',
];

export function diffCsv(diff: ReportDiff): string {
  type Cell = string | number | null;
  const row = (
    change: string,
    m: MeasureRef,
    oldNumber: string | null,
    newNumber: string | null,
    oldId: string | null,
    f?: FieldChange,
  ): Cell[] => [
    change,
    m.sector,
    m.task,
    oldNumber,
    newNumber,
    m.id,
    m.title,
    f?.field ?? null,
    f ? show(f.old) : null,
    f ? show(f.new) : null,
    m.priority,
    oldId,
  ];
  const rows: Cell[][] = [CSV_HEAD];
  for (const m of diff.added) rows.push(row('added', m, null, m.number, null));
  for (const m of diff.removed) rows.push(row('removed', m, m.number, null, m.id));
  for (const m of diff.moved) rows.push(row('moved', m.measure, m.oldNumber, m.newNumber, m.oldId));
  for (const ch of diff.changed)
    for (const f of ch.changes) rows.push(row('changed', ch.measure, ch.oldNumber, ch.measure.number, ch.oldId, f));
  return stringifyTable(rows);
}
