// A PDF's pages may be shared among readers (every n-th page each): together the
// shares must give exactly the pages one reader gives, and the built package,
// whose readers are worker threads, the same report.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, parseReport } from 'zhyt-report';
import { extractPages } from '../../../src/rows/pdf/extract.js';
import { pdfThreads } from '../../../src/rows/pdf/pdf-rows.js';
import { SAMPLE } from '../../helpers.js';

const PDF = SAMPLE.replace(/\.txt$/, '.pdf');
const bytes = readFileSync(PDF);

describe('PDF page shares', () => {
  it('three shares hold every page once, and the same content as one reader', async () => {
    const whole = await extractPages(bytes, 'x.pdf');
    const shares = await Promise.all(
      [0, 1, 2].map((index) => extractPages(bytes, 'x.pdf', undefined, { index, count: 3 })),
    );
    expect(shares.map((s) => s.map((p) => p.page).slice(0, 3))).toEqual([
      [1, 4, 7],
      [2, 5, 8],
      [3, 6, 9],
    ]);
    expect(shares.flat().sort((a, b) => a.page - b.page)).toEqual(whole);
  });

  it('a small document gets one reader; a large one what was asked', () => {
    expect(pdfThreads(10_000, 4)).toBe(1);
    expect(pdfThreads(bytes.length, 3)).toBe(3);
    expect(pdfThreads(bytes.length, 0)).toBe(1);
  });

  it('two reader threads give the same report as one', async () => {
    const one = await parseReport(PDF, { pdfThreads: 1 });
    const two = await parseReport(PDF, { pdfThreads: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(one.stats.counts.measures).toBe(173);
  }, 60_000);

  it('reader threads kept between documents answer each as if alone: after a damaged file, and side by side', async () => {
    const first = JSON.stringify(await parseReport(PDF));
    await expect(parseReport({ bytes: bytes.subarray(0, 60_000), path: 'cut.pdf' })).rejects.toBeInstanceOf(InputError);
    const [a, b] = await Promise.all([parseReport(PDF), parseReport(PDF)]);
    expect(JSON.stringify(a)).toBe(first);
    expect(JSON.stringify(b)).toBe(first);
  }, 60_000);
});
