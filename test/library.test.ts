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
  it('reports what the sample gives cause for, each code in the catalogue', async () => {
    const report = await parseReport(SAMPLE);
    const found = report.diagnostics.map((d) => [d.source.line, d.code]);
    // Read off the document: the column-number row (7), the dashed separator rows (13,
    // 253), two sector headings printed without bold (126, 202), a sector heading inside
    // a task cell (53), the measure with an empty execution cell (62), two measure
    // numbers missing a dot or a space (96, 122), task 2 of «Благоустрій» numbering its
    // measures 1.x (144), the five rows that lost their first cell (148–152), and the
    // second «Реконструкція операційного блоку» (191).
    expect(found).toEqual([
      [7, 'column-numbers-row'],
      [13, 'separator-row'],
      [53, 'sector-in-task-cell'],
      [53, 'status-uncertain'],
      [60, 'status-uncertain'],
      [62, 'empty-execution'],
      [96, 'measure-number-format'],
      [100, 'status-uncertain'],
      [122, 'measure-number-format'],
      [126, 'heading-without-markup'],
      [136, 'status-uncertain'],
      [144, 'task-number-mismatch'],
      [148, 'row-realigned'],
      [149, 'row-realigned'],
      [150, 'row-realigned'],
      [151, 'row-realigned'],
      [152, 'row-realigned'],
      [191, 'duplicate-measure-title'],
      [202, 'heading-without-markup'],
      [223, 'status-uncertain'],
      [253, 'separator-row'],
    ]);
    expect(report.diagnostics).toHaveLength(21);
    for (const d of report.diagnostics) expect(CATALOGUE[d.code as keyof typeof CATALOGUE].title).not.toBe('');
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
