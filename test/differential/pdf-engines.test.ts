// The two PDF engines behind the PageBuilder interface, pdf.js (the default) and
// PDFium (`pdfEngine: 'pdfium'`), against each other on every PDF we have: the same
// counts and the same measures (white space aside), and the same refusals.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError, parseReport, type Report } from 'zhyt-report';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const BAD = fileURLToPath(new URL('../corpus/bad/', import.meta.url));
const good = [
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => `${FIXTURES}${f}`),
  ...readdirSync(`${FIXTURES}producers`)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => `${FIXTURES}producers/${f}`),
];
const bad = readdirSync(BAD)
  .filter((f) => f.endsWith('.pdf'))
  .map((f) => `${BAD}${f}`);
const squeeze = (s: string) => s.replace(/\s+/g, '');
const measures = (r: Report) =>
  r.priorities.flatMap((p) =>
    p.sectors.flatMap((s) =>
      s.tasks.flatMap((t) =>
        t.measures.map((m) => [s.name, m.number, squeeze(m.title), m.executors.map(squeeze), squeeze(m.execution)]),
      ),
    ),
  );

describe.each(good)('%s', (file) => {
  it('reads the same with PDFium as with pdf.js', async () => {
    const [pdfjs, pdfium] = await Promise.all([
      parseReport(file, { pdfEngine: 'pdfjs' }),
      parseReport(file, { pdfEngine: 'pdfium' }),
    ]);
    expect(pdfium.stats.counts).toEqual(pdfjs.stats.counts);
    expect(measures(pdfium)).toEqual(measures(pdfjs));
    expect(pdfium.stats.diagnostics.error).toBe(pdfjs.stats.diagnostics.error);
  });
});

describe.each(bad)('%s', (file) => {
  it('is refused by PDFium as by pdf.js, in one line', async () => {
    const refusal = async (engine: 'pdfjs' | 'pdfium') =>
      (await parseReport(file, { pdfEngine: engine }).catch((e: unknown) => e)) as Error;
    const [pdfjs, pdfium] = await Promise.all([refusal('pdfjs'), refusal('pdfium')]);
    expect(pdfium).toBeInstanceOf(InputError);
    expect(pdfium.message).not.toContain('\n');
    // The same kind of refusal: the text up to the engine's own detail in brackets.
    expect(pdfium.message.replace(/ \(.*\)$/, '')).toBe(pdfjs.message.replace(/ \(.*\)$/, ''));
  });
});
