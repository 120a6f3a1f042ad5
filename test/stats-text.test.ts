// `stats` as text: within 100 columns, every word of every name kept, the numbers
// under their headings. The sample's counts are its statuses as reviewed by hand
// (test/corpora/status-sample.tsv) and its funding column summed by hand.
import { describe, expect, it } from 'vitest';
import { type ReportStats, statsText } from '../src/index.js';
import { STATS_WIDTH, wrapWords } from '../src/emit/stats-text.js';
import type { GroupStats } from '../src/emit/stats.js';
import { runCli, SAMPLE } from './helpers.js';

const width = (line: string) => [...line].length;

describe('stats text of the sample', () => {
  const r = runCli(['stats', SAMPLE]);
  const lines = r.stdout.trimEnd().split('\n');

  it('fits in 100 columns', () => {
    expect(r.status).toBe(0);
    expect(Math.max(...lines.map(width))).toBeLessThanOrEqual(100);
  });

  it('keeps every word of every priority and sector name', () => {
    const json = JSON.parse(runCli(['stats', SAMPLE, '-f', 'json']).stdout) as ReportStats;
    const words = new Set(r.stdout.split(/\s+/u));
    const names = json.priorities.flatMap((p) => [p.name, ...p.sectors.map((s) => s.name)]);
    expect(names).toHaveLength(24);
    for (const name of names) for (const word of name.split(' ')) expect(words.has(word), name).toBe(true);
  });

  it('puts the numbers under their headings', () => {
    const head = lines[1]?.trim().split(/ +/u);
    expect(head).toEqual([
      'all',
      'cmp',
      'wip',
      'pln',
      'ncm',
      'nof',
      'sus',
      'nst',
      'cnl',
      'unk',
      'funding',
      'prog',
      'unres',
    ]);
    const total = lines.find((l) => l.startsWith('Усього')) as string;
    expect(total.split(/ +/u)).toEqual([
      'Усього',
      '173',
      '68',
      '42',
      '8',
      '3',
      '37',
      '8',
      '4',
      '1',
      '2',
      '9505.09',
      '20',
      '·',
    ]);
    // Each number ends where its heading ends.
    const ends = (line: string) => [...line.matchAll(/\S+/gu)].map((m) => (m.index ?? 0) + m[0].length);
    expect(ends(total).slice(1, 11)).toEqual(ends(lines[1] as string).slice(0, 10));
    const first = lines.find((l) => l.startsWith('Ефективне місто')) as string;
    expect(first.split(/ +/u).slice(2)).toEqual(['7', '6', '1', '·', '·', '·', '·', '·', '·', '·', '464.09', '3', '·']);
  });

  it('explains every heading under the table', () => {
    const legend = lines.slice(lines.indexOf('') + 1).join(' ');
    // Written here, not taken from the code: the nine statuses of the data model and their headings.
    const expected = [
      ['cmp', 'completed'],
      ['wip', 'in_progress'],
      ['pln', 'planned'],
      ['ncm', 'not_completed'],
      ['nof', 'not_funded'],
      ['sus', 'suspended'],
      ['nst', 'not_started'],
      ['cnl', 'cancelled'],
      ['unk', 'unknown'],
    ];
    for (const [heading, status] of expected) expect(legend).toContain(`${heading} ${status}`);
    expect(lines[1]?.trim().split(/ +/u).slice(1, 10)).toEqual(expected.map(([heading]) => heading));
  });
});

describe('stats text of other data', () => {
  const group = (name: string, n: number, funding: number): GroupStats => ({
    id: name,
    name,
    measures: n,
    byStatus: {
      completed: n,
      in_progress: 0,
      planned: 0,
      not_completed: 0,
      not_funded: 0,
      suspended: 0,
      not_started: 0,
      cancelled: 0,
      unknown: 0,
    },
    fundingThousandUah: funding,
    programs: ['a', 'b'],
    unresolvedPrograms: ['b'],
  });
  const long = 'Надзвичайно довга назва сектору, що містить багато слів і не вміщується в жодну колонку таблиці';

  it('wraps long names and widens for large numbers, still within 100 columns', () => {
    const text = statsText({
      source: '/a/very/long/path/of/a/release/that/goes/on/and/on/зведений-звіт-про-виконання-програми-2024.docx',
      period: 'I півріччя 2024 року',
      total: group('Усього', 2500, 123456789.12345),
      priorities: [{ ...group(long, 2500, 123456789.12345), sectors: [group(long, 1250, 0.5)] }],
      executors: [group(`Департамент ${long}`, 7, 2.25)],
    });
    const lines = text.trimEnd().split('\n');
    expect(Math.max(...lines.map(width))).toBeLessThanOrEqual(STATS_WIDTH);
    const words = new Set(text.split(/\s+/u));
    for (const word of long.split(' ')) expect(words.has(word), word).toBe(true);
    expect(text).toContain('123456789.12345');
    expect(text).toMatch(/^ {2}\S.* 1250 +1250 .* 0\.5 {4} +2 +1$/mu);
    // Executors under their own heading, after the total, each as wide as the rest.
    expect(lines.findIndex((l) => l.startsWith('Виконавці'))).toBeGreaterThan(
      lines.findIndex((l) => l.startsWith('Усього')),
    );
    expect(text).toMatch(/^ {2}Департамент .* 7 +7 .* 2\.25 +2 +1$/mu);
  });

  it('cuts a word longer than a line, and drops no letter', () => {
    expect(wrapWords('аааааааааа бб', 4)).toEqual(['аааа', 'аааа', 'аа', 'бб']);
    expect(wrapWords('', 10)).toEqual(['']);
  });
});
