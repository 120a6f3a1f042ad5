// Issue 26, item 2: writes that cannot destroy. A device, a FIFO or the run's own
// stdout is written to, never renamed over; no output is an input or another output;
// a failed write to stdout is an error; an interrupt leaves no temporary file.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SAMPLE, runCli } from '../helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'zhyt-writes-'));
const oneLine = (stderr: string) => stderr.trim().split('\n');

describe('outputs that are not regular files', () => {
  it('writes to a character device without replacing it (/dev/null), and fails on /dev/full, which stays a device', () => {
    const run = runCli(['parse', '-q', SAMPLE, '-f', 'json', '-o', '/dev/null']);
    expect(run.status).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    const full = runCli(['parse', '-q', SAMPLE, '-f', 'json', '-o', '/dev/full']);
    expect(full.status).toBe(2);
    expect(oneLine(full.stderr)).toEqual(['zhyt-report: cannot write /dev/full: no space left on the device']);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('writes into a FIFO its reader reads whole, and the FIFO stays one', async () => {
    const dir = tmp();
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // The reader writes to a file: a pipe back to this process would fill while runCli blocks.
    const reader = spawn('sh', ['-c', `cat "${fifo}" > "${join(dir, 'read.json')}"`]);
    const done = new Promise((resolve) => reader.on('close', resolve));
    const run = runCli(['parse', '-q', SAMPLE, '-f', 'json', '-o', fifo]);
    await done;
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'read.json'), 'utf8')).stats.counts.measures).toBe(173);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('writes -o /dev/stdout into the file stdout is redirected to, which keeps its inode', () => {
    const dir = tmp();
    const out = join(dir, 'out.json');
    const shell = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" bin/zhyt-report.js parse -q "${SAMPLE}" -f json -o /dev/stdout > "${out}"`],
      {
        cwd: ROOT,
      },
    );
    expect(shell.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).stats.counts.measures).toBe(173);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('refuses a folder as the output file', () => {
    const dir = tmp();
    const run = runCli(['parse', '-q', SAMPLE, '-f', 'json', '-o', dir]);
    expect(run.status).toBe(2);
    expect(oneLine(run.stderr)).toEqual([`zhyt-report: refusing to write ${dir}: it is a folder`]);
  });

  it('exits 2 in one line when stdout is a full disk (was: exit 0 and half a JSON)', () => {
    for (const args of [['parse', '-q', SAMPLE], ['stats', SAMPLE], ['report', SAMPLE], ['schema']]) {
      const shell = spawnSync('sh', ['-c', `"${process.execPath}" bin/zhyt-report.js ${args.join(' ')} > /dev/full`], {
        cwd: ROOT,
      });
      expect(shell.status, args[0]).toBe(2);
      const said = oneLine(shell.stderr.toString()).filter((line) => line.startsWith('zhyt-report:'));
      expect(said, args[0]).toEqual(['zhyt-report: cannot write to standard output: no space left on the device']);
    }
  });

  it('stays quiet with exit 0 when the reader of stdout stops early', () => {
    const shell = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" bin/zhyt-report.js parse -q "${SAMPLE}" | head -c 10`],
      {
        cwd: ROOT,
      },
    );
    expect(shell.stdout.toString()).toBe('{\n  "schem');
    expect(shell.stderr.toString()).toBe('');
  });
});

describe('no output is an input or another output (checked before any work)', () => {
  const inputsIn = (names: string[]) => {
    const dir = tmp();
    mkdirSync(join(dir, 'in'));
    for (const name of names) copyFileSync(SAMPLE, join(dir, 'in', name));
    return dir;
  };
  const refused = (dir: string, args: string[], message: string) => {
    const run = runCli(args, { cwd: dir });
    expect(run.status).toBe(2);
    expect(oneLine(run.stderr)).toEqual([`zhyt-report: refusing to run: ${message}`]);
    return run;
  };

  it('refuses inputs «x» and «x.programs» with a Data Package: both would write x.programs.csv', () => {
    const dir = inputsIn(['x', 'x.programs']);
    refused(
      dir,
      ['parse', 'in/x', 'in/x.programs', '--out-dir', 'out', '--datapackage'],
      'out/x.programs.csv would be written twice, as the output of in/x and as the output of in/x.programs',
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('refuses an input named «datapackage» written as JSON beside the Data Package', () => {
    const dir = inputsIn(['datapackage']);
    refused(
      dir,
      ['parse', 'in/datapackage', '--out-dir', 'out', '-f', 'json', '--datapackage'],
      'out/datapackage.json would be written twice, as the output of in/datapackage and as the Data Package',
    );
  });

  it('refuses a summary that names an input, and leaves the input as it was', () => {
    const dir = inputsIn(['a.txt', 'b.txt']);
    refused(
      dir,
      ['parse', 'in/a.txt', 'in/b.txt', '--out-dir', 'out', '--summary', 'in/b.txt'],
      'the summary would overwrite in/b.txt, an input',
    );
    expect(readFileSync(join(dir, 'in/b.txt'))).toEqual(readFileSync(SAMPLE));
  });

  it('refuses a batch in which one input’s output is another input, before that input is read', () => {
    const dir = inputsIn(['x', 'x.json']);
    refused(
      dir,
      ['parse', 'in/x', 'in/x.json', '--out-dir', 'in', '-f', 'json'],
      'the output of in/x would overwrite in/x.json, an input',
    );
    expect(readFileSync(join(dir, 'in/x.json'))).toEqual(readFileSync(SAMPLE));
  });

  it('refuses two inputs whose Data Package names would be one («q.txt», «Q.txt»)', () => {
    const dir = tmp();
    for (const sub of ['a', 'b']) mkdirSync(join(dir, sub));
    copyFileSync(SAMPLE, join(dir, 'a/q.txt'));
    copyFileSync(SAMPLE, join(dir, 'b/Q.txt'));
    refused(
      dir,
      ['parse', 'a/q.txt', 'b/Q.txt', '--out-dir', 'out', '--datapackage'],
      'a/q.txt and b/Q.txt would share the Data Package name «q-txt-measures»',
    );
  });
});

describe('an interrupt while writing', () => {
  it('takes the temporary file away and exits 143 on SIGTERM', async () => {
    const dir = tmp();
    // A write that never ends: one chunk, then waiting, as a slow emitter would.
    const script = `
      import { writeAtomically } from '${ROOT}/dist/emit/write-output.js';
      import { cleanUpOnInterrupt } from '${ROOT}/dist/cli/interrupt.js';
      cleanUpOnInterrupt({ stderr: process.stderr });
      async function* slow() { yield 'начало'; process.stdout.write('writing\\n'); await new Promise(() => setInterval(() => {}, 1000)); }
      await writeAtomically('${dir}/out.json', slow());`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script]);
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    await new Promise((resolve) => child.stdout.once('data', resolve));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(readdirSync(dir)).toEqual([]);
    // (Node may also warn of the never-finished write's file handle, collected as garbage.)
    expect(stderr).toContain('zhyt-report: interrupted (SIGTERM); no half-written file left behind\n');
  });
});
