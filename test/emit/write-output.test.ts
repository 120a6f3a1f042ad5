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
