// Where the bytes come from, and the limits on them: each expected message written from what
// the README promises a user (one line naming the file, what is wrong, and the flag to raise a limit).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { refusalOf } from '../helpers.js';
import { DEFAULT_LIMITS, DepthGuard, limitError, withDefaults } from '../../src/read/limits.js';
import { describeFsError, readBounded, readInput } from '../../src/read/read-input.js';

const dir = mkdtempSync(join(tmpdir(), 'zhyt-read-'));
const file = (name: string, bytes: number) => {
  const path = join(dir, name);
  writeFileSync(path, 'а'.repeat(bytes / 2));
  return path;
};
const refusal = refusalOf;

describe('readInput', () => {
  it('reads a file up to its limit, and refuses one byte more by its size, naming the flag', async () => {
    const path = file('ten.txt', 10);
    expect((await readInput(path, 10)).bytes).toHaveLength(10);
    expect(await refusal(readInput(path, 9))).toBe(
      `${path} is 0.0 MB; the limit is 0.0 MB (raise it with --max-input-mb)`,
    );
  });

  it('does the same for bytes the caller holds, named by the path they came with or as «input»', async () => {
    const bytes = new Uint8Array(2 * 1024 * 1024);
    expect((await readInput(bytes, bytes.length)).path).toBeNull();
    expect(await refusal(readInput(bytes, bytes.length - 1))).toBe(
      'input is 2.0 MB; the limit is 2.0 MB (raise it with --max-input-mb)',
    );
    expect(await refusal(readInput({ bytes, path: 'dir\\q3.txt' }, 1024 * 1024))).toBe(
      'dir/q3.txt is 2.0 MB; the limit is 1.0 MB (raise it with --max-input-mb)',
    );
  });

  it('names a file by the path given, but an absolute path only by its name (output must not depend on the machine)', async () => {
    const path = file('named.txt', 4);
    expect((await readInput(path)).path).toBe('named.txt');
    expect((await readInput({ bytes: new Uint8Array(1), path: 'a\\b\\c.txt' })).path).toBe('a/b/c.txt');
    expect((await readInput({ bytes: new Uint8Array(1), path: '' })).path).toBeNull();
  });

  it('says in words why a path cannot be read', async () => {
    expect(await refusal(readInput(join(dir, 'missing.txt')))).toBe(
      `cannot read ${join(dir, 'missing.txt')}: no such file`,
    );
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    expect(await refusal(readInput(folder))).toBe(`cannot read ${folder}: is a directory`);
    const long = join(dir, 'я'.repeat(200));
    expect(await refusal(readInput(long))).toBe(`cannot read ${long}: the name is too long for the file system`);
  });

  it('reads a device with no size a chunk at a time, refusing it once it passes the limit', () => {
    expect(() => readBounded('/dev/zero', 3 * 1024 * 1024)).toThrow(
      '/dev/zero is over the limit 3.0 MB (raise it with --max-input-mb)',
    );
    expect(readBounded('/dev/null', 0)).toHaveLength(0);
  });
});

describe('describeFsError', () => {
  it.each([
    ['ENOENT', 'no such file'],
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EISDIR', 'is a directory'],
    ['ENAMETOOLONG', 'the name is too long for the file system'],
    ['ENOSPC', 'no space left on the device'],
    ['EROFS', 'a read-only file system'],
    ['ENXIO', 'a socket, which cannot be opened as a file; give - to read standard input'],
    ['EIO', 'EIO'],
  ])('%s: «%s»', (code, words) => {
    expect(describeFsError(Object.assign(new Error('raw'), { code }))).toBe(words);
  });
  it('falls back on the message, or the value itself', () => {
    expect(describeFsError(new Error('odd failure'))).toBe('odd failure');
    expect(describeFsError('a string')).toBe('a string');
    expect(describeFsError(undefined)).toBe('undefined');
  });
});

describe('limits', () => {
  it('writes sizes in MB with one decimal and counts with thousands separators', () => {
    expect(limitError('maxDocxBytes', 'a.docx', 3 * 1024 * 1024 + 1, 1024 * 1024).message).toBe(
      'a.docx is 3.0 MB; the limit is 1.0 MB (raise it with --max-docx-mb)',
    );
    expect(limitError('maxPdfPages', 'a.pdf', 12345, 2500).message).toBe(
      'a.pdf is 12,345; the limit is 2,500 (raise it with --max-pages)',
    );
    expect(limitError('maxCellsPerRow', 'row 3', null, 64).message).toBe(
      'row 3 is over the limit 64 (raise it with --max-cells)',
    );
  });

  it('takes the defaults for the limits not given, an undefined one included', () => {
    expect(withDefaults()).toEqual(DEFAULT_LIMITS);
    expect(withDefaults({ maxPdfPages: 3, maxDepth: undefined })).toEqual({ ...DEFAULT_LIMITS, maxPdfPages: 3 });
  });

  it('lets markup nest to its limit and refuses the next level; closing more than was opened changes nothing', () => {
    const guard = new DepthGuard({ max: 2, what: 'page.html: the nesting of elements' });
    guard.close();
    guard.open();
    guard.open();
    expect(() => guard.open()).toThrow(
      'page.html: the nesting of elements is over the limit 2 (raise it with --max-depth)',
    );
    const again = new DepthGuard({ max: 2, what: 'x' });
    again.open();
    again.close();
    again.close();
    again.open();
    again.open();
    expect(() => again.open()).toThrow(InputError);
  });
});
