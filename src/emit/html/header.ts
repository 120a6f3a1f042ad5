// The top of the report: what it is, where it came from, how much it holds, and
// how much the tool found odd; with several releases, the list of them.
import type { Report } from '../../model/schema.js';
import { type Html, html } from './escape.js';
import { formatAmount as number } from './format.js';

function counts(report: Report): Html {
  const c = report.stats.counts;
  const d = report.stats.diagnostics;
  return html`<dl class="counts">
<div><dt>пріоритети</dt><dd>${c.priorities}</dd></div>
<div><dt>сектори</dt><dd>${c.sectors}</dd></div>
<div><dt>завдання</dt><dd>${c.tasks}</dd></div>
<div><dt>заходи</dt><dd data-count="measures">${c.measures}</dd></div>
<div><dt>фінансування, тис. грн</dt><dd>${number(report.stats.funding.totalThousandUah)}</dd></div>
<div class="diag"><dt><a href="#diagnostics">помилки</a></dt><dd data-count="errors">${d.error}</dd></div>
<div class="diag"><dt><a href="#diagnostics">попередження</a></dt><dd data-count="warnings">${d.warning}</dd></div>
<div class="diag"><dt><a href="#diagnostics">інформація</a></dt><dd>${d.info}</dd></div>
</dl>`;
}

function source(report: Report): Html {
  const s = report.source;
  return html`<p class="source">Джерело: <b>${s.path ?? 'стандартний ввід'}</b> (${s.format}, ${number(s.bytes)} байт),
SHA-256 <code>${s.sha256}</code></p>`;
}

function releasesTable(releases: readonly Report[]): Html {
  if (releases.length < 2) return html``;
  const rows = releases.map(
    (r) => html`<tr><td>${r.report.period.label ?? '?'}</td><td>${r.source.path ?? 'стандартний ввід'}</td>
<td class="num">${r.stats.counts.measures}</td><td class="num">${r.stats.diagnostics.error}</td>
<td class="num">${r.stats.diagnostics.warning}</td><td><code>${r.source.sha256.slice(0, 16)}…</code></td></tr>`,
  );
  return html`<table class="releases"><caption>Випуски, від найранішого</caption>
<thead><tr><th>період</th><th>файл</th><th>заходи</th><th>помилки</th><th>попередження</th><th>SHA-256</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

/** The header of the newest release, with the list of releases when there are several. */
export function header(releases: readonly Report[]): Html {
  const report = releases.at(-1) as Report;
  const meta = report.report;
  return html`<header>
<h1>${meta.title}</h1>
<p class="meta">${meta.community ?? ''}${meta.community && meta.period.label ? ' · ' : ''}${meta.period.label ?? ''}</p>
${source(report)}
${counts(report)}
${releasesTable(releases)}
</header>`;
}
