// The report page's own script, bundled with Observable Plot into one file that the
// page inlines: it draws the charts from the data the page carries, and filters the
// measures table. The table and everything else are in the HTML already, so a page
// without scripts (or printed) still shows them.
import { axisY, barX, plot, ruleX, stackX, textX } from '@observablehq/plot';
import type { ChartData, StatusCount } from '../chart-data.js';
import { fold } from './fold.js';

const data = JSON.parse(document.getElementById('report-data')?.textContent ?? '{}') as ChartData;

const statusColor = {
  domain: data.statuses.map((s) => s.label),
  range: data.statuses.map((s) => s.color),
  legend: true,
};
const IN_REGISTRY = 'у реєстрі';
const NOT_IN_REGISTRY = 'немає в реєстрі';
const resolvedColor = { domain: [IN_REGISTRY, NOT_IN_REGISTRY], range: ['#0072B2', '#E69F00'], legend: true };
const label = (resolved: boolean): string => (resolved ? IN_REGISTRY : NOT_IN_REGISTRY);
/** The ink of a count drawn on its status's bar (chart-data.ts chose it for contrast). */
const inkOf = new Map(data.statuses.map((s) => [s.label, s.ink]));
const countInk = (c: StatusCount): string => inkOf.get(c.status) ?? '#000000';
/** Numbers as the rest of the page writes them: «9 505,09», «2 000». */
const ukNumber = new Intl.NumberFormat('uk-UA', { maximumFractionDigits: 3 });
const formatNumber = (n: unknown): string => (typeof n === 'number' ? ukNumber.format(n) : String(n));
const WIDTH = 960;
/** Width of an axis label, in ems (Plot's unit) and, roughly, in characters of this font. */
const LABEL_EMS = 32;
const LABEL_CHARS = 46;

function put(id: string, chart: Element | null, rows: number): void {
  const figure = document.getElementById(id);
  if (!figure) return;
  if (chart === null || rows === 0) {
    const empty = figure.dataset.empty ?? 'Немає даних для цього графіка.';
    figure.append(Object.assign(document.createElement('p'), { className: 'empty', textContent: empty }));
    return;
  }
  figure.append(chart);
}

function byStatus(counts: readonly StatusCount[], groupLabel: string): Element {
  const groups = [...new Set(counts.map((c) => c.group))];
  return plot({
    width: WIDTH,
    height: 40 + groups.length * 26,
    marginLeft: 260,
    x: { label: 'заходів', grid: true, tickFormat: formatNumber },
    y: { domain: groups, label: null },
    color: statusColor,
    marks: [
      axisY({ lineWidth: 24, label: groupLabel, labelAnchor: 'top', labelArrow: 'none' }),
      barX(counts, stackX({ x: 'count', y: 'group', fill: 'status', order: statusColor.domain, title: titleOf })),
      textX(
        counts,
        stackX({ x: 'count', y: 'group', z: 'status', text: 'count', order: statusColor.domain, fill: countInk }),
      ),
      ruleX([0]),
    ],
  });
}

const titleOf = (c: StatusCount) => `${c.group}: ${c.status} — ${c.count}`;

function horizontal<T extends Record<string, unknown>>(
  rows: readonly T[],
  x: keyof T & string,
  y: keyof T & string,
  xLabel: string,
  fill?: (row: T) => string,
): Element {
  // Long names wrap in the axis: each row as tall as its longest name's lines.
  const lines = Math.max(1, ...rows.map((r) => Math.ceil(String(r[y]).length / LABEL_CHARS)));
  return plot({
    width: WIDTH,
    height: 40 + rows.length * Math.max(26, lines * 12 + 6),
    marginLeft: 390,
    marginRight: 70,
    x: { label: xLabel, grid: true, tickFormat: formatNumber },
    y: { domain: rows.map((r) => String(r[y])), label: null },
    color: fill ? resolvedColor : undefined,
    marks: [
      axisY({ lineWidth: LABEL_EMS }),
      barX(rows, { x, y, fill: fill ?? '#0072B2', title: (r: T) => `${r.title ?? r[y]}: ${formatNumber(r[x])}` }),
      textX(rows, { x, y, text: (r: T) => formatNumber(r[x]), dx: 4, textAnchor: 'start' }),
      ruleX([0]),
    ],
  });
}

function overTime(): Element | null {
  if (data.overTime.length === 0) return null;
  const releases = [...new Map(data.overTime.map((r) => [r.order, r.release])).values()];
  const priorities = [...new Set(data.overTime.map((r) => r.group))];
  return plot({
    width: WIDTH,
    height: 60 + priorities.length * (releases.length * 22 + 14),
    marginLeft: 180,
    marginRight: 160,
    fy: { domain: priorities, label: null },
    y: { domain: releases, label: null },
    x: { label: 'заходів', grid: true, tickFormat: formatNumber },
    color: statusColor,
    marks: [
      barX(
        data.overTime,
        stackX({ fy: 'group', y: 'release', x: 'count', fill: 'status', order: statusColor.domain, title: titleOf }),
      ),
      textX(
        data.overTime,
        stackX({
          fy: 'group',
          y: 'release',
          x: 'count',
          z: 'status',
          text: 'count',
          order: statusColor.domain,
          fill: countInk,
        }),
      ),
      ruleX([0]),
    ],
  });
}

function drawCharts(): void {
  put('chart-priority', byStatus(data.byPriority, 'пріоритет'), data.byPriority.length);
  put('chart-sector', byStatus(data.bySector, 'сектор'), data.bySector.length);
  put('chart-completion', horizontal(data.completion, 'percent', 'label', 'виконано, %'), data.completion.length);
  put(
    'chart-funding-program',
    horizontal(data.fundingByProgram, 'thousandUah', 'program', 'тис. грн', (r) => label(r.resolved)),
    data.fundingByProgram.length,
  );
  put(
    'chart-funding-source',
    horizontal(data.fundingBySource, 'thousandUah', 'source', 'тис. грн'),
    data.fundingBySource.length,
  );
  put(
    'chart-programs',
    horizontal(data.programRefs, 'measures', 'program', 'заходів', (r) => label(r.resolved)),
    data.programRefs.length,
  );
  if (data.overTime.length > 0) put('chart-over-time', overTime(), data.overTime.length);
}

/** The sector list narrowed to the chosen priority's sectors; a sector of another priority is let go. */
function narrowSectors(form: HTMLFormElement): void {
  const priority = (form.elements.namedItem('priority') as HTMLSelectElement | null)?.value ?? '';
  const sector = form.elements.namedItem('sector') as HTMLSelectElement | null;
  if (!sector) return;
  for (const option of sector.options) {
    if (option.value === '') continue;
    option.hidden = priority !== '' && !(option.dataset.priorities ?? '').split('|').includes(priority);
    if (option.hidden && option.selected) sector.value = '';
  }
}

function wireFilters(): void {
  const form = document.querySelector<HTMLFormElement>('form.filters');
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('table.measures tbody tr')];
  if (!form) return;
  const texts = new Map(rows.map((row) => [row, fold(row.textContent ?? '')]));
  const apply = () => {
    narrowSectors(form);
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
    const query = fold(value('q').trim());
    const [priority, sector, status, executor, program] = ['priority', 'sector', 'status', 'executor', 'program'].map(
      value,
    );
    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      const ok =
        (!priority || d.priority === priority) &&
        (!sector || d.sector === sector) &&
        (!status || d.status === status) &&
        (!executor || (d.executors ?? '').split('|').includes(executor)) &&
        (!program || (d.programs ?? '').split('|').includes(program)) &&
        (!query || (texts.get(row) ?? '').includes(query));
      row.hidden = !ok;
      if (ok) shown++;
    }
    const output = form.elements.namedItem('shown') as HTMLOutputElement | null;
    if (output) output.value = `Показано ${shown} з ${rows.length}`;
  };
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  // The form's values are reset after the event: filter once they are.
  form.addEventListener('reset', () => setTimeout(apply));
}

drawCharts();
wireFilters();
document.documentElement.dataset.ready = 'true';
