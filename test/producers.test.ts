// The same release as other programs write it (fixtures/producers/, made by
// scripts/make-producer-fixtures.py with LibreOffice, pandoc, Chromium, xmllint,
// iconv, ElementTree and python-docx) reads as the sample does: the counts and 22
// measures written down by hand from the document, and all 173 measures field-exact
// against the text export.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReport, type Measure, type Report } from 'zhyt-report';
import { type HandPicked, SAMPLE } from './helpers.js';

const HERE = new URL('./producers/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', HERE), 'utf8')) as {
  counts: Record<string, number>;
  measures: HandPicked[];
  funding: { measures: Array<{ sector: string; number: string; thousandUah: number }> };
};
const PRODUCERS = fileURLToPath(new URL('../fixtures/producers/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
// A PDF keeps no record of whether a line broke at a space or after a slash («АТО/ ООС»):
// for PDFs «whitespace aside» means without white space at all.
const squeeze = (s: string) => s.replace(/\s+/g, '');
const withSector = (r: Report) =>
  r.priorities.flatMap((p) =>
    p.sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures.map((m) => ({ sector: s.name, m })))),
  );
const fields = (m: Measure) => ({
  number: m.number,
  title: collapse(m.title),
  executors: m.executors.map(collapse),
  execution: collapse(m.execution),
});

const files = [
  ...readdirSync(PRODUCERS).map((f) => `producers/${f}`),
  ...readdirSync(FIXTURES).filter((f) => f.startsWith('zhytomyr-2023-9m.')),
].sort();

let sample: ReturnType<typeof fields>[];
beforeAll(async () => {
  sample = withSector(await parseReport(SAMPLE)).map(({ m }) => fields(m));
});

describe.each(files)('%s', (file) => {
  const pdf = file.endsWith('.pdf');
  const norm = <T extends ReturnType<typeof fields>>(m: T): T =>
    pdf ? { ...m, title: squeeze(m.title), executors: m.executors.map(squeeze), execution: squeeze(m.execution) } : m;
  let report: Report;
  beforeAll(async () => {
    report = await parseReport(`${FIXTURES}${file}`);
  });

  it('has the report’s counts and no errors', () => {
    const { priorities, goals, sectors, tasks, measures } = report.stats.counts;
    expect({ priorities, goals, sectors, tasks, measures }).toEqual(expected.counts);
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it.each(expected.measures.map((m) => [`${m.sector} ${m.number}`, m] as const))(
    'measure %s as written in the document',
    (_, want) => {
      const found = withSector(report).filter(({ sector, m }) => sector === want.sector && m.number === want.number);
      expect(found).toHaveLength(1);
      const got = fields((found[0] as { m: Measure }).m);
      const execution = file.includes('cp1251')
        ? collapse(want.execution).replace(/ü/g, '?')
        : collapse(want.execution);
      expect(norm(got)).toEqual(
        norm({ number: want.number, title: collapse(want.title), executors: want.executors.map(collapse), execution }),
      );
    },
  );

  it('has the five amounts of column 6 as printed, and no other', () => {
    const funded = withSector(report)
      .filter(({ m }) => m.fundingThousandUah !== null)
      .map(({ sector, m }) => ({ sector, number: m.number, thousandUah: m.fundingThousandUah }));
    expect(funded).toEqual(expected.funding.measures);
  });

  it('gives the text export’s 173 measures field-exact', () => {
    const got = withSector(report).map(({ m }) => fields(m));
    // Windows-1251 has no «ü»: a Windows tool writes «?» for it (Deutsche Gesellschaft für …).
    const want = file.includes('cp1251')
      ? sample.map((m) => ({ ...m, execution: m.execution.replace(/ü/g, '?') }))
      : sample;
    expect(got.map(norm)).toEqual(want.map(norm));
  });
});
