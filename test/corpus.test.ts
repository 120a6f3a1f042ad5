// Broken inputs, each with the exit code and message a user gets for it.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const DIR = fileURLToPath(new URL('./corpus/bad/', import.meta.url));
const expected = JSON.parse(readFileSync(`${DIR}expected.json`, 'utf8')) as Record<string, { exit: number; stderr: string }>;

describe('the corpus of bad inputs', () => {
  it('has an expectation for every file', () => {
    expect(readdirSync(DIR).filter((f) => f !== 'expected.json').sort()).toEqual(Object.keys(expected).sort());
  });
  it.each(Object.entries(expected))('%s', (file, want) => {
    const r = runCli(['parse', `${DIR}${file}`]);
    expect(r.status).toBe(want.exit);
    expect(r.stderr).toMatch(new RegExp(want.stderr, 's'));
    expect(r.stderr).not.toMatch(/^\s+at /m); // no stack trace
    if (want.exit === 2) expect(r.stdout).toBe('');
  });
  it('a limit can be raised by its flag', () => {
    const r = runCli(['parse', `${DIR}wide-row.txt`, '--max-cells', '200']);
    expect(r.status).not.toBe(2);
  });
});
