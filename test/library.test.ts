// What a TypeScript user gets from `import … from 'zhyt-report'`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, InputError, parseReport, ReportSchema } from 'zhyt-report';
import { SAMPLE } from './helpers.js';

describe('the package API', () => {
  it('parses a path or bytes to the same validated report', async () => {
    const fromPath = await parseReport(SAMPLE);
    const fromBytes = await parseReport({ bytes: readFileSync(SAMPLE), path: 'zhytomyr-2023-9m.txt' });
    expect(ReportSchema.parse(fromPath)).toEqual(fromPath);
    expect(fromBytes).toEqual(fromPath);
    const anonymous = await parseReport(new Uint8Array(readFileSync(SAMPLE)));
    expect(anonymous.source.path).toBeNull();
  });
  it('rejects unreadable input with an InputError', async () => {
    await expect(parseReport('missing.txt')).rejects.toBeInstanceOf(InputError);
    await expect(parseReport(new Uint8Array([0, 1, 2, 0]))).rejects.toThrow(/binary data/);
  });
  it('describes every diagnostic code', async () => {
    const report = await parseReport(SAMPLE);
    for (const d of report.diagnostics) {
      expect(CATALOGUE[d.code as keyof typeof CATALOGUE].severity).toBe(d.severity);
    }
  });
  it('reads UTF-8 with a BOM and UTF-16 with a BOM the same', async () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const plain = await parseReport({ bytes: Buffer.from(text), path: 'x.txt' });
    const bom = await parseReport({
      bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      path: 'x.txt',
    });
    const utf16 = await parseReport({
      bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      path: 'x.txt',
    });
    expect(bom.priorities).toEqual(plain.priorities);
    expect(utf16.priorities).toEqual(plain.priorities);
    expect(utf16.source.encoding).toBe('utf-16le');
    const cp1251 = readFileSync(SAMPLE.replace(/\.txt$/, '.cp1251.txt'));
    await expect(parseReport({ bytes: cp1251, path: 'x.txt' }, { encoding: 'utf-8' })).rejects.toThrow(
      /^x\.txt: input is not valid utf-8 text$/,
    );
    expect((await parseReport({ bytes: cp1251, path: 'x.txt' }, { encoding: 'windows-1251' })).source.encoding).toBe(
      'windows-1251',
    );
  });
});
