// Many files at once: one output per input, a summary, exit codes, and interrupts
// that never leave a half-written output.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, SAMPLE } from './helpers.js';

const fixture = (ext: string) => SAMPLE.replace(/\.txt$/, `.${ext}`);
const tmp = () => mkdtempSync(join(tmpdir(), 'zhyt-batch-'));

function mixedFolder(): string {
  const dir = join(tmp(), 'releases');
  mkdirSync(join(dir, '2023'), { recursive: true });
  copyFileSync(SAMPLE, join(dir, '2023', 'q3.txt'));
  copyFileSync(fixture('docx'), join(dir, 'q3-word.docx'));
  copyFileSync(fixture('pdf'), join(dir, 'q3-print.pdf'));
  copyFileSync(fixture('html'), join(dir, 'q3-page.html'));
  writeFileSync(join(dir, 'notes.md'), 'not a report format: skipped by the folder search');
  return dir;
}

describe('batch conversion', () => {
  it('converts a folder of mixed formats, one complete output per input, with a summary', () => {
    const dir = mixedFolder();
    const out = join(tmp(), 'out');
    const r = runCli(['parse', dir, '--out-dir', out, '-f', 'json,csv', '--jobs', '2']);
    expect(r.status).toBe(0);
    const written = ['2023/q3.txt', 'q3-word.docx', 'q3-print.pdf', 'q3-page.html'];
    for (const stem of written) {
      expect(JSON.parse(readFileSync(join(out, `${stem}.json`), 'utf8')).stats.counts.measures).toBe(173);
      expect(readFileSync(join(out, `${stem}.csv`), 'utf8').startsWith('priority,goal,sector,')).toBe(true);
    }
    expect(r.stderr).toMatch(/^file +format +measures +warnings +errors +time$/m);
    expect(r.stderr).toMatch(/q3-print\.pdf +pdf +173 +11 +0 +[\d.]+s$/m);
    expect(r.stderr).toContain('4 inputs: 4 ok, 0 with errors, 0 unreadable; 8 files written');
    // No progress bar off a TTY.
    expect(r.stderr).not.toMatch(/\r|█|░/);
  });

  it('goes on past an unreadable file and exits 2', () => {
    const dir = mixedFolder();
    copyFileSync(join(ROOT, 'test/corpus/bad/scanned.pdf'), join(dir, 'scan.pdf'));
    const out = join(tmp(), 'out');
    const r = runCli(['parse', dir, join(ROOT, 'test/corpus/bad/legacy.doc'), '--out-dir', out, '--jobs', '2']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('scanned PDF: no text layer; OCR is not supported');
    expect(r.stderr).toContain('a legacy Word 97–2003 .doc file, which is not read');
    expect(r.stderr).toContain('6 inputs: 4 ok, 0 with errors, 2 unreadable; 4 files written');
    expect(
      readdirSync(out)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual(['q3-page.html.json', 'q3-print.pdf.json', 'q3-word.docx.json']);
  });

  it('writes a summary a CI job can read, with the reason an input was unreadable', () => {
    const dir = mixedFolder();
    copyFileSync(join(ROOT, 'test/corpus/bad/scanned.pdf'), join(dir, 'scan.pdf'));
    const out = join(tmp(), 'out');
    const summary = join(tmp(), 'summary.json');
    const r = runCli(['parse', dir, '--out-dir', out, '--summary', summary, '-q']);
    expect(r.status).toBe(2);
    const { inputs, totals } = JSON.parse(readFileSync(summary, 'utf8')) as {
      inputs: Array<{
        path: string;
        status: string;
        reason: string | null;
        measures: number | null;
        outputs: string[];
      }>;
      totals: Record<string, number>;
    };
    expect(totals).toEqual({ inputs: 5, ok: 4, errors: 0, unreadable: 1 });
    const scan = inputs.find((i) => i.path.endsWith('scan.pdf'));
    expect(scan).toMatchObject({ status: 'unreadable', measures: null, outputs: [] });
    expect(scan?.reason).toContain('scanned PDF: no text layer');
    expect(inputs.filter((i) => i.status === 'ok')).toHaveLength(4);
    for (const input of inputs.filter((i) => i.status === 'ok')) {
      expect(input.measures).toBe(173);
      expect(input.outputs.every((o) => existsSync(o))).toBe(true);
    }
  });

  it('exits 1 when a file has errors, and the same with --jobs 1', () => {
    const dir = mixedFolder();
    writeFileSync(join(dir, 'odd.txt'), `${readFileSync(SAMPLE, 'utf8')}\n\tстрока\tбез\tсенсу\n`);
    for (const jobs of ['1', '2']) {
      const r = runCli(['parse', dir, '--out-dir', join(tmp(), 'out'), '--jobs', jobs]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('5 inputs: 4 ok, 1 with errors, 0 unreadable');
    }
  });

  it("prints each input's errors with their place, and with -v every diagnostic", () => {
    const dir = join(tmp(), 'two');
    mkdirSync(dir);
    copyFileSync(SAMPLE, join(dir, 'good.txt'));
    writeFileSync(join(dir, 'odd.txt'), `${readFileSync(SAMPLE, 'utf8')}\n\tстрока\tбез\tсенсу\n`);
    const quiet = runCli(['parse', dir, '--out-dir', join(tmp(), 'out'), '--jobs', '2']);
    expect(quiet.status).toBe(1);
    const lines = (r: { stderr: string }) => r.stderr.split('\n').filter((l) => / {2}(error|warning|info) {2}/.test(l));
    expect(lines(quiet)).toEqual([
      `${join(dir, 'odd.txt')}:256  error  row not understood, left out: 2: строка | 3: без | 4: сенсу  [unclassified-row]`,
    ]);
    const verbose = runCli(['parse', dir, '--out-dir', join(tmp(), 'out'), '--jobs', '2', '-v']);
    const shown = lines(verbose);
    // The sample has 16 warnings and 5 info (sample.test.ts); odd.txt those and its error.
    for (const name of ['good.txt', 'odd.txt']) {
      const own = shown.filter((l) => l.startsWith(`${join(dir, name)}:`));
      expect(
        own.filter((l) => l.includes('  warning  ')),
        name,
      ).toHaveLength(16);
      expect(
        own.filter((l) => l.includes('  info  ')),
        name,
      ).toHaveLength(5);
    }
    expect(shown).toHaveLength(43);
    // In the order of the inputs, whatever finished first.
    expect(shown[0]?.startsWith(join(dir, 'good.txt'))).toBe(true);
  });

  it('names an output after its input alone, never after its neighbours', () => {
    const alone = join(tmp(), 'alone');
    mkdirSync(alone);
    copyFileSync(fixture('docx'), join(alone, 'q3.docx'));
    const beside = join(tmp(), 'beside');
    mkdirSync(beside);
    copyFileSync(fixture('docx'), join(beside, 'q3.docx'));
    copyFileSync(fixture('pdf'), join(beside, 'q3.pdf'));
    const names = (args: string[]) => {
      const out = join(tmp(), 'out');
      expect(runCli(['parse', ...args, '--out-dir', out, '-q']).status).toBe(0);
      return readdirSync(out).sort();
    };
    expect(names([alone])).toEqual(['q3.docx.json']);
    expect(names([join(alone, 'q3.docx')])).toEqual(['q3.docx.json']);
    expect(names([beside])).toEqual(['q3.docx.json', 'q3.pdf.json']);
    expect(names([join(beside, 'q3.docx'), join(beside, 'q3.pdf')])).toEqual(['q3.docx.json', 'q3.pdf.json']);
    // Files of one name from two folders would write one output: refused before any work.
    const r = runCli(['parse', join(alone, 'q3.docx'), join(beside, 'q3.docx'), '--out-dir', join(tmp(), 'out')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^zhyt-report: two inputs would both write q3\.docx\.\*: .*beside\/q3\.docx\n$/);
  });

  it('needs --out-dir for several inputs', () => {
    const r = runCli(['parse', SAMPLE, fixture('html')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('zhyt-report: several inputs, or a folder, need --out-dir\n');
  });

  it('leaves no partial output when killed midway', async () => {
    const dir = join(tmp(), 'many');
    mkdirSync(dir);
    for (let i = 0; i < 24; i++) copyFileSync(fixture('pdf'), join(dir, `r${String(i).padStart(2, '0')}.pdf`));
    const out = join(tmp(), 'out');
    mkdirSync(out);
    // An earlier output of one input: it must be either kept whole or replaced whole.
    const earlier = '{"earlier":"run"}\n';
    writeFileSync(join(out, 'r23.pdf.json'), earlier);
    const child = spawn(process.execPath, [BIN, 'parse', dir, '--out-dir', out, '--jobs', '2', '-q'], { cwd: ROOT });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait for the first finished output, then interrupt.
    const deadline = Date.now() + 60_000;
    while (!readdirSync(out).some((f) => /^r0\d\.pdf\.json$/.test(f)) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const outputs = files.filter((f) => f.endsWith('.json'));
    expect(outputs.length).toBeGreaterThan(1);
    expect(outputs.length).toBeLessThan(24);
    for (const f of outputs) {
      const text = readFileSync(join(out, f), 'utf8');
      if (f === 'r23.pdf.json' && text === earlier) continue;
      expect(JSON.parse(text).stats.counts.measures, f).toBe(173);
    }
    expect(existsSync(join(out, 'r23.pdf.json'))).toBe(true);
  }, 90_000);
});

describe('--jobs and --delimiter', () => {
  it.each(['0', '65', '2abc', '1e3', '1.5', '-1', ''])('refuses --jobs «%s» in one line, exit 2', (jobs) => {
    const r = runCli(['parse', SAMPLE, fixture('html'), '--out-dir', join(tmp(), 'out'), '--jobs', jobs]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--jobs takes a whole number from 1 to 64');
  });
  it('takes --jobs 64 for two files (no more threads than files)', () => {
    const out = join(tmp(), 'out');
    const r = runCli(['parse', SAMPLE, fixture('html'), '--out-dir', out, '--jobs', '64', '-q']);
    expect(r.status).toBe(0);
    const written = readdirSync(out);
    expect(written).toHaveLength(2);
    for (const name of written) expect(name).toMatch(/\.json$/);
  });
  it.each(['"', '\n', '\r', 'a', '7', ' ', ';;'])(
    'refuses --delimiter %j: a reader could not tell it from a field',
    (d) => {
      const r = runCli(['parse', SAMPLE, '-f', 'csv', '--delimiter', d]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('--delimiter takes one character');
    },
  );
  it.each([
    [';', ';'],
    ['\t', '\t'],
    ['|', '|'],
  ])('writes CSV with --delimiter %j', (d, sep) => {
    const r = runCli(['parse', SAMPLE, '-f', 'csv', '--delimiter', d, '-q']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]?.startsWith(`priority${sep}goal${sep}sector`)).toBe(true);
  });
});

describe('hidden files in a folder', () => {
  it('passes over a hidden report and a hidden folder, naming each on stderr; -q says nothing', () => {
    const dir = join(tmp(), 'releases');
    mkdirSync(join(dir, '.git'), { recursive: true });
    copyFileSync(SAMPLE, join(dir, 'q3.txt'));
    copyFileSync(SAMPLE, join(dir, '.~lock.q3.txt'));
    writeFileSync(join(dir, '.notes'), 'no known extension: not a report, not named');
    const r = runCli(['parse', dir, '--out-dir', join(tmp(), 'out')]);
    expect(r.status).toBe(0);
    const passed = r.stderr.split('\n').filter((l) => l.includes('passed over'));
    expect(passed.map((l) => l.replace(dir, '<dir>'))).toEqual([
      'zhyt-report: passed over <dir>/.git (hidden: its name starts with a dot)',
      'zhyt-report: passed over <dir>/.~lock.q3.txt (hidden: its name starts with a dot)',
    ]);
    const quiet = runCli(['parse', dir, '--out-dir', join(tmp(), 'out2'), '-q']);
    expect(quiet.stderr).not.toContain('passed over');
  });
});
