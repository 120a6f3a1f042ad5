// Lines against their definition: the text split at LF, CRLF or a lone CR, a final line
// break ending the last line (String.prototype.split, not the code under test). The byte
// path decodes 256 KiB blocks, so the cases put line ends and CRLFs at the block's edges.
import { describe, expect, it } from 'vitest';
import { hasLoneCr, textLines, utf8Lines } from '../../src/read/lines.js';

const BLOCK = 256 * 1024;
const expected = (text: string) => {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
};
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const line = (bytes: number, letter = 'a') => letter.repeat(bytes);

const CASES: Array<[string, string]> = [
  ['empty', ''],
  ['one line, no break', 'а\tб'],
  ['blank lines kept', '\n\nx\n\n'],
  ['CRLF throughout', 'a\r\nb\r\n\r\nc'],
  ['a line end as the block’s last byte', `${line(BLOCK - 1)}\nnext\n`],
  ['a line end as the block’s first byte after', `${line(BLOCK)}\nnext`],
  ['CRLF split by the block edge', `${line(BLOCK - 1)}\r\nnext\r\n`],
  ['a line longer than a block', `short\n${line(BLOCK * 2 + 5)}\nend`],
  ['one line longer than a block, no break at all', line(BLOCK + 3)],
  ['a line longer than a block, the last one', `x\n${line(BLOCK + 10)}`],
  ['many blocks of short lines', 'рядок\n'.repeat(100_000)],
  ['two-byte letters across the edge', `${line(BLOCK - 3)}${'ї'.repeat(4)}\nz`],
];

describe('utf8Lines', () => {
  it.each(CASES)('%s', (_, text) => {
    expect([...utf8Lines(bytesOf(text))]).toEqual(expected(text));
  });
});

describe('textLines', () => {
  it.each([...CASES, ['lone CRs', 'a\rb\r\rc\r'] as [string, string], ['CR then CRLF', 'a\r\r\nb']])(
    '%s',
    (_, text) => {
      expect([...textLines(text)]).toEqual(expected(text));
    },
  );
});

describe('hasLoneCr', () => {
  it('finds a CR not before an LF, anywhere, the last byte included', () => {
    expect(hasLoneCr(bytesOf('a\r\nb\r\n'))).toBe(false);
    expect(hasLoneCr(bytesOf('a\r\nb\rc'))).toBe(true);
    expect(hasLoneCr(bytesOf('a\r'))).toBe(true);
    expect(hasLoneCr(bytesOf('no breaks'))).toBe(false);
  });
});
