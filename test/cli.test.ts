// The real program, spawned as a user or CI job would run it.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/index.js';
import { BIN, ROOT as ROOT_DIR, runCli, SAMPLE } from './helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'zhyt-cli-'));
// biome-ignore lint/suspicious/noControlCharactersInRegex: an ANSI escape is what it looks for
const ANSI = /\u001b\[/;

describe('zhyt-report validate', () => {
  it('gives machines the diagnostics on stdout with --format json or ndjson, naming the input as given', () => {
    const json = runCli(['validate', 'fixtures/zhytomyr-2023-9m.txt', '--format', 'json']);
    expect(json.status).toBe(0);
    const parsed = JSON.parse(json.stdout) as {
      path: string;
      severities: unknown;
      diagnostics: Array<{ code: string }>;
    };
    expect(parsed.path).toBe('fixtures/zhytomyr-2023-9m.txt');
    expect(parsed.severities).toEqual({ error: 0, warning: 16, info: 5 });
    expect(parsed.diagnostics).toHaveLength(21);
    expect(json.stderr).toMatch(/^fixtures\/zhytomyr-2023-9m\.txt: 6 priorities/m);
    const lines = runCli(['validate', 'fixtures/zhytomyr-2023-9m.txt', '-f', 'ndjson']).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(21);
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      path: 'fixtures/zhytomyr-2023-9m.txt',
      code: 'column-numbers-row',
    });
    expect(runCli(['validate', SAMPLE, '-f', 'xml']).status).toBe(2);
  });

  it('names an input in messages as the user gave it, absolute or relative', () => {
    const r = runCli(['validate', SAMPLE]);
    expect(r.stderr).toContain(`${SAMPLE}:148  warning  `);
    const rel = runCli(['validate', 'fixtures/zhytomyr-2023-9m.txt']);
    expect(rel.stderr).toContain('fixtures/zhytomyr-2023-9m.txt:148  warning  ');
  });

  it('exits 0 on the sample and prints its diagnostics to stderr only', () => {
    const r = runCli(['validate', SAMPLE]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('zhytomyr-2023-9m.txt:148  warning  ');
    expect(r.stderr).toContain('[row-realigned]');
    expect(r.stderr).toMatch(/173 measures; 0 errors, 16 warnings, 5 info/);
  });
  it('exits 1 under --strict, as the sample has warnings', () => {
    expect(runCli(['validate', '--strict', SAMPLE]).status).toBe(1);
  });
  it('exits 2 on a missing file with one line and no stack trace', () => {
    const r = runCli(['validate', 'no-such-report.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('zhyt-report: cannot read no-such-report.txt: no such file\n');
  });
  it('exits 1 when the report has errors', () => {
    const dir = tmp();
    const file = join(dir, 'bad.txt');
    writeFileSync(file, `${readFileSync(SAMPLE, 'utf8')}\n\tстрока\tбез\tсенсу\n`);
    const r = runCli(['validate', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /bad\.txt:256 {2}error {2}row not understood, left out: 2: строка \| 3: без \| 4: сенсу {2}\[unclassified-row\]/,
    );
  });
});

describe('a file with headings and no measures', () => {
  const headingsOnly = join(ROOT_DIR, 'test/corpus/bad/only-headings.txt');
  it('validate: exit 1 with no-measures', () => {
    const r = runCli(['validate', headingsOnly]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/only-headings\.txt:1 {2}error {2}no measure rows found: .* {2}\[no-measures\]/);
  });
  it('parse in a batch: the file counts as one with errors, exit 1', () => {
    const dir = tmp();
    copyFileSync(headingsOnly, join(dir, 'h.txt'));
    copyFileSync(SAMPLE, join(dir, 's.txt'));
    const r = runCli(['parse', dir, '--out-dir', join(dir, 'out'), '--jobs', '1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('2 inputs: 1 ok, 1 with errors, 0 unreadable');
  });
});

describe('zhyt-report parse', () => {
  it('refuses an output extension it does not write, unless --format says what to write', () => {
    const dir = tmp();
    const target = join(dir, 'report.ods');
    const refused = runCli(['parse', SAMPLE, '--out', target]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      `zhyt-report: cannot tell what to write from «${target}»: the tool writes .json, .csv, .ndjson, .xlsx; name it with --format\n`,
    );
    expect(existsSync(target)).toBe(false);
    expect(runCli(['parse', SAMPLE, '--out', join(dir, 'report'), '-q']).status).toBe(2);
    const told = runCli(['parse', SAMPLE, '--out', target, '-f', 'csv', '-q']);
    expect(told.status).toBe(0);
    expect(readFileSync(target, 'utf8').startsWith('priority,goal,')).toBe(true);
  });
  it('runs a batch in worker threads when node itself was given V8 options', () => {
    const out = tmp();
    const r = spawnSync(
      process.execPath,
      [
        '--stack-size=2000',
        BIN,
        'parse',
        SAMPLE,
        SAMPLE.replace(/\.txt$/, '.docx'),
        '--out-dir',
        out,
        '--jobs',
        '2',
        '-q',
      ],
      { cwd: ROOT_DIR, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['zhytomyr-2023-9m.docx.json', 'zhytomyr-2023-9m.txt.json']);
  });

  it('writes JSON to stdout by default, messages to stderr', () => {
    const r = runCli(['parse', SAMPLE]);
    expect(r.status).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.stats.counts.measures).toBe(173);
    expect(r.stderr).not.toContain('{');
    expect(r.stderr).toContain('173 measures');
  });

  it('gives byte-identical output on every run', () => {
    const a = runCli(['parse', SAMPLE, '-f', 'ndjson']);
    const b = runCli(['parse', SAMPLE, '-f', 'ndjson']);
    expect(a.stdoutBytes.length).toBeGreaterThan(0);
    expect(a.stdoutBytes.equals(b.stdoutBytes)).toBe(true);
    const c = runCli(['parse', SAMPLE]);
    const d = runCli(['parse', SAMPLE]);
    expect(c.stdoutBytes.equals(d.stdoutBytes)).toBe(true);
  });

  it('infers the format from --out and writes the file', () => {
    const dir = tmp();
    const out = join(dir, 'measures.csv');
    const r = runCli(['parse', SAMPLE, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8').split('\n')[0]).toMatch(/^priority,goal,sector,/);
    expect(r.stderr).toContain(`wrote ${out}`);
  });

  it('writes several formats into --out-dir, creating it', () => {
    const dir = join(tmp(), 'new', 'out');
    const r = runCli(['parse', SAMPLE, '-f', 'json,csv,ndjson', '--out-dir', dir]);
    expect(r.status).toBe(0);
    for (const ext of ['json', 'csv', 'ndjson'])
      expect(existsSync(join(dir, `zhytomyr-2023-9m.txt.${ext}`))).toBe(true);
  });

  it('reads stdin from -', () => {
    const r = runCli(['parse', '-', '-f', 'ndjson'], { input: readFileSync(SAMPLE) });
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(173);
    expect(r.stderr).toContain('<stdin>:');
  });

  it('refuses --out into a missing folder, and writing over its input', () => {
    const dir = tmp();
    const missing = runCli(['parse', SAMPLE, '--out', join(dir, 'nope', 'x.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^zhyt-report: cannot write .*x\.json: folder .*nope does not exist\n$/);
    const input = join(dir, 'report.txt');
    writeFileSync(input, readFileSync(SAMPLE));
    const over = runCli(['parse', input, '--out', input, '-f', 'json']);
    expect(over.status).toBe(2);
    expect(over.stderr).toContain('it is an input file');
    expect(readFileSync(input)).toEqual(readFileSync(SAMPLE));
  });

  it('rejects an unknown format and bad usage with exit code 2', () => {
    expect(runCli(['parse', SAMPLE, '-f', 'xml']).status).toBe(2);
    expect(runCli(['parse']).status).toBe(2);
    expect(runCli(['frobnicate']).status).toBe(2);
  });

  it('says in one line that a non-report is not a report', () => {
    const dir = tmp();
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'просто текст\nбез таблиці\n');
    const r = runCli(['parse', file]);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no report table found/);
    const bin = join(dir, 'x.pdf');
    writeFileSync(bin, Buffer.from('%PDF-1.4\n%\xff\xff\n'));
    const pdf = runCli(['parse', bin]);
    expect(pdf.status).toBe(2);
    expect(pdf.stderr).toMatch(/^zhyt-report: x\.pdf: corrupt or truncated PDF \(.*\)\n$/);
  });

  it('a file named .pdf starts a PDF reader early, and a text report so named still reads as text and ends', () => {
    const dir = tmp();
    const named = join(dir, 'q3.pdf');
    copyFileSync(SAMPLE, named);
    const r = spawnSync(process.execPath, [BIN, 'parse', named, '-q'], { cwd: ROOT_DIR, timeout: 60_000 });
    expect(r.signal, 'the idle reader must not keep the process alive').toBeNull();
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout.toString('utf8')) as Report).stats.counts.measures).toBe(173);
  });

  it('uses no colour off a TTY, unless FORCE_COLOR asks for it (issue 27), and none under NO_COLOR', () => {
    expect(runCli(['validate', SAMPLE], { env: { FORCE_COLOR: '' } }).stderr).not.toMatch(ANSI);
    expect(runCli(['validate', SAMPLE], { env: { FORCE_COLOR: '1' } }).stderr).toMatch(ANSI);
    expect(runCli(['validate', SAMPLE], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stderr).not.toMatch(ANSI);
  });
});

describe('zhyt-report programs and --programs', () => {
  const tourism = () => {
    const dir = tmp();
    const report = join(dir, 'tourism.txt');
    writeFileSync(
      report,
      readFileSync(SAMPLE, 'utf8').replace(
        'Програма розвитку освіти Житомирської міської територіальної громади на період 2022-2026 років',
        'Програма розвитку туризму Житомирської міської територіальної громади на 2024-2027 роки',
      ),
    );
    return { dir, report };
  };

  it('lists the registry', () => {
    const r = runCli(['programs']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id +years +aliases +name$/);
    // One row per programme; a long name goes on under its column (issue 27: 230 columns wide).
    expect(lines.filter((l) => /^[a-z]/.test(l))).toHaveLength(21);
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(100);
    const wrapped = lines.filter((l) => l.startsWith(' '));
    expect(wrapped.length).toBeGreaterThan(20);
    expect(wrapped.every((l) => /^ {53}\S/.test(l))).toBe(true);
    expect(JSON.parse(runCli(['programs', '-f', 'json']).stdout).programs).toHaveLength(20);
  });

  it("tables a report's programmes, exit 1 while some are unresolved", () => {
    const ok = runCli(['programs', SAMPLE]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^capital-construction-2021-2023 +42 /m);
    expect(ok.stdout).toContain('20 programmes; 179 of 179 references resolved, 0 unresolved');
    const { report } = tourism();
    const bad = runCli(['programs', report]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(
      /178 of 179 references resolved, 1 unresolved\n {2}line 24, measure 1\.1: Програма розвитку туризму/,
    );
  });

  it('takes new programmes from --programs, with no code change', () => {
    const { dir, report } = tourism();
    const extra = join(dir, 'extra.json');
    writeFileSync(
      extra,
      JSON.stringify({
        programs: [
          {
            id: 'tourism-2024-2027',
            name: 'Програма розвитку туризму Житомирської міської територіальної громади на 2024-2027 роки',
            years: { from: 2024, to: 2027 },
          },
        ],
      }),
    );
    const r = runCli(['parse', report, '--programs', extra, '-f', 'csv']);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('program-unresolved');
    expect(r.stdout).toContain(',tourism-2024-2027,Програма розвитку туризму');
  });

  it('names the file and field of a malformed registry, exit 2', () => {
    const dir = tmp();
    const extra = join(dir, 'broken.json');
    writeFileSync(extra, JSON.stringify({ programs: [{ id: 'x', name: 'X', years: { from: 2020 } }] }));
    const r = runCli(['parse', SAMPLE, '--programs', extra]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^zhyt-report: .*broken\.json: invalid programme registry at programs\.0\.years\.to: .*\n$/,
    );
    expect(r.stdout).toBe('');
  });
});

describe('zhyt-report help, version and schema', () => {
  it('prints help with examples', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('parse');
    expect(runCli(['parse', '--help']).stdout).toContain('--out-dir');
  });
  it('prints the version from package.json', () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(runCli(['--version']).stdout.trim()).toBe(version);
  });
  it('prints each JSON Schema as committed', () => {
    for (const name of ['report', 'measure', 'diagnostic', 'programs']) {
      const r = runCli(['schema', name]);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(readFileSync(new URL(`../schemas/${name}.schema.json`, import.meta.url), 'utf8'));
    }
    expect(runCli(['schema', 'nope']).status).toBe(2);
  });
});

describe('output safety', () => {
  it('stops quietly, exit 0, when its reader closes the pipe early (| head)', async () => {
    const child = spawn(process.execPath, [BIN, 'parse', SAMPLE, '-f', 'ndjson', '-q'], {
      cwd: ROOT_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let first = '';
    child.stdout.once('data', (d: Buffer) => {
      first = d.toString();
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(first.split('\n')[0]).toContain('"number"');
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('neutralises spreadsheet formulas in CSV while JSON keeps the true text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhyt-inj-'));
    const file = join(dir, 'inj.txt');
    const text = readFileSync(SAMPLE, 'utf8')
      .replace('Забезпечено діяльність підприємства', '=HYPERLINK("http://evil.example","click")')
      .replace('Встановлено 9 відеокамер в ліцеї № 25', '+1+1')
      .replace('Заходи з озеленення проведено у 12 закладах освіти', '@SUM(A1:A9)')
      .replace('Виготовлено проектно-кошторисну документацію', '-2+3');
    writeFileSync(file, text);
    const csv = runCli(['parse', file, '-f', 'csv', '-q']).stdout;
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).toContain(",'+1+1,");
    expect(csv).toContain(",'@SUM(A1:A9),");
    expect(csv).toContain(",'-2+3,");
    // No cell starts with a formula character: every field, split RFC 4180-wise.
    const fields = csv.match(/(?<=^|,)(?:"(?:[^"]|"")*"|[^,\n]*)/gm) ?? [];
    expect(fields.filter((f) => /^"?[=+\-@]/.test(f))).toEqual([]);
    const json = JSON.parse(runCli(['parse', file, '-q']).stdout);
    const executions = (json as Report).priorities.flatMap((p) =>
      p.sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures.map((m) => m.execution))),
    );
    expect(executions).toContain('=HYPERLINK("http://evil.example","click")');
    expect(executions).toContain('+1+1');
    // The sample's separator rows of dashes never become data.
    expect(runCli(['parse', SAMPLE, '-f', 'csv', '-q']).stdout).not.toContain("'--");
  });

  it('a failed run leaves an earlier output as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhyt-keep-'));
    const out = join(dir, 'report.json');
    writeFileSync(out, '{"earlier":true}\n');
    const r = runCli(['parse', join(ROOT_DIR, 'test/corpus/bad/truncated.pdf'), '--out', out]);
    expect(r.status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('{"earlier":true}\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
});
