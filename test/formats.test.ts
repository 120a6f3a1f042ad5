// Every format a release comes in gives what the text export says, as read without this tool
// (test/independent.ts: a Python reading of the export, column 6 read by hand).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError, parseReport, type Measure, type Report } from 'zhyt-report';
import { differences, HAND_COLUMN6, INDEPENDENT, type Reading, readingOf, squeezed } from './independent.js';

const fixture = (ext: string) => fileURLToPath(new URL(`../fixtures/zhytomyr-2023-9m.${ext}`, import.meta.url));
const bad = (name: string) => fileURLToPath(new URL(`./corpus/bad/${name}`, import.meta.url));
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const measuresOf = (r: Report): Measure[] =>
  r.priorities.flatMap((p) => p.sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures)));
/** Column 6 as the tool read it, in the hand reading's terms: programmes as printed, the amount. */
const column6 = (r: Report, squeeze: (s: string) => string) =>
  r.priorities.flatMap((p) =>
    p.sectors.flatMap((sector) =>
      sector.tasks.flatMap((t) =>
        t.measures.map((m) => ({
          sector: sector.name,
          number: m.number,
          programmes: squeeze(m.programRefs.map((ref) => collapse(ref.raw)).join(' | ')),
          amount: m.fundingThousandUah,
        })),
      ),
    ),
  );

describe.each([
  ['docx', 'docx', 'utf-8'],
  ['pdf', 'pdf', 'pdf'],
  ['html', 'html', 'utf-8'],
  ['utf16le.txt', 'text', 'utf-16le'],
  ['cp1251.txt', 'text', 'windows-1251'],
])('the sample as .%s', (ext, format, encoding) => {
  let report: Report;
  beforeAll(async () => {
    report = await parseReport(fixture(ext));
  });

  it(`is read as ${format} in ${encoding}`, () => {
    expect(report.source).toMatchObject({ format, encoding });
  });

  it('gives the 173 measures of an independent reading of the text export, and column 6 as read by hand', () => {
    // Windows-1251 has no «ü»: a Windows tool writes «?» for it (Deutsche Gesellschaft für …).
    const cp1251 = (r: Reading) => (ext === 'cp1251.txt' ? { ...r, execution: r.execution.replace(/ü/g, '?') } : r);
    // A PDF keeps no record of whether a line broke at a space: compared without white space.
    const same = ext === 'pdf' ? squeezed : (r: Reading) => r;
    expect(differences(readingOf(report).map(same), INDEPENDENT.map(cp1251).map(same))).toEqual([]);
    const squeeze = ext === 'pdf' ? (s: string) => s.replace(/\s+/g, '') : (s: string) => s;
    expect(column6(report, squeeze)).toEqual(HAND_COLUMN6.map((h) => ({ ...h, programmes: squeeze(h.programmes) })));
  });

  it('has the same levels and no errors', () => {
    expect(report.stats.counts).toEqual({
      priorities: 6,
      goals: 6,
      sectors: 18,
      tasks: 79,
      measures: 173,
      subMeasures: 3,
    });
    expect(report.stats.diagnostics.error).toBe(0);
    const { total, blank, used, skipped } = report.stats.lines;
    expect(used + skipped + blank).toBe(total);
  });
});

describe('PDF specifics', () => {
  let report: Report;
  beforeAll(async () => {
    report = await parseReport(fixture('pdf'));
  });
  it('records the page of each measure, in page order', () => {
    const pages = measuresOf(report).map((m) => m.source.page);
    expect(pages.every((p) => typeof p === 'number' && p >= 1)).toBe(true);
    expect(pages).toEqual([...pages].sort((a, b) => (a as number) - (b as number)));
    expect(pages[0]).toBe(1);
    expect(pages[pages.length - 1]).toBeGreaterThan(50);
  });
  it('skips the header repeated on each page, saying so', () => {
    const repeated = report.diagnostics.filter((d) => d.code === 'repeated-header');
    expect(repeated.length).toBeGreaterThan(50);
    expect(new Set(repeated.map((d) => d.source.page)).size).toBe(repeated.length);
  });
  it('joins a row cut by a page break back together', () => {
    // Measure 1.2's execution starts on page 1 and goes on at the top of page 2.
    const m = measuresOf(report).find((x) => x.id.endsWith('/1.2') && x.execution.includes('Переможцями конкурсу'));
    expect(m?.execution).toMatch(
      /^За підтримки Інноваційного холдингу .* Переможцями конкурсу стали .* ДП «Євроголд Індекстріз ЛТД»\.$/,
    );
    expect(m?.source.page).toBe(1);
  });
  it('reads the title and the footnote outside the table', () => {
    expect(report.report.period).toEqual({ year: 2023, months: 9, label: '9 місяців 2023 року' });
    expect(report.report.notes).toHaveLength(1);
  });
});

describe('inputs that cannot be read', () => {
  const failsWith = async (input: Parameters<typeof parseReport>[0], message: RegExp) => {
    const error = await parseReport(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  };
  it('legacy .doc', () =>
    failsWith(bad('legacy.doc'), /legacy Word 97–2003 \.doc file, which is not read; convert it with LibreOffice/));
  it('a PDF with no text layer', () =>
    failsWith(bad('scanned.pdf'), /scanned PDF: no text layer; OCR is not supported$/));
  it('an encrypted PDF', () => failsWith(bad('encrypted.pdf'), /encrypted PDF: it needs a password/));
  it('a truncated DOCX', () =>
    failsWith(
      { bytes: readFileSync(fixture('docx')).subarray(0, 20_000), path: 'cut.docx' },
      /^cut\.docx: corrupt or truncated DOCX/,
    ));
  it('a truncated PDF', () =>
    failsWith(
      { bytes: readFileSync(fixture('pdf')).subarray(0, 30_000), path: 'cut.pdf' },
      /^cut\.pdf: corrupt or truncated PDF \([^)]+\)$/,
    ));
  it('HTML without a table', () =>
    failsWith(
      { bytes: Buffer.from('<html><body><p>Звіт буде пізніше.</p></body></html>'), path: 'x.html' },
      /^x\.html: no report table found/,
    ));
});

describe('HTML specifics', () => {
  it('records the source line of each row', async () => {
    const report = await parseReport(fixture('html'));
    const lines = readFileSync(fixture('html'), 'utf8').split('\n');
    expect(measuresOf(report)).toHaveLength(173);
    for (const m of measuresOf(report)) {
      const line = lines[(m.source.line as number) - 1] ?? '';
      expect(line, `measure ${m.number}`).toContain(m.number);
      expect(line.startsWith('<tr>')).toBe(true);
    }
  });
});
