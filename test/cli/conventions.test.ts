// Issue 27, item 4: one convention for every command. `--summary` with one input
// (it was ignored: exit 0, no file, no word), and a workbook never written to a
// terminal (ZIP bytes went over the screen).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runCli, SAMPLE } from '../helpers.js';

const YEAR_SAMPLE = SAMPLE.replace('2023-9m', '2023-12m');

const tmp = () => mkdtempSync(join(tmpdir(), 'zhyt-conventions-'));

describe('--summary with one input', () => {
  it('writes the summary a batch of one would, naming the input and its output', () => {
    const out = join(tmp(), 'out');
    const summary = join(tmp(), 's.json');
    const r = runCli(['parse', SAMPLE, '--out-dir', out, '--summary', summary, '-q']);
    expect(r.status).toBe(0);
    const written = JSON.parse(readFileSync(summary, 'utf8'));
    expect(written.totals).toEqual({ inputs: 1, ok: 1, errors: 0, unreadable: 0 });
    expect(written.inputs[0]).toMatchObject({ path: SAMPLE, status: 'ok', measures: 173, errors: 0 });
    expect(written.inputs[0].outputs).toEqual([join(out, 'zhytomyr-2023-9m.txt.json')]);
    expect(existsSync(join(out, 'zhytomyr-2023-9m.txt.json'))).toBe(true);
  });

  it('without --out-dir is refused in one line, not ignored', () => {
    const r = runCli(['parse', SAMPLE, '--summary', join(tmp(), 's.json')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('zhyt-report: --summary needs --out-dir\n');
  });
});

/** Runs the CLI in this process with stdout a terminal (or not), collecting both streams. */
async function runWithStdout(args: string[], isTTY: boolean) {
  const stdout = Object.assign(new PassThrough(), { isTTY });
  const stderr = Object.assign(new PassThrough(), { isTTY: false }) as unknown as NodeJS.WriteStream;
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  (stderr as unknown as PassThrough).on('data', (c: Buffer) => err.push(c));
  const code = await main(['node', 'zhyt-report', ...args], { stdout, stderr, stdin: new PassThrough(), env: {} });
  return { code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString() };
}

describe('a workbook and a terminal', () => {
  const refusal = 'zhyt-report: XLSX is binary and stdout is a terminal: name a file with -o, or redirect stdout\n';

  it.each([
    ['parse', [SAMPLE, '-f', 'xlsx']],
    ['history', [SAMPLE, YEAR_SAMPLE, '-f', 'xlsx']],
  ])('%s -f xlsx to a terminal is refused in one line, before any reading', async (command, args) => {
    const r = await runWithStdout([command, ...args], true);
    expect(r.code).toBe(2);
    expect(r.stdout.length).toBe(0);
    expect(r.stderr).toBe(refusal);
  });

  it('is written when stdout is a file or a pipe (a ZIP: PK)', async () => {
    const r = await runWithStdout(['parse', SAMPLE, '-f', 'xlsx', '-q'], false);
    expect(r.code).toBe(0);
    expect(r.stdout.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('-q and -v on every command that reads a report', () => {
  it('validate -q prints the errors only and no summary (it was a usage error)', () => {
    const loud = runCli(['validate', SAMPLE]);
    // The sample: 16 warnings and 5 info, no error; then the summary.
    expect(loud.stderr.trimEnd().split('\n')).toHaveLength(22);
    const quiet = runCli(['validate', SAMPLE, '-q']);
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe('');
  });

  it.each([
    ['stats', [SAMPLE]],
    ['diff', [SAMPLE, YEAR_SAMPLE]],
    ['programs', [SAMPLE]],
    ['history', [SAMPLE, YEAR_SAMPLE]],
  ])('%s takes -q and -v', (command, args) => {
    for (const flag of ['-q', '-v']) {
      const r = runCli([command, ...args, flag]);
      expect(r.stderr).not.toMatch(/unknown option/);
      expect([0, 1]).toContain(r.status);
    }
  });
});
