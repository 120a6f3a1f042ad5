// The report's styles, inlined: system fonts only (nothing to fetch), readable
// widths, and print rules that drop the filters and keep the table whole.
export const STYLE = `
:root { --ink: #1b1b1b; --muted: #555; --line: #d0d0d0; --bg-alt: #f6f6f6; --error: #b00020; --warning: #8a5a00; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
  color: var(--ink); margin: 0 auto; padding: 1rem 1.5rem 3rem; max-width: 1400px; }
h1 { font-size: 1.45rem; line-height: 1.25; margin: .5rem 0; }
h2 { font-size: 1.25rem; margin-top: 2.5rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.05rem; }
nav.toc { display: flex; gap: 1rem; flex-wrap: wrap; margin: .5rem 0 1rem; }
.meta, .source { color: var(--muted); margin: .25rem 0; }
.source code { font-size: .8rem; word-break: break-all; }
dl.counts { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; margin: 1rem 0; }
dl.counts div { border-left: 4px solid var(--line); padding-left: .5rem; }
dl.counts dt { font-size: .8rem; color: var(--muted); }
dl.counts dd { margin: 0; font-size: 1.35rem; font-weight: 600; }
dl.counts .diag dd[data-count="errors"] { color: var(--error); }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .45rem; text-align: left; vertical-align: top; }
thead th { position: sticky; top: 0; background: #fff; font-size: .85rem; color: var(--muted); }
tbody tr:nth-child(even) { background: var(--bg-alt); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.releases { width: auto; margin: 1rem 0; }
table.measures { table-layout: fixed; }
table.measures td { font-size: .8rem; padding: .3rem .25rem; overflow-wrap: break-word; hyphens: auto; }
table.measures th { font-size: .75rem; padding: .3rem .25rem; overflow-wrap: break-word; }
@media (min-width: 1300px) { table.measures td { font-size: .88rem; padding: .35rem .4rem; } }
table.measures ul.programs { padding-left: 0; list-style: none; }
table.measures ul.programs li + li { margin-top: .3rem; }
td.title summary { cursor: pointer; }
.more { margin: .4rem 0 .2rem; padding: .5rem .7rem; background: #fff; border-left: 3px solid var(--line); }
.execution { white-space: pre-wrap; margin: 0 0 .4rem; }
.why { color: var(--muted); font-size: .85rem; margin: 0; }
.history ol { margin: .2rem 0 0 1.2rem; padding: 0; font-size: .85rem; }
.swatch { display: inline-block; width: .8em; height: .8em; margin-right: .35em; border: 1px solid #0003;
  vertical-align: -.05em; }
td.status .swatch { margin-right: .25em; }
ul.programs, ul.links { margin: 0; padding-left: 1rem; }
.unresolved i { color: var(--warning); }
td.place, .place { color: var(--muted); font-size: .85rem; }
form.filters { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: end; margin: 1rem 0;
  padding: .75rem; background: var(--bg-alt); }
form.filters label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
form.filters select, form.filters input { font: inherit; max-width: 18rem; padding: .2rem; }
form.filters output { font-weight: 600; }
figure.chart { margin: 1.5rem 0; overflow-x: auto; }
figure.chart > figcaption { font-weight: 600; margin-bottom: .4rem; }
details.diagnostic { margin: .5rem 0; }
details.diagnostic summary { cursor: pointer; }
details.diagnostic.error .severity { color: var(--error); font-weight: 600; }
details.diagnostic.warning .severity { color: var(--warning); font-weight: 600; }
details.diagnostic ul { margin: .3rem 0; font-size: .9rem; }
ul.change { font-size: .9rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .8rem; }
@page { size: A4 landscape; margin: 10mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9pt; }
  form.filters, nav.toc { display: none; }
  tr[hidden] { display: table-row !important; }
  thead { display: table-header-group; }
  thead th { position: static; }
  table.measures td, table.measures th { font-size: 7.5pt; padding: .15rem .2rem; }
  h2 { break-before: page; }
  tr, figure { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
