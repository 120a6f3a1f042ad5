// Issue 26, item 3: no regular expression that runs over input backtracks out of
// proportion to it. Each pattern in src/ goes through recheck (a ReDoS checker that
// looks for exponential and polynomial backtracking); one it finds vulnerable must be
// listed below with what bounds it in the code, and a listed one that is no longer
// vulnerable must leave the list. The growth of each attack is measured in
// `npm run bench:attacks` (docs/safety.md), not here: timing is not a unit test.
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { constructedPatterns, type FoundPattern, literalPatterns } from './patterns.js';

/** Patterns recheck calls vulnerable, and what keeps each linear where it runs. By file and opening characters. */
const BOUNDED: ReadonlyArray<{ where: string; opens: string; why: string }> = [
  {
    where: 'src/enrich/status/phrases.ts',
    opens: '',
    why: 'the status rules, compiled from phrases: they read clauses whose white space is one space (clausesOf), every gap is bounded (… 160, ‥ 80 characters) and each phrase starts at a word start',
  },
  {
    where: 'src/enrich/status/decisions.ts',
    opens: '(?<![\\d,.]|\\d\\s)',
    why: '«2 з 5»: read in clauses of single spaces, from a number’s first group only',
  },
  {
    where: 'src/enrich/money',
    opens: '',
    why: 'sums: at most four groups of thousands and three scaled parts, started only where a number starts',
  },
  {
    where: 'src/enrich/funding.ts',
    opens: '(?<![\\d,.])',
    why: 'a scaled amount: the money grammar’s number (bounded as above), started only where a number starts',
  },
  { where: 'src/read/decode-text.ts', opens: '<meta', why: 'the declaration is looked for in the first 4,096 bytes' },
  { where: 'src/read/decode-text.ts', opens: 'charset', why: 'within one <meta> of the first 4,096 bytes' },
  {
    where: 'src/rows/xlsx/number-format.ts',
    opens: 'h[^ymd]',
    why: 'a format code of more than 255 characters is read as General',
  },
];

const verdict = (p: FoundPattern) => checkSync(p.source, p.flags, { timeout: 20_000 }).status;
const listed = (p: FoundPattern) => BOUNDED.find((b) => p.where.startsWith(b.where) && p.source.startsWith(b.opens));

describe('regular expressions over input', () => {
  it('finds the literals by parsing src/ (a check over nothing would pass)', () => {
    expect(literalPatterns().length).toBeGreaterThan(250);
  });

  it('every pattern is safe by recheck, or listed with what bounds it', { timeout: 600_000 }, async () => {
    const constructed = await constructedPatterns(async () => {
      // Imported here, with RegExp watched: a static import would have built the patterns before.
      const { parseReport } = await import('../../src/index.js');
      for (const file of ['fixtures/zhytomyr-2023-9m.txt', 'fixtures/zhytomyr-2023-9m.docx'])
        await parseReport(`${ROOT}/${file}`);
    });
    expect(constructed.length).toBeGreaterThan(60);
    const vulnerable: string[] = [];
    const used = new Set<(typeof BOUNDED)[number]>();
    for (const p of [...literalPatterns(), ...constructed]) {
      const status = verdict(p);
      if (status === 'safe') continue;
      const entry = listed(p);
      if (entry) used.add(entry);
      else vulnerable.push(`${status} ${p.where} /${p.source.slice(0, 80)}/${p.flags}`);
    }
    expect(vulnerable).toEqual([]);
    // An entry no vulnerable pattern needs any more leaves the list.
    expect(BOUNDED.filter((entry) => !used.has(entry)).map((e) => `${e.where} ${e.opens}`)).toEqual([]);
  });
});
