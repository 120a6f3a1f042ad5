// The README is for users and stays short and true: under 20 KB, every link to
// docs/ resolves, and every flag the command line accepts is documented.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';

const readme = readFileSync(`${ROOT}README.md`, 'utf8');
const COMMANDS = ['parse', 'validate', 'programs', 'stats', 'diff', 'history', 'report'];

describe('README', () => {
  it('is at most 20 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(20 * 1024);
  });
  it('links only to documents that exist', () => {
    const links = [...readme.matchAll(/\]\(((?:docs\/)?[\w./-]+\.md)\)/g)].map((m) => m[1] as string);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(existsSync(`${ROOT}${link}`), link).toBe(true);
  });
  it.each(COMMANDS)('documents every flag of %s', (command) => {
    const help = runCli([command, '--help']).stdout;
    const flags = [...help.matchAll(/--[a-z][a-z-]+/g)].map((m) => m[0]).filter((f) => f !== '--help');
    expect(flags.length, command).toBeGreaterThan(0);
    for (const flag of new Set(flags)) {
      expect(new RegExp(`(?<![\\w-])${flag}(?![\\w-])`).test(readme), `${command} ${flag}`).toBe(true);
    }
  });
  it.each(COMMANDS)('%s --help shows examples whose flags the command has', (command) => {
    const help = runCli([command, '--help']).stdout;
    const [options, examples] = help.split('\nExamples:\n') as [string, string | undefined];
    expect(typeof examples, command).toBe('string');
    const lines = (examples as string).split('\n').filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.startsWith(`  $ zhyt-report ${command}`), line).toBe(true);
      for (const flag of line.match(/(?<=\s)--?[a-z][a-z-]*/g) ?? [])
        expect(options, `${command} ${flag}`).toContain(flag);
    }
  });
});

describe('README and help name what the tool does', () => {
  // Issue 27: help texts did not mention XLSX or the HTML report; the README said
  // `.xlsx` was refused after the tool had learnt to write it.
  it('the top help names every output format and the HTML report', () => {
    const help = runCli(['--help']).stdout;
    for (const word of ['JSON', 'CSV', 'NDJSON', 'XLSX', 'HTML report']) expect(help, word).toContain(word);
  });
  it('parse --help names every format it writes, and the README calls none of them refused', async () => {
    const { FORMATS } = await import('../src/cli/names.js');
    const help = runCli(['parse', '--help']).stdout;
    expect(FORMATS).toHaveLength(4);
    for (const format of FORMATS) expect(help, format).toContain(format);
    for (const format of FORMATS)
      expect(readme, format).not.toMatch(new RegExp(`\\(\`\\.${format}\`[^)]*\\) is refused`));
  });
  it('the README names every command the CLI has', () => {
    const help = runCli(['--help']).stdout;
    const commands = [...help.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1] as string).filter((c) => c !== 'help');
    expect(commands.length).toBeGreaterThan(6);
    for (const command of commands) expect(readme, command).toContain(`zhyt-report ${command}`);
    // And none the CLI does not have.
    const named = new Set([...readme.matchAll(/`zhyt-report ([a-z]+)/g)].map((m) => m[1] as string));
    expect([...named].filter((c) => !commands.includes(c))).toEqual([]);
  });
  it('the README names no output format the tool does not write', async () => {
    const { FORMATS } = await import('../src/cli/names.js');
    const named = new Set([...readme.matchAll(/`-f (\w+)`/g)].map((m) => m[1] as string));
    expect(named.size).toBeGreaterThan(0);
    expect([...named].filter((f) => !(FORMATS as readonly string[]).includes(f))).toEqual([]);
  });
});
