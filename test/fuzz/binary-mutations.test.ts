// Mutation fuzzing of the binary fixtures: bytes flipped, files cut, pieces spliced
// and repeated. Each run must end, within a time bound, in a report or a one-line
// InputError: never a crash, a hang or an unhandled rejection.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The built package: the command line's path, pdf.js in its worker thread included.
import { InputError, parseReport } from 'zhyt-report';
import { SAMPLE } from '../helpers.js';
import { MUTATIONS, SEED } from './config.js';

const TIME_BOUND_MS = 20_000;
const fixtures = {
  docx: readFileSync(SAMPLE.replace('.txt', '.docx')),
  pdf: readFileSync(SAMPLE.replace('.txt', '.pdf')),
};

type Mutation =
  | { op: 'flip'; at: number[]; bits: number[] }
  | { op: 'cut'; at: number }
  | { op: 'splice'; from: number; to: number; length: number }
  | { op: 'repeat'; from: number; length: number; times: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant('flip' as const),
    at: fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
    bits: fc.array(fc.integer({ min: 1, max: 255 }), { minLength: 20, maxLength: 20 }),
  }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('splice' as const),
    from: fc.nat(),
    to: fc.nat(),
    length: fc.integer({ min: 1, max: 4096 }),
  }),
  fc.record({
    op: fc.constant('repeat' as const),
    from: fc.nat(),
    length: fc.integer({ min: 1, max: 512 }),
    times: fc.integer({ min: 2, max: 64 }),
  }),
);

function mutate(source: Buffer, m: Mutation): Buffer {
  const n = source.length;
  switch (m.op) {
    case 'flip': {
      const out = Buffer.from(source);
      m.at.forEach((a, i) => {
        const at = a % n;
        out[at] = (out[at] as number) ^ (m.bits[i] as number);
      });
      return out;
    }
    case 'cut':
      return source.subarray(0, m.at % n);
    case 'splice': {
      const from = m.from % n;
      const to = m.to % n;
      return Buffer.concat([source.subarray(0, to), source.subarray(from, from + m.length), source.subarray(to)]);
    }
    case 'repeat': {
      const from = m.from % n;
      const piece = source.subarray(from, from + m.length);
      return Buffer.concat([
        source.subarray(0, from),
        ...Array.from({ length: m.times }, () => piece),
        source.subarray(from + m.length),
      ]);
    }
  }
}

async function endsCleanly(bytes: Buffer, path: string): Promise<'report' | 'refused'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${TIME_BOUND_MS} ms`)), TIME_BOUND_MS);
  });
  try {
    await Promise.race([parseReport({ bytes, path }), timeout]);
    return 'report';
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.message).not.toContain('\n');
    return 'refused';
  } finally {
    clearTimeout(timer);
  }
}

describe.each(Object.entries(fixtures))('mutations of the %s fixture', (ext, source) => {
  it(
    `${MUTATIONS} mutants each end in a report or a one-line error`,
    async () => {
      const seen = { report: 0, refused: 0 };
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (ms) => {
          const bytes = ms.reduce<Buffer>((b, m) => mutate(b, m), source);
          seen[await endsCleanly(bytes, `mutant.${ext}`)]++;
        }),
        { numRuns: MUTATIONS, ...(SEED === undefined ? {} : { seed: SEED }) },
      );
      // The fixture itself reads: a reader that refused every file would pass the property.
      expect(await endsCleanly(source, `fixture.${ext}`)).toBe('report');
      // fast-check ran every mutant (a property stopped early would count fewer).
      expect(seen.report + seen.refused).toBe(MUTATIONS);
    },
    60_000 + MUTATIONS * 3_000,
  );
});
