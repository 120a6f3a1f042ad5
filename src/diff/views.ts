// The diff for people (text, coloured on a TTY) and for machines (JSON, CSV).
import type { ChalkInstance } from 'chalk';
import { stringifyTable } from '../emit/csv.js';
import type { FieldChange, MeasureRef, ReportDiff } from './diff.js';

const show = (v: unknown): string => (v === null ? '—' : Array.isArray(v) ? v.join('; ') : String(v));
const clip = (s: string, max = 100): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);
const name = (m: MeasureRef) => `${m.sector} ${m.number} ${clip(m.title, 80)}`;

export function diffText(diff: ReportDiff, c: ChalkInstance): string {
  const out: string[] = [];
  out.push(`${c.bold('old')} ${diff.old.path ?? '<stdin>'} (${diff.old.period ?? '?'}, ${diff.old.measures} measures)`);
  out.push(`${c.bold('new')} ${diff.new.path ?? '<stdin>'} (${diff.new.period ?? '?'}, ${diff.new.measures} measures)`);
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
    for (const f of ch.changes) out.push(`    ${f.field}: ${c.red(clip(show(f.old)))} → ${c.green(clip(show(f.new)))}`);
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
];

export function diffCsv(diff: ReportDiff): string {
  type Cell = string | number | null;
  const row = (
    change: string,
    m: MeasureRef,
    oldNumber: string | null,
    newNumber: string | null,
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
  ];
  const rows: Cell[][] = [CSV_HEAD];
  for (const m of diff.added) rows.push(row('added', m, null, m.number));
  for (const m of diff.removed) rows.push(row('removed', m, m.number, null));
  for (const m of diff.moved) rows.push(row('moved', m.measure, m.oldNumber, m.newNumber));
  for (const ch of diff.changed)
    for (const f of ch.changes) rows.push(row('changed', ch.measure, ch.oldNumber, ch.measure.number, f));
  return stringifyTable(rows);
}
