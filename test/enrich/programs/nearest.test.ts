// The index ranks as sorting every entry ranked, on random registries of names made
// of a few words (many ties and near misses), for any number of nearest.
import { describe, expect, it } from 'vitest';
import { NearestNames } from '../../../src/enrich/programs/nearest.js';
import { dice, trigrams } from '../../../src/enrich/programs/similarity.js';

const WORDS = ['програма', 'розвитку', 'освіти', 'культури', 'спорту', 'на', '2021-2023', 'роки', 'міської', 'громади'];
const round = (n: number) => Math.round(n * 1000) / 1000;

describe('NearestNames', () => {
  it('gives what sorting every entry gives: all at or above the threshold, and the nearest three', () => {
    let state = 21;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
    const name = () => Array.from({ length: 1 + (next() % 4) }, () => WORDS[next() % WORDS.length]).join(' ');
    for (let registry = 0; registry < 40; registry++) {
      const items = Array.from({ length: 1 + (next() % 60) }, (_, k) => ({
        id: `p${next() % 1000}-${k}`,
        grams: trigrams(name()),
      }));
      const index = new NearestNames(items, (shared, a, b) => round((2 * shared) / (a + b)));
      for (let q = 0; q < 30; q++) {
        const grams = trigrams(q % 7 === 0 ? 'щось зовсім інше' : name());
        const all = items
          .map((item) => ({ item, score: round(dice(grams, item.grams)) }))
          .sort((a, b) => b.score - a.score || (a.item.id < b.item.id ? -1 : 1));
        const expected = all.filter((r, k) => k < 3 || r.score >= 0.85);
        expect(index.ranked(grams, 3, 0.85)).toEqual(expected);
      }
    }
  });
});

describe('the search budget', () => {
  const items = ['програма розвитку освіти', 'програма розвитку культури', 'програма спорту'].map((n, k) => ({
    id: `p${k}`,
    grams: trigrams(n),
  }));
  const score = (shared: number, a: number, b: number) => round((2 * shared) / (a + b));
  const cost = (grams: Set<string>) =>
    items.reduce((n, item) => n + [...grams].filter((g) => item.grams.has(g)).length, 0);

  it('searches while the postings visited stay within it, then answers null', () => {
    const query = trigrams('програма розвитку');
    const index = new NearestNames(items, score, 2 * cost(query));
    expect(index.ranked(query, 3, 0.85)?.length).toBe(3);
    expect(index.ranked(query, 3, 0.85)?.length).toBe(3);
    expect(index.ranked(query, 3, 0.85)).toBeNull();
  });

  it('still answers a name whose trigrams reach no entry (it costs nothing)', () => {
    const query = trigrams('програма розвитку');
    const index = new NearestNames(items, score, cost(query) - 1);
    expect(index.ranked(query, 3, 0.85)).toBeNull();
    expect(index.ranked(trigrams('щось інше'), 3, 0.85)?.map((r) => r.score)).toEqual([0, 0, 0]);
  });
});
