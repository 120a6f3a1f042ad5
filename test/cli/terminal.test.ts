import { describe, expect, it } from 'vitest';
import { formatDiagnostic, formatSummary, stderrChalk } from '../../src/cli/terminal.js';
import type { Report } from '../../src/index.js';

const tty = { isTTY: true } as NodeJS.WriteStream;
const pipe = { isTTY: false } as NodeJS.WriteStream;
const d = { severity: 'warning', code: 'row-realigned', message: 'shifted', source: { line: 148 } } as const;

describe('terminal output', () => {
  it('colours a TTY, or a pipe under FORCE_COLOR (issue 27: it was ignored), and never under NO_COLOR', () => {
    expect(stderrChalk(tty, {}).level).toBeGreaterThan(0);
    expect(stderrChalk(pipe, {}).level).toBe(0);
    expect(stderrChalk(tty, { NO_COLOR: '1' }).level).toBe(0);
    expect(stderrChalk(pipe, { FORCE_COLOR: '1' }).level).toBe(1);
    expect(stderrChalk(pipe, { FORCE_COLOR: '3' }).level).toBe(3);
    expect(stderrChalk(pipe, { FORCE_COLOR: '' }).level).toBe(0);
    expect(stderrChalk(tty, { FORCE_COLOR: '0' }).level).toBe(0);
    expect(stderrChalk(pipe, { FORCE_COLOR: 'false' }).level).toBe(0);
    expect(stderrChalk(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }).level).toBe(0);
  });

  it('counts in the right number: «1 error», «2 errors», «0 errors», «1 priority»', () => {
    const report = (error: number, priorities: number) =>
      ({
        stats: {
          counts: { priorities, goals: 1, sectors: 2, tasks: 1, measures: 1 },
          diagnostics: { error, warning: 0, info: 1 },
        },
      }) as unknown as Report;
    expect(formatSummary(report(1, 1), 'r.txt')).toBe(
      'r.txt: 1 priority, 1 goal, 2 sectors, 1 task, 1 measure; 1 error, 0 warnings, 1 info',
    );
    expect(formatSummary(report(2, 0), 'r.txt')).toBe(
      'r.txt: 0 priorities, 1 goal, 2 sectors, 1 task, 1 measure; 2 errors, 0 warnings, 1 info',
    );
  });
  it('formats path:line  severity  message  [code]', () => {
    expect(formatDiagnostic(d, 'r.txt', stderrChalk(pipe, {}))).toBe('r.txt:148  warning  shifted  [row-realigned]');
    expect(formatDiagnostic({ ...d, source: { page: 3, line: 12 } }, 'r.pdf', stderrChalk(pipe, {}))).toBe(
      'r.pdf:p3:12  warning  shifted  [row-realigned]',
    );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes are what it checks
    expect(formatDiagnostic(d, 'r.txt', stderrChalk(tty, {}))).toMatch(/\u001b\[33mwarning\u001b\[39m/);
  });
});
