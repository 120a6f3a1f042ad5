// File names and messages as a terminal is shown them: nothing in a name can drive the
// terminal or break a one-line message (issue 26).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printable } from '../../src/cli/printable.js';
import { runCli } from '../helpers.js';

describe('printable', () => {
  it.each([
    ['звіт.txt', 'звіт.txt'],
    ['a\nb.txt', 'a\\nb.txt'],
    ['\u001b[31mred.txt', '\\x1b[31mred.txt'],
    ['tab\there', 'tab\\there'],
    ['cr\r.txt', 'cr\\r.txt'],
    ['del\u007f', 'del\\x7f'],
    ['c1\u009b', 'c1\\x9b'],
    ['bidi\u202etxt.exe', 'bidi\\u{202e}txt.exe'],
    ['isolate\u2066x\u2069', 'isolate\\u{2066}x\\u{2069}'],
  ])('shows %j as %j', (text, shown) => {
    expect(printable(text)).toBe(shown);
  });
});

describe('a file name with an escape sequence and a line break', () => {
  it('reaches stderr escaped, in one line, whatever the message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhyt-names-'));
    const name = join(dir, 'bad\u001b[2J\nname.txt');
    writeFileSync(name, 'not a report at all');
    const r = runCli(['parse', name]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('bad\\x1b[2J\\nname.txt');
  });
});
