// The HTML report: one file that opens by double-click with no network. The
// header, tables, diagnostics and changes are HTML; the charts are drawn by the
// inlined script (Observable Plot) from the data the page carries.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { byPeriod, buildHistory } from '../../compare/history.js';
import type { HistoryRow, Report } from '../../model/schema.js';
import { changesSection } from './changes-section.js';
import { chartData } from './chart-data.js';
import { diagnosticsSection } from './diagnostics-section.js';
import { html, type Html, jsonForScript } from './escape.js';
import { header } from './header.js';
import { measuresSection } from './measures-table.js';
import { STYLE } from './style.js';

// Nothing leaves the page: no script, style, font or image from anywhere but the page itself.
const POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

let clientScript: string | undefined;

/** The page's script, built by scripts/bundle.js; found from the package root wherever this module runs from. */
function script(): string {
  if (clientScript === undefined) {
    const root = dirname(createRequire(import.meta.url).resolve('zhyt-report/package.json'));
    // Nothing in it may close the <script> element it goes into.
    clientScript = readFileSync(join(root, 'dist/report-client.js'), 'utf8').replace(/<\/(script)/gi, '<\\/$1');
  }
  return clientScript;
}

/** Each measure id of the newest release → its rows in the history of all releases. */
function historyByMeasure(releases: readonly Report[]): Map<string, HistoryRow[]> {
  const out = new Map<string, HistoryRow[]>();
  if (releases.length < 2) return out;
  const rows = buildHistory(releases).rows;
  const newest = releases.length - 1;
  const byKey = new Map<string, HistoryRow[]>();
  for (const r of rows) byKey.set(r.measureKey, [...(byKey.get(r.measureKey) ?? []), r]);
  for (const list of byKey.values()) {
    const id = list.find((r) => r.release === newest)?.measureId;
    if (id) out.set(id, list);
  }
  return out;
}

/** Each chart: its figure's id, its caption, and what to say when the release gives it nothing to draw. */
const CHARTS: ReadonlyArray<readonly [string, string, string?]> = [
  ['chart-priority', 'Заходи за статусом у кожному пріоритеті'],
  ['chart-sector', 'Заходи за статусом у кожному секторі'],
  ['chart-completion', 'Відсоток виконання робіт (заходи, що його називають; назва — при наведенні)'],
  [
    'chart-funding-program',
    'Фінансування за програмою, тис. грн',
    'У цьому випуску жоден захід із програмою не має суми фінансування.',
  ],
  ['chart-funding-source', 'Фінансування за джерелом, тис. грн'],
  ['chart-programs', 'Посилання на програми: у реєстрі й не в реєстрі (заходів)'],
];

function chartsSection(several: boolean): Html {
  const charts = several ? [...CHARTS, ['chart-over-time', 'Статус у часі для кожного пріоритету'] as const] : CHARTS;
  return html`<section id="charts"><h2>Графіки</h2>
<noscript><p>Графіки малює вбудований скрипт; без нього видно все інше.</p></noscript>
${charts.map(
  ([id, caption, empty]) =>
    html`<figure class="chart" id="${id}"${empty ? html` data-empty="${empty}"` : html``}>
<figcaption>${caption}</figcaption></figure>`,
)}
</section>`;
}

/** The report of one release, or of several (any order: they are put in order of period). */
export function htmlReport(reports: readonly Report[]): string {
  const releases = byPeriod(reports);
  const newest = releases.at(-1) as Report;
  const several = releases.length > 1;
  const nav = html`<nav class="toc"><a href="#charts">Графіки</a><a href="#measures">Заходи</a>${
    several ? html`<a href="#changes">Зміни</a>` : html``
  }<a href="#diagnostics">Діагностика</a></nav>`;
  const body = html`${header(releases)}${nav}${chartsSection(several)}
${measuresSection(newest, historyByMeasure(releases))}
${changesSection(releases)}
${diagnosticsSection(releases)}
<footer>Зроблено zhyt-report із файлу ради; кожен захід — з його місцем у файлі.</footer>`;
  return `<!doctype html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<title>${escapeTitle(newest)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
<script type="application/json" id="report-data">${jsonForScript(chartData(releases))}</script>
<script>${script()}</script>
</body>
</html>
`;
}

const escapeTitle = (r: Report): string => html`${r.report.period.label ?? ''} — ${r.report.title.slice(0, 80)}`.text;
