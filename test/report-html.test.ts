// The HTML report without a browser: what the file holds, its size, its bytes,
// its escaping, and a report of a file with errors. The browser test
// (report-browser.test.ts) checks what a reader sees.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, SAMPLE } from './helpers.js';

const YEAR = SAMPLE.replace('2023-9m', '2023-12m');
const tmp = () => mkdtempSync(join(tmpdir(), 'zhyt-report-'));

function reportOf(...args: string[]): { html: string; status: number | null; stderr: string } {
  const out = join(tmp(), 'report.html');
  const r = runCli(['report', ...args, '--out', out, '-q']);
  return { html: r.status === 2 ? '' : readFileSync(out, 'utf8'), status: r.status, stderr: r.stderr };
}

const ids = (html: string) => [...html.matchAll(/<tr data-measure-id="([^"]+)"/g)].map((m) => m[1]);

describe('the report of the sample', () => {
  const { html, status } = reportOf(SAMPLE);
  const parsed = JSON.parse(runCli(['parse', SAMPLE]).stdout) as {
    priorities: Array<{ sectors: Array<{ tasks: Array<{ measures: Array<{ id: string }> }> }> }>;
    source: { sha256: string };
  };
  const measureIds = parsed.priorities.flatMap((p) =>
    p.sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures.map((m) => m.id))),
  );

  it('has a row for every measure, carrying its id, in report order', () => {
    expect(status).toBe(0);
    expect(ids(html)).toEqual(measureIds);
    expect(measureIds).toHaveLength(173);
  });

  it('names its source with its SHA-256 and the counts', () => {
    expect(html).toContain(parsed.source.sha256);
    expect(html).toContain('<dd data-count="measures">173</dd>');
    expect(html).toContain('<dd data-count="warnings">16</dd>');
  });

  it('lists each executor once in its filter, by registry id, whatever spellings the report uses', () => {
    const select = /<select name="executor">([\s\S]*?)<\/select>/.exec(html)?.[1] ?? '';
    const options = [...select.matchAll(/<option value="([^"]*)">([^<]*)<\/option>/g)].slice(1);
    const executorIds = parsed.priorities.flatMap((p) =>
      p.sectors.flatMap((s) =>
        s.tasks.flatMap((t) => t.measures.flatMap((m) => (m as { executorIds?: string[] }).executorIds ?? [])),
      ),
    );
    expect(options.map((o) => o[1]).sort()).toEqual([...new Set(executorIds)].sort());
    const labels = options.map((o) => (o[2] as string).toLowerCase());
    expect(new Set(labels).size).toBe(labels.length);
    // «Департамент освіти…» and «департамент освіти…» are one body.
    expect(labels.filter((l) => l.startsWith('департамент освіти'))).toHaveLength(1);
  });

  it('is one file under 2 MB that asks for nothing over the network', () => {
    expect(Buffer.byteLength(html)).toBeLessThan(2 * 1024 * 1024);
    // No external script, style, image, font or frame; links in the data are plain <a href>.
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?https?:/i);
    expect(html).toContain("default-src 'none'");
  });

  it('is well-formed HTML as parse5 (the HTML standard parser) reads it', () => {
    const errors: string[] = [];
    parse(html, { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
    expect(errors).toEqual([]);
  });

  it('gives the same bytes for the same input', () => {
    expect(reportOf(SAMPLE).html).toBe(html);
  });
});

describe('reports that need care', () => {
  it('shows the errors of a file with errors, and exits 1 as parse does', () => {
    const odd = join(tmp(), 'odd.txt');
    writeFileSync(odd, `${readFileSync(SAMPLE, 'utf8')}\n\tстрока\tбез\tсенсу\n`);
    const { html, status } = reportOf(odd);
    expect(status).toBe(1);
    expect(html).toContain('<dd data-count="errors">1</dd>');
    expect(html).toMatch(/<details class="diagnostic error" data-code="unclassified-row" open>/);
    expect(html).toContain('row not understood, left out: 2: строка | 3: без | 4: сенсу');
  });

  it('keeps markup in the data as text', () => {
    const hostile = join(tmp(), 'hostile.txt');
    const text = readFileSync(SAMPLE, 'utf8').replace(
      'Інформаційна та ресурсна підтримка підприємців',
      'Інформаційна підтримка &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; підприємців',
    );
    writeFileSync(hostile, text);
    const { html } = reportOf(hostile);
    expect(html).toContain('Інформаційна підтримка &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; підприємців');
    expect(html).not.toContain('<img src=x');
    // The data island cannot close its element either.
    const island = html.slice(
      html.indexOf('id="report-data">'),
      html.indexOf('</script>', html.indexOf('id="report-data">')),
    );
    expect(island).not.toContain('</');
  });

  it('puts several releases in order of period and lists what changed', () => {
    const { html } = reportOf(YEAR, SAMPLE);
    expect(html.indexOf('<td>9 місяців 2023 року</td>')).toBeLessThan(html.indexOf('<td>2023 рік</td>'));
    expect(html).toContain('<h3>9 місяців 2023 року → 2023 рік</h3>');
    expect(html).toContain('додано 1, вилучено 1, перенумеровано або перенесено 1, змінено 4, без змін 167');
    expect(html).toContain('Громадська безпека 1.7 → Громадська безпека 1.8');
    // The rows are the newest release's.
    expect(ids(html)).toHaveLength(173);
    expect(ids(html)).toContain('inkliuzyvne-misto/hromadska-bezpeka/1.8');
  });

  it('makes the same rows from Chromium’s PDF and LibreOffice’s DOCX of the sample', () => {
    const sampleIds = ids(reportOf(SAMPLE).html);
    for (const file of ['fixtures/producers/chromium-a4.pdf', 'fixtures/producers/libreoffice.docx']) {
      const { html, status } = reportOf(join(ROOT, file));
      expect(status, file).toBe(0);
      expect(ids(html), file).toEqual(sampleIds);
    }
  });

  it('refuses an output that is not .html', () => {
    const r = runCli(['report', SAMPLE, '--out', join(tmp(), 'report.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^zhyt-report: the report is HTML: name the file \.html/);
  });
});
