// Opens the sample's decimal-comma CSV in LibreOffice Calc as a Ukrainian user would
// (language uk-UA, «;» between fields, UTF-8), with Calc's «detect special numbers»
// on and off, and checks what Calc made of it: the funding column numbers that sum to
// 9 505.09 thousand UAH, and every measure number text (none a date or a number).
// Both ways of asking for that CSV are checked: `--locale uk`, and `--excel
// --delimiter ';'`. Needs `soffice` (Debian's libreoffice-calc-nogui); exits 0 when
// every check holds, 1 naming what failed, 2 without LibreOffice.
//
//   node scripts/check-csv-libreoffice.js
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SAMPLE = join(ROOT, 'fixtures/zhytomyr-2023-9m.txt');
const BIN = join(ROOT, 'bin/zhyt-report.js');
/** Calc's language id for Ukrainian (Ukraine). */
const UK_UA = 1058;

if (spawnSync('soffice', ['--version']).status !== 0) {
  console.error('check-csv-libreoffice: soffice is not installed');
  process.exit(2);
}

/** The cells of the first sheet of a flat ODF spreadsheet: rows of {type, text}, repeats expanded. */
function sheetCells(fods) {
  const table = fods.slice(fods.indexOf('<table:table '), fods.indexOf('</table:table>'));
  return [...table.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)].map(([, row]) =>
    [...row.matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)].flatMap(
      ([, attrs, body]) => {
        const type = /office:value-type="(\w+)"/.exec(attrs)?.[1] ?? 'empty';
        const value = /office:value="([^"]*)"/.exec(attrs)?.[1] ?? null;
        const text = (body ?? '').replace(/<[^>]+>/g, '').trim();
        const repeat = Number(/number-columns-repeated="(\d+)"/.exec(attrs)?.[1] ?? 1);
        return Array.from({ length: Math.min(repeat, 100) }, () => ({ type, value, text }));
      },
    ),
  );
}

function openInCalc(csv, detectSpecialNumbers) {
  const dir = mkdtempSync(join(tmpdir(), 'zhyt-calc-'));
  const path = join(dir, 'measures.csv');
  execFileSync(process.execPath, [BIN, 'parse', SAMPLE, ...csv, '-o', path, '-q']);
  // Separator «;» (59), quote «"» (34), UTF-8 (76), from line 1, no column types, uk-UA,
  // quoted fields not forced to text, special numbers as asked.
  const filter = `CSV:59,34,76,1,,${UK_UA},false,${detectSpecialNumbers}`;
  execFileSync('soffice', ['--headless', `--infilter=${filter}`, '--convert-to', 'fods', '--outdir', dir, path], {
    stdio: 'ignore',
    env: { ...process.env, HOME: dir },
  });
  return sheetCells(readFileSync(join(dir, 'measures.fods'), 'utf8'));
}

const failures = [];
const expected = JSON.parse(execFileSync(process.execPath, [BIN, 'parse', SAMPLE, '-q'], { encoding: 'utf8' }));
const numbers = expected.priorities.flatMap((p) => p.sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures)));
for (const csv of [
  ['--locale', 'uk'],
  ['--excel', '--delimiter', ';'],
])
  for (const detect of [true, false]) {
    const label = `${csv.join(' ')}, special numbers ${detect ? 'on' : 'off'}`;
    const [header, ...rows] = openInCalc(csv, detect);
    const at = (name) => header.findIndex((c) => c.text === name);
    const funding = rows.map((r) => r[at('funding_thousand_uah')]).filter((c) => c && c.type !== 'empty');
    const sum = funding.reduce((n, c) => n + Number(c.value), 0);
    if (funding.some((c) => c.type !== 'float')) failures.push(`${label}: a funding cell is not a number`);
    if (Math.abs(sum - 9505.09) > 0.005) failures.push(`${label}: funding sums to ${sum}, not 9505.09`);
    const measureNumbers = rows.map((r) => r[at('measure_number')]);
    const notText = measureNumbers.filter((c) => c?.type !== 'string');
    if (notText.length > 0) failures.push(`${label}: ${notText.length} measure numbers are not text`);
    const texts = measureNumbers.map((c) => c?.text);
    if (JSON.stringify(texts) !== JSON.stringify(numbers.map((m) => m.number)))
      failures.push(`${label}: the measure numbers differ from the report's`);
    console.log(
      `${label}: ${rows.length} rows, funding ${sum.toFixed(2)} in ${funding.length} numbers, ${notText.length} measure numbers not text`,
    );
  }
for (const failure of failures) console.error(`FAIL ${failure}`);
process.exit(failures.length > 0 ? 1 : 0);
