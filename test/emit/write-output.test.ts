import { describe, expect, it } from 'vitest';
import { utf8 } from '../../src/emit/write-output.js';

describe('utf8', () => {
  it('gives the same bytes as Buffer.from for Cyrillic, ASCII, astral characters and lone surrogates', () => {
    for (const text of [
      '',
      'abc',
      'Житомир — «Зелене місто» ї є ґ ʼ',
      'Ḁ 𝄞 😀',
      'a\ud800b',
      '\udfff',
      'x'.repeat(100_000) + 'ї'.repeat(100_000),
    ]) {
      expect(utf8(text).equals(Buffer.from(text, 'utf8')), JSON.stringify(text.slice(0, 20))).toBe(true);
    }
  });
});

describe('a name too long for the file system', () => {
  it('is refused in one line naming why, as an input error, not an internal one', async () => {
    const { mkdtempSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { writeAtomically } = await import('../../src/emit/write-output.js');
    const { InputError } = await import('../../src/errors.js');
    const dir = mkdtempSync(join(tmpdir(), 'zhyt-long-'));
    const target = join(dir, `${'ж'.repeat(150)}.json`);
    const written = writeAtomically(target, '{}');
    await expect(written).rejects.toBeInstanceOf(InputError);
    await expect(writeAtomically(target, '{}')).rejects.toThrow(/the name is too long for the file system$/);
    // Nothing is left behind.
    expect(readdirSync(dir)).toEqual([]);
  });
  it('writes a name near the limit: its temporary file is not longer than the name allows', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { writeAtomically } = await import('../../src/emit/write-output.js');
    const target = join(mkdtempSync(join(tmpdir(), 'zhyt-long-')), `${'y'.repeat(245)}.json`);
    await writeAtomically(target, '{"ok":true}');
    expect(readFileSync(target, 'utf8')).toBe('{"ok":true}');
  });
});
