// PDFs from any producer and any table style: fixtures/pdf-matrix/, printed by
// scripts/make-pdf-matrix.py from an HTML page and a Word file built from the text
// export with Python alone, never by this tool. Expected values come from outside the
// code: the manifest (what each file is, and whether it can be read at all), the 22
// hand-written measures of test/producers/expected.json, and the text export, against
// which every measure must be field-exact, spaces included.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError, parseReport, type Report } from 'zhyt-report';
import { type HandPicked, handPickedMismatches, measureContent, ROOT } from './helpers.js';
import { differences, exactCount, INDEPENDENT, readingOf } from './independent.js';

interface MatrixFile {
  producer: string;
  style: string;
  expect: 'read' | 'refuse';
  why?: string;
}

const FOLDER = `${ROOT}fixtures/pdf-matrix/`;
const manifest = JSON.parse(readFileSync(`${FOLDER}manifest.json`, 'utf8')) as {
  counts: Record<string, number>;
  files: Record<string, MatrixFile>;
};
const hand = JSON.parse(readFileSync(`${ROOT}test/producers/expected.json`, 'utf8')) as { measures: HandPicked[] };

/**
 * Files not yet read right, with what they gave when last measured: measures field-exact
 * against the export, and errors. Each must do no worse; a file that reads right fails
 * its `it.fails` and moves out of this table. The score is in docs/pdf-tables.md.
 */
const NOT_YET: Record<string, { exact: number; errors: number }> = {
  '01-chromium-attr-border-a4-portrait.pdf': { exact: 169, errors: 0 },
  '03-chromium-solid-1px-letter-portrait.pdf': { exact: 170, errors: 0 },
  '04-chromium-solid-2px-a3-landscape.pdf': { exact: 164, errors: 0 },
  '05-chromium-solid-3pt-a4-portrait.pdf': { exact: 163, errors: 0 },
  '06-chromium-dotted-letter-landscape.pdf': { exact: 169, errors: 0 },
  '07-chromium-separate-a3-portrait.pdf': { exact: 168, errors: 0 },
  '08-chromium-double-a4-landscape.pdf': { exact: 172, errors: 0 },
  '09-chromium-grey-a4-portrait.pdf': { exact: 171, errors: 0 },
  '10-chromium-separate-letter-portrait.pdf': { exact: 166, errors: 0 },
  '11-chromium-hrules-a3-landscape.pdf': { exact: 164, errors: 0 },
  '12-chromium-frame-a4-portrait.pdf': { exact: 161, errors: 0 },
  '13-chromium-zebra-letter-landscape.pdf': { exact: 169, errors: 0 },
  '14-chromium-filled-a4-landscape.pdf': { exact: 171, errors: 0 },
  '16-lo-html-solid-05pt-letter-landscape.pdf': { exact: 172, errors: 0 },
  '22-lo-html-zebra-a4-landscape.pdf': { exact: 172, errors: 0 },
  '23-lo-docx-docx-grid-a4-portrait.pdf': { exact: 171, errors: 0 },
  '25-lo-docx-docx-banded-letter-portrait.pdf': { exact: 169, errors: 0 },
  '26-lo-docx-solid-05pt-a3-landscape.pdf': { exact: 172, errors: 0 },
  '27-lo-docx-docx-grid-letter-landscape.pdf': { exact: 172, errors: 0 },
  '30-lo-docx-double-a3-portrait.pdf': { exact: 160, errors: 0 },
  '31-lo-docx-hrules-a4-portrait.pdf': { exact: 157, errors: 0 },
  '32-lo-docx-frame-letter-landscape.pdf': { exact: 172, errors: 0 },
  '34-lo-docx-docx-thick-outer-a4-portrait.pdf': { exact: 160, errors: 0 },
  '36-lo-docx-separate-a4-portrait.pdf': { exact: 163, errors: 0 },
  '37-weasyprint-attr-border-letter-portrait.pdf': { exact: 163, errors: 0 },
  '38-weasyprint-solid-1px-a4-landscape.pdf': { exact: 172, errors: 0 },
  '39-weasyprint-solid-3pt-a3-portrait.pdf': { exact: 170, errors: 0 },
  '40-weasyprint-dashed-a4-portrait.pdf': { exact: 135, errors: 0 },
  '41-weasyprint-grey-letter-landscape.pdf': { exact: 159, errors: 0 },
  '42-weasyprint-separate-a4-landscape.pdf': { exact: 171, errors: 0 },
  '43-weasyprint-frame-a3-landscape.pdf': { exact: 172, errors: 0 },
  '44-weasyprint-filled-a4-portrait.pdf': { exact: 169, errors: 0 },
  '45-weasyprint-hrules-letter-portrait.pdf': { exact: 167, errors: 0 },
  '46-weasyprint-solid-2px-a4-portrait.pdf': { exact: 156, errors: 0 },
  '47-wkhtmltopdf-attr-border-a4-portrait.pdf': { exact: 170, errors: 0 },
  '48-wkhtmltopdf-solid-1px-letter-portrait.pdf': { exact: 170, errors: 0 },
  '49-wkhtmltopdf-dotted-a4-landscape.pdf': { exact: 171, errors: 0 },
  '51-wkhtmltopdf-hrules-a4-landscape.pdf': { exact: 171, errors: 0 },
  '52-wkhtmltopdf-dashed-letter-landscape.pdf': { exact: 172, errors: 0 },
  '53-wkhtmltopdf-filled-a3-landscape.pdf': { exact: 171, errors: 0 },
  '54-wkhtmltopdf-solid-3pt-a4-portrait.pdf': { exact: 170, errors: 0 },
  '56-chromium-gs-filled-a4-landscape.pdf': { exact: 171, errors: 0 },
  '57-lo-docx-gs-docx-thick-outer-a4-landscape.pdf': { exact: 172, errors: 0 },
  '58-weasyprint-gs-filled-a4-portrait.pdf': { exact: 169, errors: 0 },
  '59-wkhtmltopdf-gs-hrules-a4-landscape.pdf': { exact: 171, errors: 0 },
  '60-lo-html-gs-dotted-a3-portrait.pdf': { exact: 172, errors: 0 },
  '61-chromium-qpdf-objstm-grey-a4-portrait.pdf': { exact: 171, errors: 0 },
  '62-lo-docx-qpdf-objstm-docx-grid-a4-portrait.pdf': { exact: 171, errors: 0 },
  '63-weasyprint-qpdf-linearize-frame-a3-landscape.pdf': { exact: 172, errors: 0 },
  '64-lo-docx-qpdf-linearize-docx-banded-letter-portrait.pdf': { exact: 169, errors: 0 },
};

/** Files the manifest would refuse that are read instead, and why (the issue asks for an error naming the pages). */
const READ_WITH_ERROR: Record<string, { code: string; pages: number[] }> = {
  '68-lo-docx-qpdf-partial-outlines-hrules-a4-portrait.pdf': { code: 'page-without-text', pages: [3, 4, 5] },
};

/** What a refusal must name, by the manifest's cause. */
const REFUSAL: Record<string, RegExp> = {
  '67-weasyprint-gs-outlines-frame-a3-landscape.pdf': /no text layer: the text is drawn as outlines/,
  '69-lo-html-garbage-tounicode-solid-05pt-letter-landscape.pdf': /the text of pages 1–62 is not Ukrainian/,
};

/** Files the pdf.js engine reads otherwise than PDFium (the default), and why. */
const ENGINES_DIFFER: Record<string, string> = {};

/** pdf.js, the other engine, reads the file as PDFium did. */
function agreesWithPdfjs(name: string, pdfium: () => Report) {
  const check = async () => {
    const pdfjs = await parseReport(`${FOLDER}${name}`, { pdfEngine: 'pdfjs' });
    expect(counts(pdfjs)).toEqual(counts(pdfium()));
    expect(content(pdfjs)).toEqual(content(pdfium()));
    expect(errors(pdfjs).length).toBe(errors(pdfium()).length);
  };
  if (ENGINES_DIFFER[name]) it.fails(`reads the same with pdf.js (not yet: ${ENGINES_DIFFER[name]})`, check);
  else it('reads the same with pdf.js', check);
}

const content = measureContent;
const counts = (r: Report) => {
  const { priorities, goals, sectors, tasks, measures } = r.stats.counts;
  return { priorities, goals, sectors, tasks, measures };
};
const errors = (r: Report) => r.diagnostics.filter((d) => d.severity === 'error');

const entries = Object.entries(manifest.files);

it('has at least 60 files, and a line here for each that is not read right', () => {
  expect(entries.length).toBeGreaterThanOrEqual(60);
  const known = [
    ...Object.keys(NOT_YET),
    ...Object.keys(ENGINES_DIFFER),
    ...Object.keys(READ_WITH_ERROR),
    ...Object.keys(REFUSAL),
  ];
  expect(known.filter((f) => !manifest.files[f])).toEqual([]);
});

const read = entries.filter(([name, f]) => f.expect === 'read' && !NOT_YET[name]);
describe.each(read.map(([name]) => name))('%s', (name) => {
  let report: Report;
  beforeAll(async () => {
    report = await parseReport(`${FOLDER}${name}`);
  });
  it('reads the whole report with no error', () => {
    expect(counts(report)).toEqual(manifest.counts);
    expect(errors(report).map((d) => d.message)).toEqual([]);
  });
  it('has the 22 hand-written measures as written', () => {
    expect(handPickedMismatches(report, hand.measures)).toEqual([]);
  });
  it('has every measure field-exact against an independent reading of the text export, no word cut or glued', () => {
    expect(differences(readingOf(report), INDEPENDENT)).toEqual([]);
  });
  agreesWithPdfjs(name, () => report);
});

describe.each(Object.entries(NOT_YET))('%s (not yet right)', (name, last) => {
  let report: Report;
  beforeAll(async () => {
    report = await parseReport(`${FOLDER}${name}`);
  });
  it('does no worse than when last measured', () => {
    expect(exactCount(readingOf(report), INDEPENDENT)).toBeGreaterThanOrEqual(last.exact);
    expect(errors(report).length).toBeLessThanOrEqual(last.errors);
  });
  it.fails('reads right', () => {
    expect(counts(report)).toEqual(manifest.counts);
    expect(differences(readingOf(report), INDEPENDENT)).toEqual([]);
    expect(errors(report)).toEqual([]);
  });
  agreesWithPdfjs(name, () => report);
});

describe.each(Object.entries(READ_WITH_ERROR))('%s', (name, want) => {
  it('is read with an error naming each page without text', async () => {
    const report = await parseReport(`${FOLDER}${name}`);
    const pages = errors(report)
      .filter((d) => d.code === want.code)
      .map((d) => d.source?.page);
    expect(pages).toEqual(want.pages);
    const pdfjs = await parseReport(`${FOLDER}${name}`, { pdfEngine: 'pdfjs' });
    expect(content(pdfjs)).toEqual(content(report));
  });
});

describe.each(Object.entries(REFUSAL))('%s', (name, cause) => {
  it('is refused in one line naming its cause', async () => {
    expect(manifest.files[name]?.expect).toBe('refuse');
    const error = (await parseReport(`${FOLDER}${name}`).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).not.toContain('\n');
    expect(error.message).toMatch(cause);
    const pdfjs = (await parseReport(`${FOLDER}${name}`, { pdfEngine: 'pdfjs' }).catch((e: unknown) => e)) as Error;
    expect(pdfjs.message).toBe(error.message);
  });
});
