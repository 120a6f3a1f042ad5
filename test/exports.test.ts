// Spreadsheet-ready exports: Excel CSV, other delimiters, the Data Package, stats.
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../src/emit/csv.js';
import { reportStats } from '../src/emit/stats.js';
import { parseReport, type Report } from '../src/index.js';
import { parseCsv, runCli, SAMPLE } from './helpers.js';

const require = createRequire(import.meta.url);
let report: Report;
beforeAll(async () => {
  report = await parseReport(SAMPLE);
});

describe('CSV for spreadsheets', () => {
  it('--excel: UTF-8 with BOM and CRLF line ends', () => {
    const csv = toCsv(report, { excel: true });
    expect(csv.startsWith('\uFEFFpriority,goal,')).toBe(true);
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Every line ends in CRLF; the only bare LFs are line breaks inside quoted values.
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).not.toContain('\n');
    expect(
      csv
        .replace(/"(?:[^"]|"")*"/g, '')
        .split('\n')
        .every((line, i, all) => i === all.length - 1 || line.endsWith('\r')),
    ).toBe(true);
  });
  it('--delimiter ;', () => {
    const csv = toCsv(report, { delimiter: ';' });
    expect(csv.split('\n')[0]).toMatch(/^priority;goal;sector;task_number;/);
    expect(csv).toContain(';434.09;');
  });
  it('the CLI writes them', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'zhyt-x-')), 'm.csv');
    const r = runCli(['parse', SAMPLE, '--out', out, '--excel', '--delimiter', ';', '-q']);
    expect(r.status).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8', 3, 40)).toMatch(/^priority;goal;sector;/);
    expect(bytes.includes(Buffer.from('\r\n'))).toBe(true);
    expect(runCli(['parse', SAMPLE, '--delimiter', ';;']).status).toBe(2);
  });
});

describe('the release in every row', () => {
  it('CSV rows and NDJSON lines carry period_year, period_months and source_file', () => {
    for (const [file, year, months] of [
      ['fixtures/zhytomyr-2023-9m.txt', 2023, 9],
      ['fixtures/zhytomyr-2024-6m.txt', 2024, 6],
    ] as const) {
      const [header, ...rows] = parseCsv(runCli(['parse', file, '-f', 'csv', '-q']).stdout);
      const at = header?.indexOf('period_year') ?? -1;
      expect(header?.slice(at, at + 3)).toEqual(['period_year', 'period_months', 'source_file']);
      expect(rows).toHaveLength(file.includes('2024') ? 178 : 173);
      const tails = new Set(rows.map((r) => r.slice(at, at + 3).join(',')));
      expect([...tails]).toEqual([`${year},${months},${file}`]);
      const lines = runCli(['parse', file, '-f', 'ndjson', '-q']).stdout.trimEnd().split('\n');
      const first = JSON.parse(lines[0] as string) as { sourceFile: string; period: unknown };
      expect([first.sourceFile, first.period]).toEqual([file, { year, months }]);
    }
  });
});

describe('Data Package', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'zhyt-dp-'));

  it('writes the tables and a descriptor valid against the Data Package and Table Schema specs', async () => {
    const out = dir();
    const r = runCli(['parse', SAMPLE, '--out-dir', out, '-f', 'csv', '--datapackage', '-q']);
    expect(r.status).toBe(0);
    const descriptor = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    const { validate } = require('datapackage') as {
      validate: (d: unknown) => Promise<{ valid: boolean; errors: Error[] }>;
    };
    const result = await validate(descriptor);
    expect(result.errors.map((e) => e.message)).toEqual([]);
    expect(result.valid).toBe(true);
    // The validator does reject what breaks the specs.
    const broken = await validate({
      ...descriptor,
      resources: [{ ...descriptor.resources[0], schema: { fields: [{ name: 'x', type: 'no-such-type' }] } }],
    });
    expect(broken.valid).toBe(false);
    expect(descriptor.resources.map((res: { name: string }) => res.name)).toEqual([
      'zhytomyr-2023-9m-txt-measures',
      'zhytomyr-2023-9m-txt-programs',
      'zhytomyr-2023-9m-txt-diagnostics',
    ]);
  });

  it('with --excel too: a descriptor the specs accept, UTF-8, and CSV that casts', async () => {
    const out = dir();
    const r = runCli([
      'parse',
      SAMPLE,
      '--out-dir',
      out,
      '-f',
      'csv',
      '--datapackage',
      '--excel',
      '--delimiter',
      ';',
      '-q',
    ]);
    expect(r.status).toBe(0);
    const descriptor = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    const { validate } = require('datapackage') as {
      validate: (d: unknown) => Promise<{ valid: boolean; errors: Error[] }>;
    };
    const result = await validate(descriptor);
    expect(result.errors.map((e) => e.message)).toEqual([]);
    expect(descriptor.resources.map((res: { encoding: string }) => res.encoding)).toEqual(['utf-8', 'utf-8', 'utf-8']);
    expect(descriptor.resources[0].dialect).toMatchObject({ delimiter: ';', lineTerminator: '\r\n' });
    const { Table } = require('tableschema') as {
      Table: {
        load: (s: string, o: unknown) => Promise<{ read: (o: unknown) => Promise<Array<Record<string, unknown>>> }>;
      };
    };
    const measures = descriptor.resources[0];
    // A CSV reader strips a UTF-8 BOM (pandas does by itself; csv-parse, under tableschema, when asked).
    const table = await Table.load(join(out, measures.path), { schema: measures.schema, delimiter: ';', bom: true });
    const rows = await table.read({ keyed: true, cast: true });
    expect(rows).toHaveLength(173);
    expect(Object.keys(rows[0] ?? {})[0]).toBe('priority');
  });

  it('has CSV that casts to the declared types (as frictionless and pandas read it)', async () => {
    const out = dir();
    runCli(['parse', SAMPLE, '--out-dir', out, '--datapackage', '-f', 'csv', '-q']);
    const descriptor = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    const { Table } = require('tableschema') as {
      Table: {
        load: (s: string, o: unknown) => Promise<{ read: (o: unknown) => Promise<Array<Record<string, unknown>>> }>;
      };
    };
    const counts: Record<string, number> = {};
    expect(descriptor.resources).toHaveLength(3);
    for (const resource of descriptor.resources) {
      const table = await Table.load(join(out, resource.path), { schema: resource.schema });
      const rows = await table.read({ keyed: true, cast: true });
      counts[resource.name] = rows.length;
      if (resource.name.endsWith('-measures')) {
        const funded = rows.filter((row) => row.funding_thousand_uah !== null);
        expect(funded.map((row) => Number(row.funding_thousand_uah))).toEqual([30, 434.09, 4577.6, 3963.4, 500]);
        expect(typeof rows[0]?.source_line).toBe('number');
      }
    }
    expect(counts).toEqual({
      'zhytomyr-2023-9m-txt-measures': 173,
      'zhytomyr-2023-9m-txt-programs': 20,
      'zhytomyr-2023-9m-txt-diagnostics': 21,
    });
  });

  it('needs --out-dir', () => {
    expect(runCli(['parse', SAMPLE, '--datapackage']).stderr).toBe('zhyt-report: --datapackage needs --out-dir\n');
  });
});

describe('stats', () => {
  it('counts measures by status, funding and programmes per priority and sector', () => {
    const stats = reportStats(report);
    expect(stats.total.measures).toBe(173);
    expect(stats.total.fundingThousandUah).toBe(9505.09);
    expect(stats.total.programs).toHaveLength(20);
    expect(Object.values(stats.total.byStatus).reduce((a, b) => a + b, 0)).toBe(173);
    const first = stats.priorities[0];
    expect(first?.name).toBe('Ефективне місто');
    expect(first?.fundingThousandUah).toBe(464.09);
    expect(first?.sectors.map((s) => s.measures)).toEqual([7]);
    expect(stats.priorities.reduce((n, p) => n + p.sectors.reduce((m, s) => m + s.measures, 0), 0)).toBe(173);
  });
  it('prints a table, or JSON', () => {
    const text = runCli(['stats', SAMPLE]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^ +all +cmp +wip +pln +ncm +nof +sus +nst +cnl +unk +funding +prog +unres$/m);
    expect(text.stdout).toMatch(/^Усього +173 /m);
    const json = JSON.parse(runCli(['stats', SAMPLE, '-f', 'json']).stdout);
    expect(json.total.measures).toBe(173);
  });
});
