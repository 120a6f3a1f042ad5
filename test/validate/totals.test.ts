// Totals rows against the measures above them, on a tree written by hand: every sum below is
// added up by hand, and the scope a total closes is the narrowest span it equals.
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import type { Measure, Priority } from '../../src/model/schema.js';
import type { StatedTotalDraft } from '../../src/structure/totals.js';
import { checkTotals } from '../../src/validate/totals.js';
import { measure } from './measures.js';

const funded = (n: string, line: number, funding: number | null, planned: number | null = null) =>
  measure(n, line, { fundingThousandUah: funding, plannedThousandUah: planned });
const sector = (id: string, measures: Measure[]) => ({
  id,
  name: id,
  number: null,
  heading: id,
  source: { line: 1 },
  tasks: [{ id: `${id}/t1`, number: '1', text: 'Завдання', source: { line: 1 }, measures }],
});
/** P1: S1 (10 + 20.5), S2 (5); P2: S3 (100, none). Planned: 0.1 + 0.2 in S1. */
const TREE: Priority[] = [
  {
    id: 'p1',
    name: 'P1',
    heading: 'P1',
    number: null,
    goal: null,
    source: { line: 1 },
    sectors: [
      sector('s1', [funded('1.1', 2, 10, 0.1), funded('1.2', 3, 20.5, 0.2)]),
      sector('s2', [funded('1.1', 5, 5)]),
    ],
  },
  {
    id: 'p2',
    name: 'P2',
    heading: 'P2',
    number: null,
    goal: null,
    source: { line: 7 },
    sectors: [sector('s3', [funded('1.1', 8, 100), funded('1.2', 9, null)])],
  },
];
const draft = (
  line: number,
  text: string,
  measures: number,
  sectorId: string,
  priorityId: string,
  column = 'funding',
) =>
  ({
    label: 'Разом',
    source: { line },
    amounts: [{ column, text }],
    after: { measures, sectorId, priorityId },
  }) as StatedTotalDraft;

const check = (drafts: StatedTotalDraft[], units?: Parameters<typeof checkTotals>[3]) => {
  const diagnostics = new Diagnostics();
  const totals = checkTotals(drafts, TREE, diagnostics, units);
  return { totals, messages: diagnostics.list().map((d) => [d.severity, d.message, d.field ?? null]) };
};

describe('checkTotals', () => {
  it('names the narrowest span each stated sum closes: sector, since the previous total, then the whole report', () => {
    const { totals, messages } = check([
      draft(4, '30,5', 2, 's1', 'p1'),
      draft(6, '5,0', 3, 's2', 'p1'),
      draft(10, '135,5', 5, 's3', 'p2'),
    ]);
    expect(totals.map((t) => [t.thousandUah, t.computedThousandUah, t.scope, t.source.line])).toEqual([
      [30.5, 30.5, 'sector', 4],
      [5, 5, 'since-previous-total', 6],
      [135.5, 135.5, 'report', 10],
    ]);
    expect(messages).toEqual([
      ['info', 'totals row «Разом» states 30.5 thousand UAH of funding: the sum of its sector', null],
      [
        'info',
        'totals row «Разом» states 5 thousand UAH of funding: the sum of the measures since the previous totals row',
        null,
      ],
      ['info', 'totals row «Разом» states 135.5 thousand UAH of funding: the sum of all the measures above it', null],
    ]);
  });

  it('finds a priority’s total, and a first total closing its sector rather than «since the previous»', () => {
    const { totals } = check([draft(6, '35,5', 3, 's2', 'p1'), draft(10, '100', 5, 's3', 'p2')]);
    expect(totals.map((t) => t.scope)).toEqual(['priority', 'since-previous-total']);
    const first = check([draft(6, '35,5', 3, 's2', 'p1')]).totals;
    expect(first.map((t) => t.scope)).toEqual(['priority']);
  });

  it('calls a sum no span gives an error on its column, with the whole table’s sum', () => {
    const { totals, messages } = check([draft(10, '999', 5, 's3', 'p2')]);
    expect(totals).toEqual([
      {
        label: 'Разом',
        column: 'funding',
        thousandUah: 999,
        computedThousandUah: 135.5,
        scope: null,
        source: { line: 10 },
      },
    ]);
    expect(messages).toEqual([
      ['error', 'totals row «Разом» states 999 thousand UAH of funding, but the measures sum to 135.5', 'funding'],
    ]);
  });

  it('keeps a stated total it cannot read as it is printed, and never matches it', () => {
    const { totals, messages } = check([draft(4, 'див. додаток', 2, 's1', 'p1')]);
    expect(totals.map((t) => [t.thousandUah, t.scope])).toEqual([[null, null]]);
    expect(messages[0]?.[1]).toBe(
      'totals row «Разом» states див. додаток thousand UAH of funding, but the measures sum to 30.5',
    );
  });

  it('adds exactly (0.1 + 0.2 is 0.3), in the unit its column is printed in', () => {
    expect(check([draft(4, '0,3', 2, 's1', 'p1', 'planned')]).totals[0]?.scope).toBe('sector');
    // The planned column printed in million UAH: 0,0003 million is 0.3 thousand.
    const inMillions = check([draft(4, '0,0003', 2, 's1', 'p1', 'planned')], { resources: 0, planned: 3, actual: 0 });
    expect(inMillions.totals.map((t) => [t.thousandUah, t.scope])).toEqual([[0.3, 'sector']]);
    expect(check([draft(4, '0,0003', 2, 's1', 'p1', 'planned')]).totals[0]?.scope).toBeNull();
  });

  it('reads the funding column in the resources column’s unit', () => {
    const { totals } = check([draft(4, '0,0305', 2, 's1', 'p1')], { resources: 3, planned: 0, actual: 0 });
    expect(totals.map((t) => [t.thousandUah, t.scope])).toEqual([[30.5, 'sector']]);
  });
});
