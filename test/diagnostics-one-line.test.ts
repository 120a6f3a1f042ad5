// One diagnostic, one line: a CI log, grep and a terminal read diagnostics line by
// line, so no message may break a line, whatever text a cell quoted in it holds.
// Every file we have is checked: the fixtures of every producer and layout, and
// the bad inputs, through the command a user runs.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { oneLine, renderMessage } from '../src/diagnostics/diagnostics.js';
import { parseReport } from '../src/parse-report.js';
import { ROOT, runCli } from './helpers.js';

const REPORT_FILE = /\.(txt|tsv|html?|xhtml|docx|pdf)$/;
const fixtures = ['', 'producers/', 'layout/'].flatMap((dir) =>
  readdirSync(`${ROOT}fixtures/${dir}`)
    .filter((f) => REPORT_FILE.test(f))
    .map((f) => `fixtures/${dir}${f}`),
);
const bad = readdirSync(`${ROOT}test/corpus/bad`).filter((f) => f !== 'expected.json');
// How the command line prints: a diagnostic, the summary, or a one-line refusal.
const PRINTED_LINE = [
  /^\S.*:(\d+:)?\d+ {2}(error|warning|info) {2}[^\n]+ {2}\[[a-z-]+\]$/,
  /^\S.*: \d+ priorit(y|ies), .* info$/,
  /^zhyt-report: [^\n]+$/,
];

describe('messages', () => {
  it('fold the line breaks of a quoted cell and cut it at a fixed width', () => {
    expect(oneLine('Відповідальний\nвиконавець')).toBe('Відповідальний виконавець');
    expect(oneLine('a\r\n\r\n  b\u2028c')).toBe('a b c');
    expect(oneLine('я'.repeat(500))).toBe(`${'я'.repeat(199)}…`);
    const row = `Вико-\nнання | ${'слово '.repeat(100)}`;
    const message = renderMessage('unclassified-row', { row });
    expect(message).not.toMatch(/[\n\r]/);
    expect(message.length).toBeLessThan(260);
  });
});

describe.each(fixtures)('%s', (file) => {
  it('has no diagnostic over one line', async () => {
    const report = await parseReport(`${ROOT}${file}`);
    expect(report.diagnostics.length).toBeGreaterThan(0);
    expect(report.diagnostics.filter((d) => /[\n\r\u2028\u2029]/.test(d.message))).toEqual([]);
  });
});

describe('the bad inputs, as validate prints them', () => {
  it.each(bad)('%s', (file) => {
    const r = runCli(['validate', `test/corpus/bad/${file}`]);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => !PRINTED_LINE.some((re) => re.test(line)))).toEqual([]);
  });
});
