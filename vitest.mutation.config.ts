// The tests mutation testing runs (npm run mutation): the unit tests of the modules it
// mutates, which import src/ (a test of the built dist/ cannot see a mutant).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/enrich/**/*.test.ts'],
    // The rule-table mutator is its own measure of the status tests, and too slow to run per mutant.
    exclude: ['test/enrich/status-mutants.test.ts'],
    testTimeout: 60_000,
  },
});
