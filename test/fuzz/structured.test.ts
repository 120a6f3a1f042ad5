// Structured fuzzing: pathological shapes rather than random bytes. Each generator of
// bench/pathological.js (deep nesting, unclosed elements, nested tables, huge spans,
// many tiny cells and rows, markup without text, chained styles) is drawn at sizes
// below, around and far above the limits, with the limits themselves drawn too. Every
// case must end within the time bound in a report that matches the schema or in one
// InputError line: never another exception. Endless pipes, FIFOs and /dev/zero are in
// test/read/non-regular-input.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PATHOLOGICAL } from '../../bench/pathological.js';
import { InputError, parseReport, ReportSchema } from '../../src/index.js';
import { RUNS, SEED } from './config.js';

const TIME_BOUND_MS = 20_000;
/** A short run of each generator in CI; `npm run fuzz` (FUZZ_RUNS=34000) runs 340 of each. */
const CASES = Math.max(6, Math.round(RUNS / 100));
const extension = (name: string) => ({ html: 'html', text: 'txt', docx: 'docx' })[name.split(':')[0] as 'html'];

const size = fc.oneof(
  fc.integer({ min: 0, max: 60 }),
  fc.integer({ min: 480, max: 520 }), // nesting of two elements each: around the depth limit
  fc.integer({ min: 990, max: 1010 }),
  fc.integer({ min: 2_000, max: 8_000 }),
  fc.constantFrom(20_000, 200_000),
);
const limits = fc.record(
  {
    maxDepth: fc.integer({ min: 1, max: 3_000 }),
    maxCellsPerRow: fc.integer({ min: 1, max: 200 }),
    maxLineLength: fc.integer({ min: 1_000, max: 400_000 }),
  },
  { requiredKeys: [] },
);

describe.each(Object.keys(PATHOLOGICAL))('%s', (name) => {
  it(
    `ends in a valid report or one line of refusal (${CASES} cases)`,
    async () => {
      const make = PATHOLOGICAL[name as keyof typeof PATHOLOGICAL];
      await fc.assert(
        fc.asyncProperty(size, limits, async (n, drawn) => {
          // Big sizes of generators that are read, not refused, only with their default limits.
          const bytes = make(/nested|unclosed/.test(name) ? n : Math.min(n, 8_000));
          const started = performance.now();
          try {
            const report = await parseReport({ bytes, path: `fuzz.${extension(name)}` }, { limits: drawn });
            expect(ReportSchema.safeParse(report).success).toBe(true);
          } catch (error) {
            if (!(error instanceof InputError)) throw error;
            expect(error.message).not.toContain('\n');
            expect(error.message).not.toMatch(/internal error|call stack/i);
          }
          expect(performance.now() - started).toBeLessThan(TIME_BOUND_MS);
        }),
        { numRuns: CASES, ...(SEED === undefined ? {} : { seed: SEED }) },
      );
    },
    Math.max(120_000, CASES * 2_000),
  );
});
