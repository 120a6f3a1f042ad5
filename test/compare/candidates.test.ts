// The prefix filter finds every pair a full comparison finds, on titles drawn from a
// small vocabulary (so that many pairs are near the threshold), at several thresholds.
import { describe, expect, it } from 'vitest';
import { similarPairs } from '../../src/compare/candidates.js';
import { dice, trigrams } from '../../src/enrich/programs/similarity.js';

const WORDS = [
  'ремонт',
  'дороги',
  'вул.',
  'Київська',
  'школи',
  '№',
  '5',
  '12',
  'капітальний',
  'поточний',
  'та',
  'парку',
];

function titles(count: number, seed: number): Array<{ title: string; grams: Set<string> }> {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: count }, () => {
    const title = Array.from({ length: 2 + (next() % 5) }, () => WORDS[next() % WORDS.length]).join(' ');
    return { title, grams: trigrams(title.toLowerCase()) };
  });
}

describe('similarPairs', () => {
  for (const threshold of [0.5, 0.7, 0.85, 0.95]) {
    it(`finds every pair a full comparison finds at ${threshold}, and no other`, () => {
      const olds = titles(300, 3);
      const news = titles(300, 5);
      const key = (p: { a: unknown; b: unknown }) => `${olds.indexOf(p.a as never)}:${news.indexOf(p.b as never)}`;
      const full: string[] = [];
      for (const [i, a] of olds.entries())
        for (const [k, b] of news.entries()) if (dice(a.grams, b.grams) >= threshold) full.push(`${i}:${k}`);
      expect(full.length).toBeGreaterThan(50);
      expect(similarPairs(olds, news, threshold).map(key).sort()).toEqual(full.sort());
    });
  }
});
