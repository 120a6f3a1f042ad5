// Inputs with no size to check before reading: a FIFO, /dev/stdin, standard input and
// a character device. Fed without end, each must stop at --max-input-mb with one
// line and exit 2, write no output, and never hold much more than the limit: peak
// memory is measured by GNU time (.ci/run installs it).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers.js';

const TIME = '/usr/bin/time';
const LIMIT_MB = 32;
/** What the tool holds besides the input: node, the bundle, a parse's working set (about 70 MB). */
const WORKING_SET_MB = 160;
const tmp = () => mkdtempSync(join(tmpdir(), 'zhyt-pipe-'));
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** A writer into a FIFO that never stops: `yes`, in a process of its own. */
function endless(fifo: string): void {
  children.push(spawn('sh', ['-c', 'exec yes "рядок звіту" > "$0"', fifo], { stdio: 'ignore' }));
}

interface Run {
  status: number | null;
  stderr: string;
  peakMb: number;
}

const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

/**
 * Runs the tool under GNU time, from a shell so that `fed` is a real pipe into its
 * standard input (`yes … | zhyt-report parse /dev/stdin`, as a script would); resolves
 * when it exits.
 */
function run(args: string[], fed = false): Promise<Run> {
  if (!existsSync(TIME)) throw new Error(`${TIME} is missing: apt-get install time (.ci/run does)`);
  const command = [TIME, '-f', '%M', process.execPath, BIN, ...args].map(quote).join(' ');
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', fed ? `yes 'рядок звіту' | ${command}` : command], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
    });
    child.on('exit', (status) => {
      const lines = stderr
        .trimEnd()
        .split('\n')
        .filter((l) => !l.startsWith('Command exited with non-zero status'));
      const peakKb = Number(lines.pop());
      resolve({ status, stderr: `${lines.join('\n')}\n`, peakMb: peakKb / 1024 });
    });
  });
}

function expectRefused(r: Run, name: string): void {
  expect(r.stderr).toBe(`zhyt-report: ${name} is over the limit ${LIMIT_MB}.0 MB (raise it with --max-input-mb)\n`);
  expect(r.status).toBe(2);
  expect(r.peakMb).toBeLessThan(LIMIT_MB + WORKING_SET_MB);
}

describe('input that is not a regular file, fed without end', () => {
  it('a FIFO stops at the limit, with no output file', async () => {
    const dir = tmp();
    const fifo = join(dir, 'report.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    endless(fifo);
    const out = join(dir, 'out.json');
    expectRefused(await run(['parse', fifo, '--max-input-mb', String(LIMIT_MB), '--out', out]), fifo);
    expect(existsSync(out)).toBe(false);
  });

  it('/dev/stdin fed by a pipe stops at the limit', async () => {
    const out = join(tmp(), 'out.json');
    const r = await run(['parse', '/dev/stdin', '--max-input-mb', String(LIMIT_MB), '--out', out], true);
    expectRefused(r, '/dev/stdin');
    expect(existsSync(out)).toBe(false);
  });

  it('standard input (-) stops at the limit', async () => {
    const r = await run(['parse', '-', '--max-input-mb', String(LIMIT_MB)], true);
    expectRefused(r, 'stdin');
  });

  it('/dev/zero stops at the limit', async () => {
    expectRefused(await run(['parse', '/dev/zero', '--max-input-mb', String(LIMIT_MB)]), '/dev/zero');
  });

  it('a registry file that never ends stops at the limit too', async () => {
    const r = await run([
      'parse',
      join(ROOT, 'fixtures/zhytomyr-2023-9m.txt'),
      '--programs',
      '/dev/zero',
      '--max-input-mb',
      String(LIMIT_MB),
    ]);
    // A registry's own limit (4 MB) is below the input limit here: it is the one named.
    expect(r.stderr).toBe('zhyt-report: programme registry /dev/zero is over 4 MB; a registry may be at most 4 MB\n');
    expect(r.status).toBe(2);
    expect(r.peakMb).toBeLessThan(4 + WORKING_SET_MB);
    const within = await run([
      'parse',
      join(ROOT, 'fixtures/zhytomyr-2023-9m.txt'),
      '--programs',
      '/dev/zero',
      '--max-input-mb',
      '2',
    ]);
    // Below it, the input limit is, with the flag that raises it.
    expect(within.stderr).toBe('zhyt-report: /dev/zero is over the limit 2.0 MB (raise it with --max-input-mb)\n');
    expect(within.status).toBe(2);
  });

  it('reads a FIFO that ends, as the file it carries', async () => {
    const dir = tmp();
    const fifo = join(dir, 'report.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const writer = spawn('sh', ['-c', 'exec cat "$1" > "$0"', fifo, join(ROOT, 'fixtures/zhytomyr-2023-9m.txt')]);
    children.push(writer);
    const r = spawnSync(process.execPath, [BIN, 'parse', fifo, '-f', 'ndjson', '-q'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(173);
  });
});
