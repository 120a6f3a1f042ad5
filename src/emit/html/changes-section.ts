// Several releases: what changed between each consecutive pair, matched as `diff`
// and `history` match (a renumbered measure is moved, not removed and added).
import { diffReports, type MeasureRef } from '../../compare/diff.js';
import type { Report } from '../../model/schema.js';
import { type Html, html } from './escape.js';
import { formatAmount } from './format.js';
import { FIELD_LABEL, STATUS_LOOK } from './labels.js';
import type { FieldChange } from '../../compare/match.js';

/** Longest old or new text a change shows; the rest is in the measure's row and in `diff`. */
const SHOWN = 160;

/** A field's value as the page shows it: a status by its label, an amount as Ukrainians write it. */
function shown(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'status') return STATUS_LOOK[value as keyof typeof STATUS_LOOK]?.label ?? String(value);
  if (typeof value === 'number') return formatAmount(value);
  const text = Array.isArray(value)
    ? value.join('; ')
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
}

const changeItem = (f: FieldChange): Html =>
  html`<li><b>${FIELD_LABEL[f.field] ?? f.field}</b>: ${shown(f.field, f.old)} → ${shown(f.field, f.new)}</li>`;

const name = (m: MeasureRef) => html`${m.sector} ${m.number} ${m.title}`;

function list(title: string, kind: string, items: readonly Html[]): Html {
  if (items.length === 0) return html``;
  return html`<h4>${title} — ${items.length}</h4><ul class="change ${kind}">${items}</ul>`;
}

function pair(older: Report, newer: Report): Html {
  const d = diffReports(older, newer);
  const s = d.summary;
  const counts =
    `додано ${s.added}, вилучено ${s.removed}, перенумеровано або перенесено ${s.moved}, ` +
    `змінено ${s.changed}, без змін ${s.unchanged}`;
  const title = `${older.report.period.label ?? '?'} → ${newer.report.period.label ?? '?'}`;
  return html`<article class="pair"><h3>${title}</h3>
<p>${counts}</p>
${list(
  'Додано',
  'added',
  d.added.map((m) => html`<li data-measure-id="${m.id}">${name(m)}</li>`),
)}${list(
  'Вилучено',
  'removed',
  d.removed.map((m) => html`<li>${name(m)}</li>`),
)}${list(
  'Перенумеровано або перенесено',
  'moved',
  d.moved.map(
    (m) =>
      html`<li data-measure-id="${m.measure.id}">${m.oldSector} ${m.oldNumber} → ${m.newSector} ${m.newNumber}
 ${m.measure.title}</li>`,
  ),
)}${list(
  'Змінено',
  'changed',
  d.changed.map(
    (c) =>
      html`<li data-measure-id="${c.measure.id}">${name(c.measure)}:
<ul class="fields">${c.changes.map(changeItem)}</ul></li>`,
  ),
)}</article>`;
}

export function changesSection(releases: readonly Report[]): Html {
  if (releases.length < 2) return html``;
  const pairs = releases.slice(1).map((newer, i) => pair(releases[i] as Report, newer));
  return html`<section id="changes"><h2>Зміни між випусками</h2>${pairs}</section>`;
}
