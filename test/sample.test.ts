// The sample release is the spec: its counts, each irregularity reported at its line,
// every line accounted for and every word kept.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureRecords } from '../src/emit/records.js';
import { parseReport, toCsv, toJson, toNdjson, type Report } from '../src/index.js';
import { SAMPLE } from './helpers.js';

let report: Report;
beforeAll(async () => {
  report = await parseReport(SAMPLE);
});

const diag = (code: string) => report.diagnostics.filter((d) => d.code === code).map((d) => d.source.line);
const allMeasures = () =>
  report.priorities.flatMap((p) => p.sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures)));

describe('the 9-month 2023 sample', () => {
  it('has 6 priorities, 6 goals, 18 sectors, 79 tasks and 173 measures (3 sub-measures)', () => {
    expect(report.stats.counts).toEqual({
      priorities: 6,
      goals: 6,
      sectors: 18,
      tasks: 79,
      measures: 173,
      subMeasures: 3,
    });
    expect(report.priorities.map((p) => p.name)).toEqual([
      'Ефективне місто',
      'Інноваційне місто',
      'Комфортне місто',
      'Активне місто',
      'Зелене місто',
      'Інклюзивне місто',
    ]);
  });

  it('reads title, community, period, columns and the footnote', () => {
    expect(report.report.community).toBe('Житомирської міської територіальної громади');
    expect(report.report.period).toEqual({ year: 2023, months: 9, label: '9 місяців 2023 року' });
    expect(report.report.columns).toHaveLength(6);
    expect(report.report.columns[2]).toBe('Заходи');
    expect(report.report.notes).toHaveLength(1);
    expect(report.report.notes[0]).toMatch(/^Звіт про виконання заходів .* за 9 міс\. 2023 року$/);
  });

  it('reports each irregularity of the sample with its line', () => {
    expect(diag('row-realigned')).toEqual([148, 149, 150, 151, 152]);
    expect(diag('sector-in-task-cell')).toEqual([53]);
    expect(diag('heading-without-markup')).toEqual([126, 202]);
    expect(diag('task-number-mismatch')).toEqual([144]);
    expect(diag('empty-execution')).toEqual([62]);
    expect(diag('measure-number-format')).toEqual([96, 122]);
    expect(diag('duplicate-measure-title')).toEqual([191]);
    expect(diag('separator-row')).toEqual([13, 253]);
    expect(diag('column-numbers-row')).toEqual([7]);
    // Execution texts whose clauses disagree (one done, another not or still planned), read by hand: each is a
    // mixed report. Line 165's «інші ОСББ кредити не отримували» is a remark on others, read by a guessing rule only.
    expect(diag('status-uncertain')).toEqual([53, 60, 100, 136, 223]);
    expect(report.stats.diagnostics).toEqual({ error: 0, warning: 16, info: 5 });
  });

  it('repairs what it reports', () => {
    const sectors = report.priorities.flatMap((p) => p.sectors);
    const housing = sectors.find((s) => s.name === 'Житлове господарство');
    expect(housing?.tasks[0]?.text).toMatch(/^Провести капітальний ремонт житлового фонду/);
    const parks = sectors.find((s) => s.name === 'Благоустрій');
    expect(parks?.tasks).toHaveLength(1);
    expect(parks?.tasks[0]?.number).toBe('2');
    expect(parks?.tasks[0]?.measures.map((m) => m.number)).toEqual(Array.from({ length: 15 }, (_, i) => `1.${i + 1}`));
    const realigned = parks?.tasks[0]?.measures[3];
    expect(realigned?.executors).toEqual(['Управління капітального будівництва міської ради']);
    expect(realigned?.execution).toMatch(/Рівень виконання робіт становить 60,0%\.$/);
    const sub = allMeasures().filter((m) => m.parent !== null);
    expect(sub.map((m) => [m.number, m.parent])).toEqual([
      ['1.1.1', '1.1'],
      ['1.1.2', '1.1'],
      ['1.1.3', '1.1'],
    ]);
  });

  it('accounts for every line', () => {
    const { total, blank, used, skipped } = report.stats.lines;
    expect(total).toBe(readFileSync(SAMPLE, 'utf8').split('\n').length);
    expect(used + skipped + blank).toBe(total);
    // Each skipped line has a diagnostic at that line.
    const skippedCodes = new Set(['separator-row', 'column-numbers-row', 'repeated-header', 'unclassified-row']);
    expect(report.diagnostics.filter((d) => skippedCodes.has(d.code))).toHaveLength(skipped);
  });

  it('reads funding amounts and links', () => {
    const funded = allMeasures().filter((m) => m.fundingThousandUah !== null);
    expect(funded.map((m) => [m.resources, m.fundingThousandUah])).toEqual([
      ['30,0', 30],
      ['434,090', 434.09],
      ['4577,6', 4577.6],
      ['3963,4', 3963.4],
      ['500,0', 500],
    ]);
    expect(funded.every((m) => m.programRefs.length === 0)).toBe(true);
    expect(
      allMeasures()
        .filter((m) => m.links.length > 0)
        .map((m) => m.links),
    ).toEqual([['https://t.me/relocationZhytomyr']]);
  });

  it('keeps every word of the input, as often as it occurs', () => {
    const wordsOf = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
    const count = (words: string[]) => {
      const m = new Map<string, number>();
      for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
      return m;
    };
    // The input's words, with tags removed by a method independent of the tool's.
    const input = readFileSync(SAMPLE, 'utf8').replace(/<[^>]*>/g, ' ');
    const strings: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v !== null && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect(JSON.parse(toJson(report)));
    const have = count(wordsOf(strings.join(' ')));
    const missing = [...count(wordsOf(input))].filter(([w, n]) => (have.get(w) ?? 0) < n);
    expect(missing).toEqual([]);
  });

  it('writes 173 CSV rows and 173 NDJSON lines', () => {
    const csv = toCsv(report);
    expect(
      csv.startsWith(
        'priority,goal,sector,task_number,task,measure_number,measure,executors,execution,funding_thousand_uah,program_ids,programs,source_line',
      ),
    ).toBe(true);
    // Count records, not lines: values may hold line breaks.
    const records = csv.match(/^(?:[^"\n]|"(?:[^"]|"")*")*\n/gm) ?? [];
    expect(records).toHaveLength(174);
    expect(toNdjson(report).trimEnd().split('\n')).toHaveLength(173);
  });

  it('writes each NDJSON line as the JSON of its measure record, byte for byte', () => {
    const lines = toNdjson(report).trimEnd().split('\n');
    expect(lines).toEqual([...measureRecords(report)].map((r) => JSON.stringify(r)));
    // A measure with no fields of its own still makes a complete object.
    const bare = structuredClone(report);
    type Loose = { sectors: Array<{ tasks: Array<{ measures: unknown[] }> }> };
    ((bare.priorities[0] as unknown as Loose).sectors[0] as Loose['sectors'][number]).tasks[0]!.measures = [{}];
    expect(JSON.parse(toNdjson(bare).split('\n')[0] as string)).toEqual({ ...[...measureRecords(bare)][0] });
  });
});

// Change detectors, not evidence: the files are the code's own output, and
// UPDATE_GOLDEN=1 rewrites them after an intended change (review the diff). What the
// sample means is checked against a hand reading in sample-hand.test.ts, which an
// update here cannot rewrite.
describe('golden output (change detectors: the tool’s own earlier output)', () => {
  const golden = (name: string) => fileURLToPath(new URL(`./golden/${name}`, import.meta.url));
  const check = (name: string, actual: string) => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden(name), actual);
    expect(actual).toBe(readFileSync(golden(name), 'utf8'));
  };
  it('JSON of the sample is byte for byte as last written', () => check('zhytomyr-2023-9m.json', toJson(report)));
  it('CSV of the sample is byte for byte as last written', () => check('zhytomyr-2023-9m.csv', toCsv(report)));
});
