// Issue 27, item 1: a CSV for a spreadsheet that writes a decimal comma. Expected
// values from what the sample says (funding 434.09, 4577.6, 3963.4 thousand UAH;
// measure 1.10 of Благоустрій) and from how Excel and Calc read a field: «434,09» a
// number in uk-UA, «="1.10"» a formula whose value is the text 1.10.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { stringifyTable, toCsv } from '../../src/emit/csv.js';
import { parseReport } from '../../src/index.js';
import { ROOT, runCli, SAMPLE } from '../helpers.js';

const report = await parseReport(SAMPLE);

describe('--locale uk', () => {
  const csv = toCsv(report, { locale: 'uk' });

  it('separates fields with «;» and writes the funding with a decimal comma', () => {
    const lines = csv.split('\n');
    expect(lines[0]?.startsWith('priority;goal;sector;task_number;')).toBe(true);
    expect(csv).toContain(';434,09;');
    expect(csv).toContain(';4577,6;');
    expect(csv).toContain(';3963,4;');
    expect(csv).not.toMatch(/;434\.09;/);
  });

  it('writes measure and task numbers as formulas that give their text', () => {
    expect(csv).toContain(';"=""1.10""";');
    expect(csv).toContain(';"=""2.1""";');
    const task = report.priorities[0]?.sectors[0]?.tasks[0]?.number as string;
    expect(csv.split('\n')[1]).toContain(`;"=""${task}""";`);
  });

  it('writes the numbers of a list column with commas, and keeps the injection guard', () => {
    const rows = [
      ['amounts', 'text'],
      ['25; 1044.5', '=HYPERLINK("x")'],
    ];
    const columns = [{ type: 'string' as const, numbers: true as const }, { type: 'string' as const }];
    expect(stringifyTable(rows, { locale: 'uk' }, columns)).toBe(
      // The list is quoted: it holds the delimiter.
      'amounts;text\n"25; 1044,5";"\'=HYPERLINK(""x"")"\n',
    );
  });

  it('leaves the default CSV as it was: «,», decimal points, numbers as plain text', () => {
    const plain = toCsv(report);
    expect(plain).toContain(',434.09,');
    expect(plain).not.toContain('=""');
  });

  it('is what --excel --delimiter ";" writes too, with a BOM and CRLF', () => {
    const r = runCli(['parse', SAMPLE, '-f', 'csv', '--excel', '--delimiter', ';', '-q']);
    const u = runCli(['parse', SAMPLE, '-f', 'csv', '--locale', 'uk', '-q']);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    expect(r.stdout.slice(1).replaceAll('\r\n', '\n')).toBe(u.stdout);
  });

  it('refuses an unknown locale and a Data Package in one line', () => {
    expect(runCli(['parse', SAMPLE, '--locale', 'de']).stderr).toBe(
      'zhyt-report: unknown locale «de»; use uk (decimal comma, «;») or en (the default)\n',
    );
    const dp = runCli(['parse', SAMPLE, '--locale', 'uk', '--datapackage', '--out-dir', '/tmp/zhyt-dp-uk']);
    expect(dp.status).toBe(2);
    expect(dp.stderr).toBe('zhyt-report: --datapackage writes CSV for machines: leave out --locale uk\n');
  });

  // The check opens the CSV in LibreOffice Calc under uk-UA (detecting special numbers
  // and not): it runs where LibreOffice is installed (see docs/development.md).
  const calc = spawnSync('soffice', ['--version']).status === 0;
  it.runIf(calc)(
    'opens in LibreOffice Calc (uk-UA) with the funding summing to 9 505.09 and no dates',
    () => {
      const r = spawnSync(process.execPath, [`${ROOT}scripts/check-csv-libreoffice.js`], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    },
    120_000,
  );
});
