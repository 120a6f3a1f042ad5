// Breaks as witnesses of one another: a word seen cut at two places is one word.
import { describe, expect, it } from 'vitest';
import { witnessesOf } from '../../../src/rows/pdf/break-witnesses.js';

const M = '\uE008'; // a break mark (its odds do not matter here)

describe('witnessesOf', () => {
  it('takes a text cut at two different places for one word', () => {
    const { joined } = witnessesOf([
      `КП "Житомиртепл${M}окомуненерго"`,
      `КП "Житомиртеплокомун${M}енерго" міської ради`,
    ]);
    expect([...joined]).toEqual(['житомиртеплокомуненерго']);
  });
  it('learns nothing from the same cut seen twice, or from two different texts', () => {
    const same = witnessesOf([`Житомир${M}водоканал`, `КП Житомир${M}водоканал`]);
    expect(same.joined.size).toBe(0);
    const different = witnessesOf([`Державний${M}фонд`, `Державно${M}ї фонд`]);
    expect(different.joined.size).toBe(0);
  });
  it('reads each of a cell’s marks as a cut between the letters beside it', () => {
    // «Дер|жав|ний» cuts «держав» after 3 letters; «Держ|ав» after 4.
    const { joined } = witnessesOf([`Дер${M}жав${M}ний`, `Держ${M}ав і`]);
    expect([...joined]).toEqual(['держав']);
  });
});
