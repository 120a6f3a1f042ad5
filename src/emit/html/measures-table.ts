// Every measure of the newest release as a table row the page's script can filter:
// the row carries its id and the values filtered on; the execution text, the phrase
// and rule that set the status, links and the measure's history open in place.
import type { HistoryRow, Measure, Report } from '../../model/schema.js';
import { type Html, html, safeHref } from './escape.js';
import { formatAmount } from './format.js';
import { CHANGE_LABEL, FIELD_LABEL, STATUS_LOOK } from './labels.js';

interface Placed {
  priority: string;
  sector: string;
  task: string;
  measure: Measure;
}

export function placedMeasures(report: Report): Placed[] {
  return report.priorities.flatMap((p) =>
    p.sectors.flatMap((s) =>
      s.tasks.flatMap((t) =>
        t.measures.map((measure) => ({ priority: p.name, sector: s.name, task: t.number, measure })),
      ),
    ),
  );
}

/** A programme as the row shows it: the registry's name, or the printed text marked unresolved. */
function programsOf(report: Report, m: Measure): Array<{ name: string; resolved: boolean }> {
  const names = new Map(report.programs.map((p) => [p.id, p.name]));
  return m.programRefs.map((r) =>
    r.programId === null ? { name: r.raw, resolved: false } : { name: names.get(r.programId) ?? r.raw, resolved: true },
  );
}

const place = (m: Measure): string =>
  [
    m.source.page === undefined ? null : `с. ${m.source.page}`,
    m.source.line === undefined ? null : `р. ${m.source.line}`,
  ]
    .filter((x) => x !== null)
    .join(', ');

function historyList(rows: readonly HistoryRow[] | undefined): Html {
  if (rows === undefined || rows.length < 2) return html``;
  const items = rows.map((r) => {
    const fields = r.changedFields.map((f) => FIELD_LABEL[f] ?? f).join(', ');
    const status = r.status === null ? '' : ` — ${STATUS_LOOK[r.status].label}`;
    const change = `${CHANGE_LABEL[r.change]}${fields ? `: ${fields}` : ''}`;
    return html`<li>${r.periodLabel ?? '?'}: ${r.number}${status} (${change})</li>`;
  });
  return html`<div class="history"><b>Історія</b><ol>${items}</ol></div>`;
}

function details(m: Measure, history: readonly HistoryRow[] | undefined): Html {
  const look = STATUS_LOOK[m.status];
  const why =
    m.statusPhrase === null
      ? html`Статус «${look.label}» за правилом <code>${m.statusRule}</code>.`
      : html`Статус «${look.label}» за правилом <code>${m.statusRule}</code>: «${m.statusPhrase}».`;
  const links = m.links.flatMap((url) => {
    const href = safeHref(url);
    return href === null ? [html`<li>${url}</li>`] : [html`<li><a href="${href}" rel="noreferrer">${url}</a></li>`];
  });
  return html`<div class="more"><p class="execution">${m.execution || '—'}</p><p class="why">${why}</p>
${links.length > 0 ? html`<ul class="links">${links}</ul>` : html``}${historyList(history)}</div>`;
}

function row(report: Report, p: Placed, history: ReadonlyMap<string, HistoryRow[]>): Html {
  const m = p.measure;
  const look = STATUS_LOOK[m.status];
  const programs = programsOf(report, m);
  const programCells = programs.map((x) =>
    x.resolved ? html`<li>${x.name}</li>` : html`<li class="unresolved">${x.name} <i>(немає в реєстрі)</i></li>`,
  );
  const funding = m.fundingThousandUah === null ? '' : formatAmount(m.fundingThousandUah);
  const source = m.fundingSource ? html`<br><small>${m.fundingSource}</small>` : html``;
  return html`<tr data-measure-id="${m.id}" data-priority="${p.priority}" data-sector="${p.sector}"
 data-status="${m.status}" data-executors="${m.executorIds.join('|')}"
 data-programs="${programs.map((x) => x.name).join('|')}">
<td>${p.priority}</td><td>${p.sector}</td><td>${p.task}</td><td>${m.number}</td>
<td class="title"><details><summary>${m.title}</summary>${details(m, history.get(m.id))}</details></td>
<td>${m.executors.join('; ')}</td>
<td class="status"><span class="swatch" style="background:${look.color}"></span>${look.label}</td>
<td class="num">${funding}${source}</td>
<td><ul class="programs">${programCells}</ul></td>
<td class="place">${place(m)}</td>
</tr>`;
}

function options(values: readonly string[], label: (v: string) => string = (v) => v): Html[] {
  return values.map((v) => html`<option value="${v}">${label(v)}</option>`);
}

const select = (label: string, name: string, choices: readonly Html[]): Html =>
  html`<label>${label} <select name="${name}"><option value="">усі</option>${choices}</select></label>`;

/** One option per executor id, whatever spellings the report uses, under its canonical name. */
function executorOptions(report: Report, placed: readonly Placed[]): Html[] {
  const named = new Map(report.executors.map((e) => [e.id, e.name]));
  const nameOf = (id: string) => named.get(id) ?? id;
  const ids = [...new Set(placed.flatMap((p) => p.measure.executorIds))];
  return options(
    ids.sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'uk') || (a < b ? -1 : 1)),
    nameOf,
  );
}

/** One option per sector, carrying the priorities it is under (the page narrows the list to one). */
function sectorOptions(placed: readonly Placed[]): Html[] {
  const under = new Map<string, Set<string>>();
  for (const p of placed) under.set(p.sector, (under.get(p.sector) ?? new Set()).add(p.priority));
  return [...under].map(
    ([sector, priorities]) =>
      html`<option value="${sector}" data-priorities="${[...priorities].join('|')}">${sector}</option>`,
  );
}

function filters(report: Report, placed: readonly Placed[]): Html {
  const unique = (list: string[]) => [...new Set(list)];
  const sorted = (list: string[]) => unique(list).sort((a, b) => a.localeCompare(b, 'uk'));
  const statuses = unique(placed.map((p) => p.measure.status));
  const programs = placed.flatMap((p) => programsOf(report, p.measure).map((x) => x.name));
  return html`<form class="filters" role="search" onsubmit="return false">
<label>Пошук <input type="search" name="q" placeholder="слово з назви, виконання, виконавця"></label>
${select('Пріоритет', 'priority', options(unique(placed.map((p) => p.priority))))}
${select('Сектор', 'sector', sectorOptions(placed))}
${select(
  'Статус',
  'status',
  options(statuses, (s) => STATUS_LOOK[s as Measure['status']].label),
)}
${select('Виконавець', 'executor', executorOptions(report, placed))}
${select('Програма', 'program', options(sorted(programs)))}
<button type="reset">Скинути фільтри</button>
<output name="shown" aria-live="polite">Показано ${placed.length} з ${placed.length}</output>
</form>`;
}

/**
 * The columns and their shares of the table's width: the table is laid out to the
 * window (and to an A4 landscape page), long texts wrap, and the execution text opens
 * under the title. At 1,024 px the narrowest, the status, still holds «профінансовано».
 */
const HEADINGS: ReadonlyArray<readonly [string, number]> = [
  ['пріоритет', 9],
  ['сектор', 12],
  ['завд.', 4],
  ['№', 4.5],
  ['захід (натисніть, щоб побачити виконання)', 23],
  ['виконавці', 13],
  ['статус', 9],
  ['тис. грн', 6.5],
  ['програми', 13],
  ['місце', 6],
];

/** The measures section: filters and the table. `history` maps a measure id of this release to its rows. */
export function measuresSection(report: Report, history: ReadonlyMap<string, HistoryRow[]>): Html {
  const placed = placedMeasures(report);
  return html`<section id="measures"><h2>Заходи</h2>
${filters(report, placed)}
<table class="measures"><colgroup>${HEADINGS.map(([, share]) => html`<col style="width:${share}%">`)}</colgroup>
<thead><tr>${HEADINGS.map(([h]) => html`<th>${h}</th>`)}</tr></thead>
<tbody>${placed.map((p) => row(report, p, history))}</tbody></table></section>`;
}
