// Issue 26, item 4: a 3 KB PDF whose content stream is Flate inside Flate, 1.5 GB of
// spaces once inflated, and a 2.5 KB PDF of forms within forms (both made by
// scripts/make-attack-files.js). PDFium builds them whole; its heap is capped, and the
// refusal names the cap instead of calling the file corrupt, with nothing of the
// module's own on stderr.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers.js';

const TIME = '/usr/bin/time';
const CAP_MB = 1024;
/** Node, the bundle and the reader's thread besides the capped heap. */
const BESIDES_MB = 200;

describe.each([
  ['flate-bomb.pdf', 'a Flate stream inside a Flate stream'],
  ['nested-forms.pdf', 'forms drawing the next form ten times, nine deep (10⁹ drawings)'],
])('a decompression or generation bomb in a PDF: %s, %s', (file) => {
  it('is refused in one line naming the memory limit, within the limit and 200 MB', () => {
    const path = `${ROOT}test/attacks/files/${file}`;
    expect(statSync(path).size).toBeLessThan(4096);
    if (!existsSync(TIME)) throw new Error(`${TIME} is missing: apt-get install time (.ci/run does)`);
    const run = spawnSync(TIME, ['-f', '%M', process.execPath, BIN, 'parse', path, '-o', '/dev/null', '-f', 'json'], {
      cwd: ROOT,
      timeout: 60_000,
    });
    // GNU time adds its own line on a non-zero exit, and the peak in KB last.
    const lines = run.stderr
      .toString()
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('Command exited'));
    const peakMb = Number(lines.pop()) / 1024;
    expect(run.status).toBe(2);
    expect(lines).toEqual([
      `zhyt-report: ${file}: decoding the PDF needs more than 1024 MB of memory, the reader's limit ` +
        '(a stream that inflates far beyond its size, or forms drawn within forms over and over?)',
    ]);
    expect(peakMb).toBeLessThan(CAP_MB + BESIDES_MB);
  });
});

// pdf.js (the library's other engine) decodes into typed arrays no heap limit counts:
// the thread that waits for its reader watches the memory and ends it (memory-watch.ts).
describe.each(['flate-bomb.pdf', 'nested-forms.pdf'])('the same bomb read with pdf.js: %s', (file) => {
  it('is refused naming its limit, within PDFium’s limit and 200 MB', () => {
    const path = `${ROOT}test/attacks/files/${file}`;
    const script =
      `const { parseReport } = await import(${JSON.stringify(`${ROOT}dist/index.js`)});` +
      `await parseReport(${JSON.stringify(path)}, { pdfEngine: 'pdfjs' }).then(` +
      "() => console.log('read'), (e) => console.log(e.constructor.name + ': ' + e.message));";
    const run = spawnSync(TIME, ['-f', '%M', process.execPath, '--input-type=module', '-e', script], {
      cwd: ROOT,
      timeout: 60_000,
    });
    const peakMb = Number(run.stderr.toString().trim().split('\n').pop()) / 1024;
    expect(run.stdout.toString().trim()).toBe(
      `InputError: ${file}: reading the PDF with pdf.js needs more than 768 MB of memory, the reader's limit ` +
        '(a stream that inflates far beyond its size, or forms drawn within forms over and over?)',
    );
    expect(peakMb).toBeLessThan(CAP_MB + BESIDES_MB);
  });
});
