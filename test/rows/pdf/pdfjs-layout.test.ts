// The PDF reader reads pdf.js's operator list directly (path data, glyph arrays),
// whose layout is pdf.js's own business: pdfjs-dist is pinned to the minor version
// the reader is written against, and this test fails loudly when the layout moves.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPages } from '../../../src/rows/pdf/extract.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../../fixtures/${name}`, import.meta.url)));
const version = (
  JSON.parse(
    readFileSync(fileURLToPath(new URL('../../../node_modules/pdfjs-dist/package.json', import.meta.url)), 'utf8'),
  ) as { version: string }
).version;

describe(`pdf.js ${version} operator list layout`, () => {
  it('is the minor version the reader is written against', () => {
    expect(version).toMatch(/^5\.4\./);
  });
  it('keeps the argument layout the reader indexes: constructPath [op, [pathData], minMax], showText [glyphs]', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(fixture('zhytomyr-2023-9m.pdf')), verbosity: 0 })
      .promise;
    const ops = await (await doc.getPage(1)).getOperatorList();
    const argsOf = (code: number) => ops.argsArray.filter((_, i) => ops.fnArray[i] === code) as unknown[][];
    const paths = argsOf(pdfjs.OPS.constructPath);
    expect(paths.length).toBeGreaterThan(0);
    for (const args of paths) {
      expect(typeof args[0]).toBe('number');
      const data = (args[1] as ArrayLike<unknown>)[0] as ArrayLike<number>;
      expect(typeof data.length).toBe('number');
      expect(typeof (args[2] as ArrayLike<number>)[0]).toBe('number');
    }
    const shown = argsOf(pdfjs.OPS.showText);
    expect(shown.length).toBeGreaterThan(0);
    const glyph = ((shown[0]?.[0] ?? []) as unknown[]).find((g) => typeof g === 'object' && g !== null) as Record<
      string,
      unknown
    >;
    expect(Object.keys(glyph)).toEqual(expect.arrayContaining(['unicode', 'width', 'isSpace']));
    await doc.destroy();
  });
  it('gives each subpath of a path (a grid drawn as one path gives its rules, not one box)', async () => {
    const [page] = await extractPages(fixture('producers/one-path-grid.pdf'), 'grid.pdf', 1000, {
      index: 0,
      count: 56,
    });
    const horizontal = page?.lines.filter((s) => s.y1 === s.y2) ?? [];
    const vertical = page?.lines.filter((s) => s.x1 === s.x2) ?? [];
    expect(horizontal.length).toBeGreaterThan(5);
    expect(vertical.length).toBeGreaterThan(10);
  });
  it('gives glyphs with their text, placed on the page', async () => {
    const [page] = await extractPages(fixture('zhytomyr-2023-9m.pdf'), 'sample.pdf', 1000, { index: 0, count: 56 });
    expect(page?.items.some((i) => i.text.includes('Інформація про виконання') && i.x > 0 && i.y > 400)).toBe(true);
  });
});
