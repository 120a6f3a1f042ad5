// Bundles the command line into dist/bundle/: a few files to load instead of
// dozens of modules, which is most of a short run's time. Code split into chunks
// keeps start-up small: `--version` loads only the CLI shell, a parse loads the
// pipeline. The heavy readers (pdf.js, cheerio), chardet and the progress
// bar stay outside, loaded from node_modules only when needed.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bundle', { recursive: true, force: true });
const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['pdfjs-dist', '@hyzyla/pdfium', 'cheerio', 'chardet', 'cli-progress', 'exceljs'],
  // Bundled CommonJS packages (commander) call require(): give them one.
  banner: {
    js: "import { createRequire as __zhytCreateRequire } from 'node:module'; const require = __zhytCreateRequire(import.meta.url);",
  },
  // Smaller files compile faster; stack traces only matter for internal errors (ZHYT_DEBUG=1).
  minify: process.env.BUNDLE_READABLE !== '1',
  legalComments: 'none',
  // htmlparser2's index also re-exports DomHandler and DomUtils (with dom-serializer
  // and a second copy of the entity tables), which esbuild keeps although nothing
  // here uses them; the Parser module alone is what the pipeline imports.
  alias: { htmlparser2: './node_modules/htmlparser2/dist/esm/Parser.js' },
  logLevel: 'warning',
};
await build({
  ...common,
  // Workers are entries of their own, found next to the code that starts them.
  entryPoints: {
    main: 'src/cli/main.ts',
    worker: 'src/batch/worker.ts',
    'extract-worker': 'src/rows/pdf/extract-worker.ts',
  },
  outdir: 'dist/bundle',
  splitting: true,
  chunkNames: 'chunk-[hash]',
});
