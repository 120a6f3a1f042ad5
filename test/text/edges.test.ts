// The linear edge scanners against the patterns they replace, on short random texts
// (where the patterns are fast), and on the long runs that made the patterns slow.
import { describe, expect, it } from 'vitest';
import { leadingRun, splitTrimmed, trailingRun, trimEdges, trimEndOf, trimStartOf } from '../../src/text/edges.js';

const ALPHABET = ['a', 'я', ' ', '\t', '\n', ',', '.', ';', '-', '𝔸', '’', '/'];
function* texts(count: number, seed = 7): Generator<string> {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state;
  };
  for (let k = 0; k < count; k++) {
    let text = '';
    for (let n = next() % 12; n > 0; n--) text += ALPHABET[next() % ALPHABET.length];
    yield text;
  }
}

describe('edge scanners', () => {
  it('agree with the patterns they replace on 5,000 random texts, astral characters included', () => {
    const all = [...texts(5000)];
    expect(all).toHaveLength(5000);
    for (const text of all) {
      expect(trimEndOf(text, /[\s,.]/u), text).toBe(text.replace(/[\s,.]+$/u, ''));
      expect(trimStartOf(text, /[\s,.]/u), text).toBe(text.replace(/^[\s,.]+/u, ''));
      expect(trimEdges(text, /[\s;]/u, /[\s.-]/u), text).toBe(text.replace(/^[\s;]+|[\s.-]+$/gu, ''));
      expect(trailingRun(text, /[\p{L}’-]/u), text).toBe(/[\p{L}’-]*$/u.exec(text)?.[0]);
      expect(leadingRun(text, /\S/u), text).toBe(/^\S*/u.exec(text)?.[0]);
      const pieces = (t: string[]) => t.filter((p) => p.trim() !== '');
      expect(pieces(splitTrimmed(text, /[;\n]/u)), text).toEqual(pieces(text.split(/\s*[;\n]\s*/u)));
    }
  });

  it('take a run of 200,000 characters that stops short of the edge in one pass', () => {
    const run = `${' ,'.repeat(100_000)}x`;
    expect(trimEndOf(run, /[\s,]/u)).toBe(run);
    expect(trimStartOf(run, /[\s,]/u)).toBe('x');
    expect(splitTrimmed(`${'\t'.repeat(200_000)}x`, /;/u)).toEqual([`${'\t'.repeat(200_000)}x`]);
  });
});
