// Every file a council publishes: fixtures/formats/, made by scripts/make-format-fixtures.py
// with the programs that make such files (LibreOffice Writer and Calc, python-docx,
// openpyxl, Python's csv module, a Word web page written after Word's markup), from
// the text export, never by this tool. Expected values come from outside the code: the
// report's counts, the 22 hand-written measures of test/producers/expected.json, and an
// independent reading of the text export (test/independent.ts), against which every
// measure must be field-exact.
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReport, type Report } from 'zhyt-report';
import { type HandPicked, handPickedMismatches, ROOT, runCli } from './helpers.js';
import { differences, INDEPENDENT, readingOf } from './independent.js';

const FOLDER = `${ROOT}fixtures/formats/`;
const hand = JSON.parse(readFileSync(`${ROOT}test/producers/expected.json`, 'utf8')) as { measures: HandPicked[] };
const COUNTS = { priorities: 6, goals: 6, sectors: 18, tasks: 79, measures: 173 };

/** Each file read, with the format and encoding it must be read as, and the info or warnings it must carry. */
const READ: Record<string, { format: string; encoding: string; also?: string[] }> = {
  'source.docx': { format: 'docx', encoding: 'utf-8' },
  'writer.odt': { format: 'odt', encoding: 'utf-8' },
  // Word's automatic numbering saved by Writer: the numbers come from the list styles.
  'word-numbering.odt': { format: 'odt', encoding: 'utf-8' },
  'writer.fodt': { format: 'odt', encoding: 'utf-8' },
  'writer.rtf': { format: 'rtf', encoding: 'windows-1252' },
  'calc.ods': { format: 'ods', encoding: 'utf-8', also: ['sheet-chosen', 'sector-guessed-in-task-cell'] },
  'openpyxl.xlsx': { format: 'xlsx', encoding: 'utf-8', also: ['sheet-chosen', 'sector-guessed-in-task-cell'] },
  'calc.xlsx': { format: 'xlsx', encoding: 'utf-8', also: ['sheet-chosen', 'sector-guessed-in-task-cell'] },
  'calc-semicolon-bom.csv': { format: 'csv', encoding: 'utf-8', also: ['sector-guessed-in-task-cell'] },
  'calc-comma.csv': { format: 'csv', encoding: 'utf-8', also: ['sector-guessed-in-task-cell'] },
  'excel-unicode.txt': { format: 'csv', encoding: 'utf-16le', also: ['sector-guessed-in-task-cell'] },
  'word-web-page.htm': { format: 'html', encoding: 'windows-1251' },
};

/** Files refused in one line that says how to convert them. */
const REFUSED: Record<string, RegExp> = {
  'writer.doc': /legacy Word 97–2003 \.doc file.*soffice --headless --convert-to docx/,
  'calc.xls': /legacy Excel 97–2003 \.xls workbook.*soffice --headless --convert-to xlsx/,
};

it('lists every file of the folder', () => {
  const listed = [...Object.keys(READ), ...Object.keys(REFUSED), 'README.md'].sort();
  expect(readdirSync(FOLDER).sort()).toEqual(listed);
});

describe.each(Object.entries(READ))('%s', (name, want) => {
  let report: Report;
  beforeAll(async () => {
    report = await parseReport(`${FOLDER}${name}`);
  });
  it('is read as its format, with no error and the report counts', () => {
    expect([report.source.format, report.source.encoding]).toEqual([want.format, want.encoding]);
    const { priorities, goals, sectors, tasks, measures } = report.stats.counts;
    expect({ priorities, goals, sectors, tasks, measures }).toEqual(COUNTS);
    expect(report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
    const codes = new Set(report.diagnostics.map((d) => d.code));
    const also = want.also ?? [];
    expect(also.filter((code) => codes.has(code))).toEqual(also);
  });
  it('has the 22 hand-written measures as written', () => {
    expect(handPickedMismatches(report, hand.measures)).toEqual([]);
  });
  it('has every measure field-exact against an independent reading of the text export', () => {
    expect(differences(readingOf(report), INDEPENDENT)).toEqual([]);
  });
});

describe.each(Object.entries(REFUSED))('%s', (name, message) => {
  it('is refused with exit 2 in one line saying how to convert it', () => {
    const r = runCli(['parse', `${FOLDER}${name}`]);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
