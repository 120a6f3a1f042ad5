// Issue 27, item 3: `report` and `history` go on past an unreadable input as a batch
// does: the input is named on stderr in one line, the others are read, and the exit
// code is 2. Before, one bad file stopped the command with no output.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistorySchema } from '../../src/index.js';
import { ROOT, runCli, SAMPLE } from '../helpers.js';

const YEAR = SAMPLE.replace('2023-9m', '2023-12m');
const NEXT_YEAR = join(ROOT, 'fixtures/zhytomyr-2024-6m.txt');
const tmp = () => mkdtempSync(join(tmpdir(), 'zhyt-several-'));

/** A file no reader takes: binary bytes under a .txt name. */
function badFile(): string {
  const path = join(tmp(), 'broken.txt');
  writeFileSync(path, Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
  return path;
}

describe('history past an unreadable input', () => {
  it('follows the readable releases, names the bad one in one line, and exits 2', () => {
    const bad = badFile();
    const r = runCli(['history', SAMPLE, bad, YEAR, '-q']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^zhyt-report: .*broken\.txt: /)]);
    const history = HistorySchema.parse(JSON.parse(r.stdout));
    expect(history.releases.map((x) => [x.sourceFile, x.measures])).toEqual([
      ['zhytomyr-2023-9m.txt', 173],
      ['zhytomyr-2023-12m.txt', 173],
    ]);
  });

  it('refuses in one more line when fewer than two releases are left', () => {
    const r = runCli(['history', SAMPLE, badFile(), '-q']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^zhyt-report: .*broken\.txt: /),
      'zhyt-report: 1 of 2 inputs could not be read; 1 is too few',
    ]);
  });
});

describe('report past an unreadable input', () => {
  it('writes the page of the readable releases and exits 2', () => {
    const dir = tmp();
    const out = join(dir, 'r.html');
    const r = runCli(['report', SAMPLE, badFile(), NEXT_YEAR, '-o', out, '-q']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^zhyt-report: .*broken\.txt: /)]);
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('zhytomyr-2023-9m.txt');
    expect(page).toContain('zhytomyr-2024-6m.txt');
    expect(page).not.toContain('broken.txt');
  });

  it('with one input, that input’s refusal alone, as before', () => {
    const r = runCli(['report', badFile(), '-q']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^zhyt-report: .*broken\.txt: /)]);
  });

  it('names an empty folder instead of «no reports given»', () => {
    const empty = join(tmp(), 'empty');
    mkdirSync(empty);
    const r = runCli(['report', empty]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`zhyt-report: no reports in ${empty}\n`);
  });
});
