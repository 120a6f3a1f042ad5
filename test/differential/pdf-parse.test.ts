// Our PDF reader against pdf-parse, the design card's reader, on every PDF fixture:
// every word pdf-parse's getText() finds is somewhere in our report (in the data, the
// notes, or the diagnostics that carry skipped rows and page furniture). A word cut at
// a line end is found inside the word we joined.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { parseReport } from 'zhyt-report';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const pdfs = [
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.pdf')),
  ...readdirSync(`${FIXTURES}producers`)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => `producers/${f}`),
];
const WORD = /[\p{L}\p{N}]+/gu;

describe.each(pdfs)('%s against pdf-parse', (file) => {
  it('loses no word pdf-parse reads', async () => {
    const bytes = readFileSync(`${FIXTURES}${file}`);
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    const { text } = await parser.getText();
    await parser.destroy();
    const theirs = new Set((text.match(WORD) ?? []).map((w) => w.toLowerCase()));
    const report = JSON.stringify(await parseReport({ bytes, path: file })).toLowerCase();
    const ours = new Set(report.match(WORD) ?? []);
    const missing = [...theirs].filter((w) => !ours.has(w) && !report.includes(w));
    expect(theirs.size).toBeGreaterThan(2000);
    expect(missing).toEqual([]);
  });
});
