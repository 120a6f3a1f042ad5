// The report's metadata once its rows are read: title, period and the notes around the table,
// with what is missing said at line 1 and an unreadable period at the title's line.
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { finishMeta, type MetaParts } from '../../src/structure/report-meta.js';

const meta = (parts: Partial<MetaParts>) => {
  const diagnostics = new Diagnostics();
  const result = finishMeta(
    { preamble: [], headings: [], notes: [], labels: [], state: { headerSeen: true }, ...parts },
    diagnostics,
  );
  return { result, said: diagnostics.list().map((d) => [d.code, d.source.line]) };
};
const line = (text: string, n: number) => ({ text, source: { line: n }, blankBefore: false });

describe('finishMeta', () => {
  it('says the title and the header are missing, at line 1, when the table comes with neither', () => {
    const { result, said } = meta({ state: { headerSeen: false } });
    expect(said).toEqual([
      ['header-missing', 1],
      ['title-missing', 1],
    ]);
    expect([result.title, result.period.months]).toEqual(['', null]);
  });

  it('reads the period from the title; a title without one is said at its own line', () => {
    const read = meta({ preamble: [line('Інформація про виконання', 2), line('за 9 місяців 2023 року', 3)] });
    expect(read.said).toEqual([]);
    expect([read.result.title, read.result.period.months, read.result.period.year]).toEqual([
      'Інформація про виконання за 9 місяців 2023 року',
      9,
      2023,
    ]);
    const undated = meta({ preamble: [line('Додаток', 1), line('Інформація про виконання програми', 4)] });
    expect(undated.said).toEqual([
      ['text-before-table', 1],
      ['period-unknown', 4],
    ]);
    expect(undated.result.notes).toEqual(['Додаток']);
  });

  it('keeps the notes before the table, then those after it, and the column labels as printed', () => {
    const { result } = meta({
      preamble: [line('Додаток 2', 1), line('Звіт за 2023 рік', 2)],
      notes: ['*Примітка'],
      labels: ['№', 'Заходи'],
    });
    expect([result.notes, result.columns]).toEqual([
      ['Додаток 2', '*Примітка'],
      ['№', 'Заходи'],
    ]);
  });
});
