// Everything the tool found odd, grouped by code: the catalogue's title and
// description once, then each occurrence with its place and message.
import { CATALOGUE, type DiagnosticCode } from '../../diagnostics/catalogue.js';
import type { Diagnostic, Report } from '../../model/schema.js';
import { type Html, html } from './escape.js';
import { SEVERITY_LABEL } from './labels.js';

const placeOf = (d: Diagnostic): string =>
  [
    d.source.page === undefined ? null : `с. ${d.source.page}`,
    d.source.line === undefined ? null : `р. ${d.source.line}`,
  ]
    .filter((x) => x !== null)
    .join(', ') || '—';

function group(code: string, list: readonly Diagnostic[]): Html {
  const type = CATALOGUE[code as DiagnosticCode];
  const severity = (list[0] as Diagnostic).severity;
  const items = list.map((d) => html`<li><span class="place">${placeOf(d)}</span> ${d.message}</li>`);
  return html`<details class="diagnostic ${severity}" data-code="${code}" open>
<summary><span class="severity">${SEVERITY_LABEL[severity]}</span> <code>${code}</code>
 ${type?.title ?? ''} — ${list.length}</summary>
${type ? html`<p>${type.description}</p>` : html``}<ul>${items}</ul></details>`;
}

function releaseDiagnostics(report: Report, several: boolean): Html {
  const byCode = new Map<string, Diagnostic[]>();
  for (const d of report.diagnostics) byCode.set(d.code, [...(byCode.get(d.code) ?? []), d]);
  const order = { error: 0, warning: 1, info: 2 } as const;
  const groups = [...byCode].sort(
    ([a, x], [b, y]) => order[(x[0] as Diagnostic).severity] - order[(y[0] as Diagnostic).severity] || (a < b ? -1 : 1),
  );
  const title = several ? html`<h3>${report.report.period.label ?? '?'} — ${report.source.path ?? ''}</h3>` : html``;
  const body = groups.length === 0 ? html`<p>Немає зауважень.</p>` : html`${groups.map(([c, l]) => group(c, l))}`;
  return html`${title}${body}`;
}

export function diagnosticsSection(releases: readonly Report[]): Html {
  const several = releases.length > 1;
  return html`<section id="diagnostics"><h2>Діагностика</h2>
<p>Усе, що інструмент вважав незвичним у файлі, з місцем (с. — сторінка, р. — рядок).</p>
${[...releases].reverse().map((r) => releaseDiagnostics(r, several))}</section>`;
}
