// Parsing text must not load the heavy readers: a child process records every
// module it resolves while it parses the sample.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, SAMPLE } from './helpers.js';

// Node 22.15+ has in-thread synchronous hooks (registerHooks): every resolution is
// seen before the process exits. Node 20 has only register(), whose hooks run on
// their own thread; its writes arrive because the parse awaits long enough.
const HOOK = `
import * as mod from 'node:module';
const seen = (url) => process.stderr.write('LOADED ' + url + '\\n');
if (typeof mod.registerHooks === 'function') {
  mod.registerHooks({ resolve(specifier, context, next) { const r = next(specifier, context); seen(r.url); return r; } });
} else {
  mod.register('data:text/javascript,' + encodeURIComponent(\`
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  process.stderr.write('LOADED ' + result.url + '\\\\n');
  return result;
}\`));
}
`;

function loaded(args: string[]): string[] {
  const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(HOOK)}`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stderr
    .split('\n')
    .filter((l) => l.startsWith('LOADED '))
    .map((l) => l.slice(7));
}

function loadedWhileParsing(file: string): string[] {
  const script = `const { parseReport } = await import('./dist/index.js'); await parseReport(${JSON.stringify(file)});`;
  return loaded(['--input-type=module', '-e', script]);
}

describe('heavy readers load only for their format', () => {
  it('could see them: mammoth and pdf-parse are installed (as the oracles of the DOCX and PDF readers)', () => {
    for (const name of ['mammoth', 'pdf-parse', 'pdfjs-dist', '@hyzyla/pdfium', 'cheerio']) {
      expect(() => import.meta.resolve(name), name).not.toThrow();
    }
  });
  it('text parsing loads neither pdf.js, cheerio nor the DOCX reader', () => {
    const loaded = loadedWhileParsing(SAMPLE);
    expect(loaded.some((u) => u.includes('/dist/parse-report.js'))).toBe(true);
    expect(loaded.filter((u) => /mammoth|pdfjs-dist|pdfium|pdf-parse|cheerio|parse5|\/rows\/docx/.test(u))).toEqual([]);
  });
  it('the command line, parsing text, loads none of them either', () => {
    const modules = loaded(['bin/zhyt-report.js', 'parse', SAMPLE, '-q']);
    expect(modules.some((u) => u.includes('/dist/bundle/main.js'))).toBe(true);
    expect(modules.filter((u) => /mammoth|pdfjs-dist|pdfium|pdf-parse|cheerio|parse5|chardet|exceljs/.test(u))).toEqual(
      [],
    );
  });

  it('PDF parsing does load its engine, PDFium (the check can see it)', () => {
    const loaded = loadedWhileParsing(SAMPLE.replace(/\.txt$/, '.pdf'));
    expect(loaded.some((u) => u.includes('@hyzyla/pdfium'))).toBe(true);
    expect(loaded.some((u) => u.includes('/rows/docx'))).toBe(false);
  });

  it('DOCX parsing loads its own reader but not cheerio or pdf.js', () => {
    const loaded = loadedWhileParsing(SAMPLE.replace(/\.txt$/, '.docx'));
    expect(loaded.some((u) => u.includes('/dist/rows/docx/body.js'))).toBe(true);
    expect(loaded.filter((u) => /pdfjs-dist|pdfium|cheerio|parse5/.test(u))).toEqual([]);
  });
});
