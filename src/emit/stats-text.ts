// `zhyt-report stats` for people: a table within 100 columns. Statuses get
// three-letter headings explained under the table, and long names wrap at word
// boundaries (every word kept) instead of widening the table.
import type { MeasureStatus } from '../model/schema.js';
import type { GroupStats, ReportStats } from './stats.js';

export const STATS_WIDTH = 100;

/** Column headings of the statuses; a new status must be given one here. */
export const STATUS_HEADINGS: Readonly<Record<MeasureStatus, string>> = {
  completed: 'cmp',
  in_progress: 'wip',
  planned: 'pln',
  not_completed: 'ncm',
  not_funded: 'nof',
  suspended: 'sus',
  not_started: 'nst',
  cancelled: 'cnl',
  unknown: 'unk',
};
const STATUSES = Object.keys(STATUS_HEADINGS) as MeasureStatus[];

const count = (n: number): string => (n === 0 ? '·' : String(n));
const decimalsOf = (n: number): number => String(n).split('.')[1]?.length ?? 0;

/** Money with its decimal point under the others' (`464.09`, `8541   `), exact as it is. */
const money = (n: number, decimals: number): string => {
  if (n === 0) return `·${' '.repeat(decimals === 0 ? 0 : decimals + 1)}`;
  const own = decimalsOf(n);
  return `${n}${' '.repeat(own === 0 && decimals > 0 ? decimals + 1 : decimals - own)}`;
};

type Cell = (g: GroupStats, decimals: number) => string;

/** The number columns: heading and value; each as wide as its widest cell, plus a space. */
const COLUMNS: ReadonlyArray<readonly [string, Cell]> = [
  ['all', (g) => count(g.measures)],
  ...STATUSES.map((s) => [STATUS_HEADINGS[s], (g: GroupStats) => count(g.byStatus[s])] as const),
  ['funding', (g, decimals) => money(g.fundingThousandUah, decimals)],
  ['prog', (g) => count(g.programs.length)],
  ['unres', (g) => count(g.unresolvedPrograms.length)],
];
/** Names wrap rather than go narrower than this, whatever the numbers. */
const MIN_NAME_WIDTH = 24;

const length = (s: string): number => [...s].length;

/** Words of `text` in lines of at most `width` characters; a longer word is cut, never dropped. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter((w) => w !== '')) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (length(joined) <= width) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    let rest = [...word];
    while (rest.length > width) {
      lines.push(rest.slice(0, width).join(''));
      rest = rest.slice(width);
    }
    line = rest.join('');
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

interface Layout {
  decimals: number;
  widths: number[];
  nameWidth: number;
}

function layoutOf(groups: readonly GroupStats[]): Layout {
  const decimals = Math.max(...groups.map((g) => decimalsOf(g.fundingThousandUah)));
  const widths = COLUMNS.map(
    ([name, cell]) => 1 + Math.max(name.length, ...groups.map((g) => cell(g, decimals).length)),
  );
  const nameWidth = Math.max(MIN_NAME_WIDTH, STATS_WIDTH - widths.reduce((n, w) => n + w, 0));
  return { decimals, widths, nameWidth };
}

function groupLines(g: GroupStats, indent: string, layout: Layout): string[] {
  const names = wrapWords(g.name, layout.nameWidth - 1 - length(indent)).map((n) => `${indent}${n}`);
  const numbers = COLUMNS.map(([, cell], i) => cell(g, layout.decimals).padStart(layout.widths[i] as number)).join('');
  return [`${(names[0] as string).padEnd(layout.nameWidth)}${numbers}`, ...names.slice(1)];
}

const heading = (layout: Layout): string =>
  ''.padEnd(layout.nameWidth) + COLUMNS.map(([name], i) => name.padStart(layout.widths[i] as number)).join('');

function legend(): string[] {
  const parts = [
    'all measures',
    ...STATUSES.map((s) => `${STATUS_HEADINGS[s]} ${s}`),
    'funding in thousand UAH',
    'prog programmes',
    'unres of them unresolved',
  ];
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines.at(-1);
    if (last !== undefined && length(`${last} · ${part}`) <= STATS_WIDTH) lines[lines.length - 1] = `${last} · ${part}`;
    else lines.push(part);
  }
  return lines;
}

export function statsText(stats: ReportStats): string {
  const title = `${stats.source ?? '<stdin>'}${stats.period ? ` — ${stats.period}` : ''}`;
  const layout = layoutOf([stats.total, ...stats.priorities.flatMap((p) => [p, ...p.sectors]), ...stats.executors]);
  const byExecutor =
    stats.executors.length === 0
      ? []
      : ['', 'Виконавці'.padEnd(layout.nameWidth), ...stats.executors.flatMap((e) => groupLines(e, '  ', layout))];
  const lines = [
    ...wrapWords(title, STATS_WIDTH),
    heading(layout),
    ...stats.priorities.flatMap((p) => [
      ...groupLines(p, '', layout),
      ...p.sectors.flatMap((s) => groupLines(s, '  ', layout)),
    ]),
    ...groupLines(stats.total, '', layout),
    ...byExecutor,
    '',
    ...legend(),
  ];
  return `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
}
