// Every file we have, good and bad, with the exit code and counts a user gets for it:
// nothing may exit 0 (or 1) with counts other than the ones written down by hand.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

type Counts = { priorities: number; goals: number; sectors: number; tasks: number; measures: number };
const BAD = fileURLToPath(new URL('./corpus/bad/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const bad = JSON.parse(readFileSync(`${BAD}expected.json`, 'utf8')) as Record<
  string,
  { exit: number; stderr: string; counts?: Counts }
>;
const good = (
  JSON.parse(readFileSync(fileURLToPath(new URL('./corpus/fixtures.json', import.meta.url)), 'utf8')) as {
    files: Record<string, { exit: number; counts?: Counts; stderr?: string }>;
  }
).files;

/** The counts in the JSON a run wrote, for the runs that write one (exit 0 and 1). */
function countsOf(stdout: string): Counts {
  const { priorities, goals, sectors, tasks, measures } = (JSON.parse(stdout) as { stats: { counts: Counts } }).stats
    .counts;
  return { priorities, goals, sectors, tasks, measures };
}

describe('the corpus of bad inputs', () => {
  it('has an expectation for every file', () => {
    expect(
      readdirSync(BAD)
        .filter((f) => f !== 'expected.json')
        .sort(),
    ).toEqual(Object.keys(bad).sort());
  });
  it.each(Object.entries(bad))('%s', (file, want) => {
    const r = runCli(['parse', `${BAD}${file}`]);
    expect(r.status).toBe(want.exit);
    expect(r.stderr).toMatch(new RegExp(want.stderr, 's'));
    expect(r.stderr).not.toMatch(/^\s+at /m); // no stack trace
    if (want.exit === 2) expect(r.stdout).toBe('');
    else expect(countsOf(r.stdout)).toEqual(want.counts);
  });
  it('a limit can be raised by its flag: the 103-cell row is read, its 97 cells past the six kept apart', () => {
    const r = runCli(['parse', `${BAD}wide-row.txt`, '--max-cells', '200', '-f', 'ndjson']);
    expect(r.stderr).not.toMatch(/the limit is/);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((m) => [m.number, m.title])).toEqual([['1.1', 'Захід']]);
    expect(r.stderr).toMatch(/column 7, .*column 103\); kept apart as extra columns/);
  });
});

describe('every fixture', () => {
  const onDisk = [
    ...readdirSync(FIXTURES, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name),
    ...readdirSync(`${FIXTURES}producers`)
      .filter((f) => f !== 'SOURCES.md')
      .map((f) => `producers/${f}`),
    ...readdirSync(`${FIXTURES}formats`)
      .filter((f) => f !== 'README.md')
      .map((f) => `formats/${f}`),
  ].sort();
  it('has its outcome written down', () => {
    expect(onDisk).toEqual(Object.keys(good).sort());
  });
  it.each(Object.entries(good))('%s', (file, want) => {
    const r = runCli(['parse', `${FIXTURES}${file}`, '-q']);
    expect(r.status, r.stderr).toBe(want.exit);
    if (want.exit === 2) {
      expect(r.stderr).toMatch(new RegExp(want.stderr ?? '^$'));
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    } else expect(countsOf(r.stdout)).toEqual(want.counts);
  });
});
