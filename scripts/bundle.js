// Bundles the command line into dist/bundle/: a few files to load instead of
// dozens of modules, which is most of a short run's time. Code split into chunks
// keeps start-up small: `--version` loads only the CLI shell, a parse loads the
// pipeline. The heavy readers (pdf.js, cheerio), chardet and the progress
// bar stay outside, loaded from node_modules only when needed.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bundle', { recursive: true, force: true });

/** «Observable Plot: Copyright … (ISC licence)» from a package's LICENSE file. */
const iscPermission = () =>
  readFileSync('node_modules/@observablehq/plot/LICENSE', 'utf8').split('\n').slice(2).join('\n').trim();

function licenceNotice(name) {
  const copyright = readFileSync(`node_modules/${name}/LICENSE`, 'utf8').split('\n')[0];
  return `${name === 'd3-array' ? 'd3 modules' : name}: ${copyright}; ISC licence.`;
}
const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['pdfjs-dist', '@hyzyla/pdfium', 'cheerio', 'chardet', 'cli-progress'],
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

// The HTML report's script, for the browser: Observable Plot (and the parts of d3 it
// uses) with the page's own code, one minified file the report inlines.
await build({
  entryPoints: ['src/emit/html/client/main.ts'],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome100', 'firefox100', 'safari15'],
  minify: true,
  legalComments: 'none',
  // The ISC licence asks that the copyright notice go with every copy.
  banner: { js: `/*! ${['@observablehq/plot', 'd3-array'].map(licenceNotice).join(' ')}\n${iscPermission()} */` },
  outfile: 'dist/report-client.js',
  logLevel: 'warning',
});
