// `history`: measures followed across releases. The expectations are the edits the
// 12-month fixture made to the sample (see diff.test.ts) and those of the 2024
// half-year fixture (release-2024.test.ts), written from what the documents say.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type History, type HistoryRow, HistoryRowSchema, HistorySchema } from '../src/index.js';
import { ROOT, runCli, SAMPLE } from './helpers.js';

const YEAR = SAMPLE.replace('2023-9m', '2023-12m');
const NEXT_YEAR = join(ROOT, 'fixtures/zhytomyr-2024-6m.txt');
const tmp = () => mkdtempSync(join(tmpdir(), 'zhyt-history-'));

const HYDROPARK = 'Створення (будівництво) систем відеоспостереження на території гідропарку';
const FESTIVAL = 'Космічного фестивалю';

function historyOf(args: string[]): History {
  const r = runCli(['history', ...args, '-q']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return HistorySchema.parse(JSON.parse(r.stdout));
}

const rowsOf = (h: History, key: string) => h.rows.filter((r) => r.measureKey === key);
const keyOf = (h: History, title: string) => h.rows.find((r) => r.title.includes(title))?.measureKey as string;

describe('history of the 9-month and the year release, given newest first', () => {
  const h = historyOf([YEAR, SAMPLE]);

  it('orders the releases by period, whatever the order of the arguments', () => {
    expect(h.releases.map((r) => [r.periodYear, r.periodMonths, r.sourceFile, r.measures])).toEqual([
      [2023, 9, 'zhytomyr-2023-9m.txt', 173],
      [2023, 12, 'zhytomyr-2023-12m.txt', 173],
    ]);
  });

  it('has 173 measures from each release and one row per measure and release', () => {
    for (const release of [0, 1]) {
      const present = h.rows.filter((r) => r.release === release && r.present);
      expect(present).toHaveLength(173);
      expect(new Set(present.map((r) => r.measureId)).size).toBe(173);
    }
    // 173 measures of the 9 months, plus the one the year release added.
    const keys = new Set(h.rows.map((r) => r.measureKey));
    expect(keys.size).toBe(174);
    expect(h.rows).toHaveLength(348);
    for (const key of keys) expect(rowsOf(h, key).map((r) => r.release)).toEqual([0, 1]);
  });

  it('keeps the renumbered measure under one key, with both its ids', () => {
    const rows = rowsOf(h, keyOf(h, HYDROPARK));
    expect(rows.map((r) => [r.number, r.change, r.present])).toEqual([
      ['1.7', 'first', true],
      ['1.8', 'moved', true],
    ]);
    expect(rows[0]?.measureId).toMatch(/\/hromadska-bezpeka\/1\.7$/);
    expect(rows[1]?.measureId).toMatch(/\/hromadska-bezpeka\/1\.8$/);
    expect(rows[0]?.measureKey).toBe(rows[0]?.measureId);
  });

  it('marks the measure the year release dropped, and the one it added, as absent', () => {
    const dropped = rowsOf(h, keyOf(h, FESTIVAL));
    expect(dropped.map((r) => [r.sector, r.number, r.present, r.change, r.status])).toEqual([
      ['Культура', '5.6', true, 'first', dropped[0]?.status],
      ['Культура', '5.6', false, 'absent', null],
    ]);
    expect(dropped[1]?.measureId).toBeNull();
    const added = rowsOf(h, keyOf(h, 'Облаштування інклюзивних ресурсних кімнат'));
    expect(added.map((r) => [r.sector, r.number, r.present, r.change])).toEqual([
      ['Освіта', '2.4', false, 'absent'],
      ['Освіта', '2.4', true, 'added'],
    ]);
  });

  it('carries each release’s values and names the fields that changed', () => {
    const trolleybus = rowsOf(h, keyOf(h, 'Будівництво тролейбусної лінії по вул. Героїв Пожежних'));
    expect(trolleybus.map((r) => [r.completionPercent, r.change, r.changedFields])).toEqual([
      [81, 'first', []],
      [94, 'changed', ['execution', 'completionPercent']],
    ]);
    const festival = rowsOf(h, keyOf(h, 'хореографічної асамблеї'));
    expect(festival.map((r) => r.status)).toEqual(['planned', 'completed']);
    const funded = rowsOf(h, keyOf(h, 'діяльністю підприємства КП "ЦЕНТР ІН'));
    expect(funded.map((r) => r.fundingThousandUah)).toEqual([434.09, 512.3]);
    expect(h.rows.filter((r) => r.change === 'changed')).toHaveLength(4);
  });

  it('lists a measure’s rows together, in the order of the latest release that has it', () => {
    const firstRows = h.rows.slice(0, 2);
    expect(firstRows.map((r) => [r.sector, r.number])).toEqual([
      ['Підприємництво, інвестиційна та зовнішньоекономічна діяльність', '1.1'],
      ['Підприємництво, інвестиційна та зовнішньоекономічна діяльність', '1.1'],
    ]);
    // The dropped measure comes last: it left the newest release.
    expect(h.rows.at(-1)?.title).toContain(FESTIVAL);
  });
});

describe('history of three releases', () => {
  const h = historyOf([NEXT_YEAR, SAMPLE, YEAR]);

  it('orders them 2023 9 months, 2023, 2024 half-year', () => {
    expect(h.releases.map((r) => r.periodLabel)).toEqual(['9 місяців 2023 року', '2023 рік', 'I півріччя 2024 року']);
  });

  it('finds a measure again after a release without it, under its first key', () => {
    // The 2024 fixture was edited from the 9-month sample: the festival is back, the
    // hydropark measure is numbered 1.7 again, the year's new Освіта 2.4 is not there.
    const festival = rowsOf(h, keyOf(h, FESTIVAL));
    expect(festival.map((r) => r.change)).toEqual(['first', 'absent', 'added']);
    const hydropark = rowsOf(h, keyOf(h, HYDROPARK));
    expect(hydropark.map((r) => [r.number, r.change])).toEqual([
      ['1.7', 'first'],
      ['1.8', 'moved'],
      ['1.7', 'moved'],
    ]);
    const added = rowsOf(h, keyOf(h, 'Облаштування інклюзивних ресурсних кімнат'));
    expect(added.map((r) => r.change)).toEqual(['absent', 'added', 'absent']);
    // 174 measures of 2023 and the five the 2024 release added.
    expect(new Set(h.rows.map((r) => r.measureKey)).size).toBe(179);
    expect(h.rows.filter((r) => r.release === 2 && r.change === 'added')).toHaveLength(6);
  });
});

describe('history across producers', () => {
  it('follows the same measures when the earlier release is LibreOffice’s DOCX of it', () => {
    const h = historyOf([YEAR, join(ROOT, 'fixtures/producers/libreoffice.docx')]);
    const changes = h.rows.filter((r) => r.release === 1).map((r) => r.change);
    const count = (c: string) => changes.filter((x) => x === c).length;
    // The same edits as between the two text exports: the reader of the DOCX loses nothing the matching needs.
    expect([count('unchanged'), count('changed'), count('moved'), count('added'), count('absent')]).toEqual([
      167, 4, 1, 1, 1,
    ]);
    expect(rowsOf(h, keyOf(h, HYDROPARK)).map((r) => r.number)).toEqual(['1.7', '1.8']);
  });
});

describe('history outputs', () => {
  it('NDJSON: one valid row per line, the JSON rows in the same order', () => {
    const r = runCli(['history', SAMPLE, YEAR, '-f', 'ndjson', '-q']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(348);
    const rows: HistoryRow[] = lines.map((l) => HistoryRowSchema.parse(JSON.parse(l)));
    expect(rows).toEqual(historyOf([SAMPLE, YEAR]).rows);
  });

  it('CSV: the period columns, measure numbers as printed, booleans as true/false', () => {
    const out = join(tmp(), 'history.csv');
    const r = runCli(['history', SAMPLE, YEAR, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('history: 2 releases (9 місяців 2023 року → 2023 рік), 174 measures');
    const [head, first] = readFileSync(out, 'utf8').split('\n');
    expect(head?.split(',').slice(0, 8)).toEqual([
      'measure_key',
      'period_year',
      'period_months',
      'period_label',
      'source_file',
      'present',
      'change',
      'changed_fields',
    ]);
    expect(first).toMatch(/^[^,]+\/1\.1,2023,9,9 місяців 2023 року,zhytomyr-2023-9m\.txt,true,first,,/);
  });

  it('XLSX: a history sheet with typed cells and a releases sheet', async () => {
    const out = join(tmp(), 'history.xlsx');
    expect(runCli(['history', YEAR, SAMPLE, '--out', out, '-q']).status).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(['history', 'releases']);
    const sheet = book.getWorksheet('history') as ExcelJS.Worksheet;
    const head = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (name: string) => head.indexOf(name) + 1;
    expect(sheet.rowCount).toBe(349);
    const cells = (name: string) => [...Array(348).keys()].map((i) => sheet.getRow(i + 2).getCell(col(name)).value);
    expect(cells('measure_number').every((v) => typeof v === 'string')).toBe(true);
    expect(cells('measure_number')).toContain('1.10');
    expect(cells('period_months').every((v) => v === 9 || v === 12)).toBe(true);
    expect(cells('present').every((v) => typeof v === 'boolean')).toBe(true);
    expect(cells('funding_thousand_uah').filter((v) => v !== null)).toContain(512.3);
    const releases = book.getWorksheet('releases') as ExcelJS.Worksheet;
    expect(releases.getRow(2).getCell(2).value).toBe(2023);
    expect(releases.getRow(3).getCell(3).value).toBe(12);
  });

  it('gives the same bytes for the same inputs', () => {
    const a = runCli(['history', SAMPLE, YEAR, '-f', 'csv', '-q']).stdoutBytes;
    const b = runCli(['history', YEAR, SAMPLE, '-f', 'csv', '-q']).stdoutBytes;
    expect(a.equals(b)).toBe(true);
  });
});

describe('history refuses and warns', () => {
  it('needs two releases', () => {
    const r = runCli(['history', SAMPLE]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('zhyt-report: history needs two releases or more\n');
  });

  it('warns about a release with no period, and puts it last', () => {
    const noPeriod = join(tmp(), 'undated.txt');
    writeFileSync(noPeriod, readFileSync(YEAR, 'utf8').replace('громади за 2023 рік', 'громади'));
    const r = runCli(['history', noPeriod, SAMPLE, '-f', 'ndjson']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning {2}.*undated\.txt: no reporting period in its title; placed after/);
    const last = JSON.parse(r.stdout.trimEnd().split('\n').at(-1) as string) as HistoryRow;
    expect(last.periodYear).toBeNull();
  });

  it('warns about two releases of one period', () => {
    const r = runCli(['history', SAMPLE, SAMPLE.replace('.txt', '.html'), '-f', 'csv']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/zhytomyr-2023-9m\.html: the same period as .*zhytomyr-2023-9m\.txt \(9 місяців 2023/);
  });
});

describe('executors across releases', () => {
  it('follows a body respelt in the next release under one id, with its canonical name, and calls it no change', async () => {
    const { buildHistory, parseReport } = await import('../src/index.js');
    const text = readFileSync(SAMPLE, 'utf8');
    const respelt = text
      .replace('за 9 місяців 2023 року', 'за 2023 рік')
      .replaceAll('Департамент освіти міської ради', 'департамент освіти Житомирської міської ради');
    const reports = await Promise.all(
      [text, respelt].map((t, i) => parseReport({ bytes: new TextEncoder().encode(t), path: `r${i}.txt` })),
    );
    const h = buildHistory(reports);
    const education = h.rows.filter((r) => r.executorIds.includes('dept-education'));
    // 12 + 8 measures of the department in the sample, under two spellings (issue 25), in both releases.
    expect(education).toHaveLength(2 * 20);
    for (const row of education) {
      expect(row.executors[row.executorIds.indexOf('dept-education')]).toBe(
        reports[0]?.executors.find((e) => e.id === 'dept-education')?.name,
      );
      expect(row.changedFields).not.toContain('executors');
    }
  });
});
