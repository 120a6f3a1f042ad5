// Markup of any depth: refused one element past --max-depth in one line (HTML, the
// markup of a text export's cell, DOCX XML), read when the limit allows it without
// overflowing the stack, and style chains of any length resolved in a loop.
import { describe, expect, it } from 'vitest';
import { PATHOLOGICAL } from '../../bench/pathological.js';
import { InputError, parseReport, type Report } from '../../src/index.js';
import { runCli, SAMPLE } from '../helpers.js';

const ANCHOR = 'Інформаційна та ресурсна підтримка підприємців';
const firstTitle = (r: Report) => r.priorities[0]?.sectors[0]?.tasks[0]?.measures[0]?.title ?? '';
const read = (name: keyof typeof PATHOLOGICAL, n: number, path: string, maxDepth?: number) =>
  parseReport({ bytes: PATHOLOGICAL[name](n), path }, maxDepth ? { limits: { maxDepth } } : {});

describe('nesting past the limit is refused in one line', () => {
  it.each([
    ['html: nested inline elements', 'x.html', 'x.html: the nesting of elements'],
    ['html: nested blocks', 'x.html', 'x.html: the nesting of elements'],
    ['html: unclosed elements', 'x.html', 'x.html: the nesting of elements'],
    ['docx: nested elements', 'x.docx', 'x.docx: the nesting of XML elements'],
    ['docx: nested tables', 'x.docx', 'x.docx: the nesting of XML elements'],
  ] as const)('%s, 20,000 and 200,000 deep', async (name, path, what) => {
    for (const n of [20_000, 200_000]) {
      const error = await read(name, n, path).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toBe(`${what} is over the limit 1,000 (raise it with --max-depth)`);
    }
  });

  it('text export: 20,000 deep in a cell by the nesting; 200,000 by the length of its line, first', async () => {
    const deep = await read('text: nested markup in a cell', 20_000, 'x.txt').catch((e: unknown) => e);
    expect((deep as Error).message).toBe(
      'x.txt: line 10: the nesting of elements is over the limit 1,000 (raise it with --max-depth)',
    );
    const deeper = await read('text: nested markup in a cell', 200_000, 'x.txt').catch((e: unknown) => e);
    expect(deeper).toBeInstanceOf(InputError);
    expect((deeper as Error).message).toMatch(/^x\.txt: line 10: its length is 1,40\d,\d{3}; the limit is 200,000/);
  });

  it('says so on the command line, with no internal error', () => {
    const r = runCli(['parse', '-', '-q'], {
      input: Buffer.from(PATHOLOGICAL['html: nested inline elements'](200_000)),
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'zhyt-report: <stdin>: the nesting of elements is over the limit 1,000 (raise it with --max-depth)\n'.replace(
        '<stdin>',
        'input',
      ),
    );
  });
});

describe('nesting within the limit is read', () => {
  it('HTML and text 490 deep (980 elements): every word kept', async () => {
    for (const [name, path] of [
      ['html: nested inline elements', 'x.html'],
      ['text: nested markup in a cell', 'x.txt'],
    ] as const) {
      const report = await read(name, 490, path);
      expect(report.stats.counts.measures).toBe(173);
      expect(firstTitle(report)).toContain('глибоко');
      expect(firstTitle(report)).toContain(ANCHOR);
    }
  });

  it('20,000 deep when --max-depth allows it: no stack overflow in any reader', async () => {
    for (const [name, path] of [
      ['html: nested inline elements', 'x.html'],
      ['html: nested blocks', 'x.html'],
      ['text: nested markup in a cell', 'x.txt'],
      ['docx: nested elements', 'x.docx'],
    ] as const) {
      const report = await read(name, 20_000, path, 100_000);
      expect(report.stats.counts.measures, name).toBe(173);
      expect(JSON.stringify(report).includes('глибоко'), name).toBe(true);
    }
  }, 60_000);

  it('a chain of 100,000 styles, each based on the one before', async () => {
    const report = await read('docx: chained styles', 100_000, 'x.docx');
    expect(report.stats.counts.measures).toBe(173);
  });
});

it('the bundled command line reads the sample HTML as before (the guard is on its path)', () => {
  const r = runCli(['parse', SAMPLE.replace('.txt', '.html'), '--max-depth', '40', '-q']);
  expect(r.status).toBe(0);
  const tight = runCli(['parse', SAMPLE.replace('.txt', '.html'), '--max-depth', '3', '-q']);
  expect(tight.status).toBe(2);
  expect(tight.stderr).toMatch(/: the nesting of elements is over the limit 3 \(raise it with --max-depth\)\n$/);
});
