// The money grammar against test/corpora/money.tsv: sums in running text and
// funding-column cells, valued by hand in thousand UAH. Every phrase must be right.
import { describe, expect, it } from 'vitest';
import { readFundingCell } from '../../src/enrich/funding.js';
import { readMoney } from '../../src/enrich/money.js';
import { readTsv } from '../corpora/tsv.js';
import { ROOT } from '../helpers.js';

const corpus = readTsv(`${ROOT}test/corpora/money.tsv`);
const amounts = (cell: string): number[] => (cell === '-' ? [] : cell.split(';').map(Number));

describe('money corpus', () => {
  it('has at least 150 phrases', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
  });

  it('reads every sum in running text exactly, and names what it cannot read', () => {
    const rows = corpus.filter((r) => r.where === 'text');
    const wrong = rows.flatMap((r) => {
      const got = readMoney(r.text as string);
      const ok =
        JSON.stringify(got.amounts.map((a) => a.thousandUah)) === JSON.stringify(amounts(r.amounts as string)) &&
        got.unreadable.length > 0 === (r.warn === 'yes');
      return ok
        ? []
        : [
            `${r.text}: want ${r.amounts} warn ${r.warn}; got ${got.amounts.map((a) => a.thousandUah).join(';') || '-'} unreadable ${JSON.stringify(got.unreadable)}`,
          ];
    });
    console.log(`money corpus, text: ${rows.length - wrong.length} of ${rows.length} right`);
    expect(wrong).toEqual([]);
  });

  it('reads every funding cell into amounts, sources and programmes', () => {
    const rows = corpus.filter((r) => r.where === 'funding');
    const wrong = rows.flatMap((r) => {
      const cell = readFundingCell(r.text as string);
      const want = {
        amounts: amounts(r.amounts as string),
        sources: r.source === '' ? [] : (r.source as string).split('; '),
        programme: r.programme === 'yes',
        warn: r.warn === 'yes',
      };
      const got = {
        amounts: cell.amounts,
        sources: cell.sources,
        programme: cell.programs.length > 0,
        warn: cell.unreadable.length > 0,
      };
      return JSON.stringify(got) === JSON.stringify(want)
        ? []
        : [
            `${r.text}: want ${JSON.stringify(want)}; got ${JSON.stringify({ ...got, programs: cell.programs, unreadable: cell.unreadable })}`,
          ];
    });
    console.log(`money corpus, funding: ${rows.length - wrong.length} of ${rows.length} right`);
    expect(wrong).toEqual([]);
  });
});
