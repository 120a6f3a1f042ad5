// The tests mutation testing runs (npm run mutation): every test that reads src/ in this process.
// `zhyt-report` is aliased to src/index.ts so the library's own tests see a mutant too; tests that
// run the built CLI in a child process, the PDF reader's tests (its modules are not mutated) and the
// rule-table mutator (its own measure, npm run mutation:rules) are left out.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { 'zhyt-report': fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  },
  test: {
    include: [
      'test/{enrich,read,rows,structure,validate,text}/**/*.test.ts',
      'test/{sample-hand,sample-money-programs,library}.test.ts',
      // DOCX read against mammoth, an independent reader.
      'test/differential/mammoth.test.ts',
    ],
    exclude: [
      'test/rows/pdf/**',
      'test/enrich/status-mutants.test.ts',
      'test/read/non-regular-input.test.ts',
      'test/rows/deep-nesting.test.ts',
    ],
    testTimeout: 60_000,
    // Modules are loaded once per worker: a mutant is switched on at run time (mutant schemata).
    isolate: false,
  },
});
