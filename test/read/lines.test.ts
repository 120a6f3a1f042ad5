// Lines straight from UTF-8 bytes must be exactly the lines of the decoded text.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLines, decodeText } from '../../src/read/decode-text.js';
import { hasLoneCr, textLines, utf8Lines } from '../../src/read/lines.js';
import { SAMPLE } from '../helpers.js';

async function both(bytes: Uint8Array, encoding?: string) {
  const whole = await decodeText(bytes, encoding).then(
    (d) => ({ lines: [...textLines(d.text)], encoding: d.encoding }),
    (e: Error) => ({ error: e.message }),
  );
  const byLine = await decodeLines(bytes, encoding).then(
    (d) => ({ lines: [...d.lines], encoding: d.encoding }),
    (e: Error) => ({ error: e.message }),
  );
  return { whole, byLine };
}

describe('decodeLines', () => {
  const sample = readFileSync(SAMPLE);
  const cases: Array<[string, Uint8Array, string?]> = [
    ['the sample', sample],
    ['the sample with CRLF', Buffer.from(sample.toString('utf8').replace(/\n/g, '\r\n'))],
    ['the sample with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), sample])],
    ['a BOM, encoding named', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('а\nб')]), 'UTF-8'],
    ['lone CRs', Buffer.from('а\rб\r\nв\n')],
    ['no final line break', Buffer.from('а\tб\nв')],
    ['empty', Buffer.alloc(0)],
    ['only line breaks', Buffer.from('\n\r\n\n')],
    ['a BOM before invalid UTF-8', Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x0a])],
    ['UTF-8 named but invalid', Buffer.from([0x61, 0xc3, 0x0a]), 'utf-8'],
    ['Windows-1251 named', Buffer.from([0xc0, 0xe1, 0x0a, 0xe2]), 'windows-1251'],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('а\r\nб', 'utf16le')])],
  ];
  it.each(cases)('gives the lines, encoding or error decodeText gives: %s', async (_, bytes, encoding) => {
    const { whole, byLine } = await both(bytes, encoding);
    expect(byLine).toEqual(whole);
  });

  it('agrees with decodeText on random UTF-8 with every kind of line end', async () => {
    const piece = fc.constantFrom('а', 'b', '\t', '\n', '\r\n', '\r', ' ', '€', '😀', 'ї');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 30 }), async (pieces) => {
        const { whole, byLine } = await both(Buffer.from(pieces.join('')));
        expect(byLine).toEqual(whole);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same lines across its 256 KiB decoding blocks: lines cut by a block end, a line longer than a block, CRLF', () => {
    const parts: string[] = [];
    for (let i = 0; i < 9000; i++) parts.push(`${i}\tрядок ${'ї'.repeat(i % 97)}${i % 3 === 0 ? '\r\n' : '\n'}`);
    parts.splice(4000, 0, `${'довгий '.repeat(60_000)}\n`); // about 780 KB in one line
    const text = parts.join('');
    const bytes = Buffer.from(text);
    expect(bytes.length).toBeGreaterThan(3 * 256 * 1024);
    expect([...utf8Lines(bytes)]).toEqual([...textLines(text)]);
    expect([...utf8Lines(bytes.subarray(0, bytes.length - 1))]).toEqual([...textLines(text.slice(0, -1))]);
  });

  it('splits bytes on LF and CRLF and finds lone CRs', () => {
    expect([...utf8Lines(Buffer.from('а\r\nб\n\nв'))]).toEqual(['а', 'б', '', 'в']);
    expect(hasLoneCr(Buffer.from('а\r\nб'))).toBe(false);
    expect(hasLoneCr(Buffer.from('а\rб'))).toBe(true);
    expect(hasLoneCr(Buffer.from('а\r'))).toBe(true);
  });
});
