// Issue 27, item 5: the package as a user gets it. `npm pack` (dist is built by the
// test command), installed into an empty folder outside the repository, then the
// commands run from there on every input format: nothing may rely on the repository's
// own node_modules. The installed size is measured (docs/performance.md): pdf.js and
// ExcelJS (71 and 35 MB) are no longer installed, since the default path never loads them.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const SAMPLE = join(ROOT, 'fixtures/zhytomyr-2023-9m');
let folder = '';
let installLog = '';

function sizeOf(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((n, name) => n + sizeOf(join(path, name)), 0);
}

const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(folder, 'node_modules/zhyt-report/bin/zhyt-report.js'), ...args], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, NODE_PATH: '' },
  });

beforeAll(() => {
  const packs = mkdtempSync(join(tmpdir(), 'zhyt-pack-'));
  const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', packs], {
    cwd: ROOT,
    encoding: 'utf8',
  }).trim();
  folder = mkdtempSync(join(tmpdir(), 'zhyt-installed-'));
  execFileSync('npm', ['init', '-y'], { cwd: folder, stdio: 'ignore' });
  const install = spawnSync('npm', ['install', join(packs, tarball), '--no-audit', '--no-fund'], {
    cwd: folder,
    encoding: 'utf8',
  });
  installLog = `${install.stdout}${install.stderr}`;
  expect(install.status, installLog).toBe(0);
}, 240_000);

describe('the installed package', () => {
  it('installs without a warning, under 60 MB, with no pdf.js and no ExcelJS', () => {
    expect(installLog).not.toMatch(/warn/i);
    const mb = sizeOf(join(folder, 'node_modules')) / 2 ** 20;
    expect(mb).toBeLessThan(60);
    expect(existsSync(join(folder, 'node_modules/pdfjs-dist'))).toBe(false);
    expect(existsSync(join(folder, 'node_modules/exceljs'))).toBe(false);
    expect(readFileSync(join(folder, 'node_modules/zhyt-report/LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  it.each(['txt', 'html', 'docx', 'pdf'])('parses the sample .%s: 173 measures', (ext) => {
    const r = run('parse', `${SAMPLE}.${ext}`, '-f', 'ndjson', '-q');
    expect(r.stderr).toBe('');
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(173);
  });

  it('writes the HTML report and a workbook', () => {
    expect(run('report', `${SAMPLE}.txt`, '-o', join(folder, 'r.html'), '-q').status).toBe(0);
    expect(readFileSync(join(folder, 'r.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    expect(run('parse', `${SAMPLE}.txt`, '-f', 'xlsx', '-o', join(folder, 'm.xlsx'), '-q').status).toBe(0);
    expect(readFileSync(join(folder, 'm.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('names the missing package when the library is asked for the pdf.js engine', () => {
    const script =
      "import('zhyt-report').then((m) => m.parseReport(process.argv[1], { pdfEngine: 'pdfjs' }))" +
      ".then(() => console.log('read'), (e) => console.log(e.constructor.name + ': ' + e.message));";
    const r = spawnSync(process.execPath, ['-e', script, `${SAMPLE}.pdf`], { cwd: folder, encoding: 'utf8' });
    expect(r.stdout.trim()).toBe(
      'InputError: zhytomyr-2023-9m.pdf: the pdf.js engine needs the package pdfjs-dist: npm install pdfjs-dist ' +
        "(PDFium, the default, doesn't)",
    );
  });
});
