import { describe, expect, it } from 'vitest';
import { formatDiagnostic, stderrChalk } from '../../src/cli/terminal.js';

const tty = { isTTY: true } as NodeJS.WriteStream;
const pipe = { isTTY: false } as NodeJS.WriteStream;
const d = { severity: 'warning', code: 'row-realigned', message: 'shifted', source: { line: 148 } } as const;

describe('terminal output', () => {
  it('colours only a TTY, and never under NO_COLOR', () => {
    expect(stderrChalk(tty, {}).level).toBeGreaterThan(0);
    expect(stderrChalk(tty, { NO_COLOR: '1' }).level).toBe(0);
    expect(stderrChalk(pipe, { FORCE_COLOR: '3' }).level).toBe(0);
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
