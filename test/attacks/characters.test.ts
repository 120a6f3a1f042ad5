// Issue 26, items 7 and 8: characters XML forbids are removed from every cell with a
// diagnostic (one U+FFFF made an XLSX's shared strings invalid XML), and a NUL byte
// anywhere in a text file marks it binary, not only in its first 8 KB.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InputError, parseReport, type Report } from '../../src/index.js';
import { toXlsx } from '../../src/emit/xlsx.js';
import { SAMPLE } from '../helpers.js';

const TEXT = readFileSync(SAMPLE, 'utf8');
const ANCHOR = 'Інформаційна та ресурсна підтримка підприємців';
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters the test looks for
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/u;
const read = (text: string) => parseReport({ bytes: new TextEncoder().encode(text), path: 'chars.txt' });
const titles = (r: Report) =>
  r.priorities.flatMap((p) => p.sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures.map((m) => m.title))));

describe('characters XML forbids', () => {
  it('are removed from a cell with a count by kind; every letter around them stays', async () => {
    const odd = ANCHOR.replace(' та ', '\u0001 та\ufffe ').replace('ресурсна', 'ресурс\uffffна\u001f');
    const report = await read(TEXT.replace(ANCHOR, odd));
    const clean = await read(TEXT);
    expect(titles(report)).toEqual(titles(clean));
    const note = report.diagnostics.find((d) => d.code === 'invisible-characters');
    expect(note?.message).toContain('control character 2, noncharacter 2');
    expect(JSON.stringify(report)).not.toMatch(FORBIDDEN_IN_XML);
  });

  it('leave no character XML forbids in the XLSX shared strings', async () => {
    const report = await read(TEXT.replace(ANCHOR, `${ANCHOR}\uffff\u0002`));
    const parts = unzipSync(new Uint8Array(await toXlsx(report)));
    const shared = strFromU8(parts['xl/sharedStrings.xml'] as Uint8Array);
    expect(shared).toContain(ANCHOR);
    expect(shared).not.toMatch(FORBIDDEN_IN_XML);
  });

  it('keeps vertical tab and form feed as the spaces they are (two words stay two)', async () => {
    const report = await read(TEXT.replace(ANCHOR, ANCHOR.replace(' та ', '\u000bта\u000c')));
    expect(titles(report)).toEqual(titles(await read(TEXT)));
  });
});

describe('binary input', () => {
  it('is refused for a NUL byte past the first 8 KB', async () => {
    const bytes = new TextEncoder().encode(TEXT);
    const at = bytes.length - 100;
    expect(at).toBeGreaterThan(8192);
    bytes[at] = 0;
    await expect(parseReport({ bytes, path: 'late-nul.txt' })).rejects.toThrow(InputError);
    await expect(parseReport({ bytes, path: 'late-nul.txt' })).rejects.toThrow(/binary data, not a report/);
  });
});

describe('the cell length limit', () => {
  it('refuses an HTML cell, a DOCX cell and an ODT cell longer than --max-line-length in one line', async () => {
    const html = readFileSync(`${SAMPLE.replace(/\.txt$/, '.html')}`, 'utf8').replace(
      ANCHOR,
      `${ANCHOR} ${'слово '.repeat(200)}`,
    );
    const bytes = new TextEncoder().encode(html);
    await expect(parseReport({ bytes, path: 'long.html' }, { limits: { maxLineLength: 1000 } })).rejects.toThrow(
      /^long\.html: line \d+: a cell's length is 1,2\d\d; the limit is 1,000 \(raise it with --max-line-length\)$/,
    );
    // The same file under the default limit is read.
    expect((await parseReport({ bytes, path: 'long.html' })).stats.counts.measures).toBe(173);
    for (const file of ['fixtures/zhytomyr-2023-9m.docx', 'fixtures/formats/writer.odt']) {
      const path = `${SAMPLE.replace(/fixtures\/.*$/, '')}${file}`;
      await expect(parseReport(path, { limits: { maxLineLength: 100 } })).rejects.toThrow(
        /a cell's length is [\d,]+; the limit is 100 /,
      );
    }
  });
});

describe('a registry file', () => {
  it('over 4 MB is refused in one line, before it is read', async () => {
    const { mkdtempSync, openSync, ftruncateSync, closeSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = `${mkdtempSync(`${tmpdir()}/zhyt-registry-`)}/huge.json`;
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 4.5 * 2 ** 20);
    closeSync(fd);
    const { readRegistryFile, readExecutorsFile } = await import('../../src/index.js');
    expect(() => readRegistryFile(path)).toThrow(
      /^programme registry .*huge\.json is 4\.5 MB; a registry may be at most 4 MB$/,
    );
    expect(() => readExecutorsFile(path)).toThrow(
      /^executor registry .*huge\.json is 4\.5 MB; a registry may be at most 4 MB$/,
    );
  });
});
