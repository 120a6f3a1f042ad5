// The JSON written in pieces is the JSON written whole, byte for byte: on the reports
// of the fixtures and on random values of every JSON shape.
import { describe, expect, it } from 'vitest';
import { jsonChunks, toJson } from '../../src/emit/json.js';
import { parseReport, type Report } from '../../src/index.js';
import { ROOT } from '../helpers.js';

function randomValue(next: () => number, depth: number): unknown {
  const kind = next() % (depth > 10 ? 5 : 8);
  if (kind === 0) return null;
  if (kind === 1) return next() % 2 === 0;
  if (kind === 2) return (next() % 2000) / 7 - 100;
  if (kind === 3) return ['', 'a\nb', '«ц»', '"', '\u2028', 'x'.repeat(next() % 5)][next() % 6];
  if (kind === 4) return next() % 3 === 0 ? undefined : 'v';
  if (kind === 5) return Array.from({ length: next() % 4 }, () => randomValue(next, depth + 1));
  return Object.fromEntries(Array.from({ length: next() % 4 }, (_, k) => [`k${k}`, randomValue(next, depth + 1)]));
}

describe('jsonChunks', () => {
  it('gives the bytes of toJson for the reports of the sample, its DOCX and the 2024 release', async () => {
    for (const file of ['zhytomyr-2023-9m.txt', 'zhytomyr-2023-9m.docx', 'zhytomyr-2024-6m.txt']) {
      const report = await parseReport(`${ROOT}fixtures/${file}`);
      expect([...jsonChunks(report)].join('')).toBe(toJson(report));
    }
  });

  it('gives the bytes of JSON.stringify for 2,000 random values, undefined members and deep nesting included', () => {
    let state = 9;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
    for (let k = 0; k < 2000; k++) {
      const value = { data: randomValue(next, 0) } as unknown as Report;
      expect([...jsonChunks(value)].join('')).toBe(toJson(value));
    }
  });

  it('cuts a large report into pieces of about a megabyte', async () => {
    const report = await parseReport(`${ROOT}fixtures/zhytomyr-2023-9m.txt`);
    const big = { ...report, priorities: Array.from({ length: 20 }, () => report.priorities).flat() };
    const chunks = [...jsonChunks(big)];
    expect(chunks.length).toBeGreaterThan(5);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(2 << 20);
  });
});
