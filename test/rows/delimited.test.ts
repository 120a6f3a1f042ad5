// Delimited text from spreadsheets: RFC 4180 quoting, the delimiter told from the file,
// and the text export (tab-separated, never quoted) left to its own reader.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { delimitedRows, sniffDelimited } from '../../src/rows/delimited-rows.js';
import { ROOT } from '../helpers.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const texts = (text: string, d: '\t' | ';' | ',') => [...delimitedRows(text, d)].map((r) => r.cells.map((c) => c.text));
const wide = (fields: string[], d: string, rows = 5) => Array.from({ length: rows }, () => fields.join(d)).join('\r\n');

describe('sniffDelimited', () => {
  it('finds «;» and «,» by the rows they split into the report width', () => {
    expect(sniffDelimited(bytes(wide(['1', 'a, b', 'c', 'd', 'e', 'f'], ';')))).toBe(';');
    expect(sniffDelimited(bytes(wide(['1', 'a; b', 'c', 'd', 'e', 'f'], ',')))).toBe(',');
  });
  it('takes a tab file for quoted only when its quoting changes text (a line break or a doubled quote)', () => {
    expect(sniffDelimited(bytes(wide(['1', '"a\nb"', 'c', 'd', 'e', 'f'], '\t')))).toBe('\t');
    expect(sniffDelimited(bytes(wide(['1', '"say ""hi"""', 'c', 'd', 'e', 'f'], '\t')))).toBe('\t');
    expect(sniffDelimited(bytes(wide(['1', '"a"', 'c', 'd', 'e', 'f'], '\t')))).toBeNull();
    // A quote that starts a cell of the export and closes mid-text: not quoting.
    expect(sniffDelimited(bytes(wide(['1', '"Житомир" місто', '"a\nb"', 'd', 'e', 'f'], '\t')))).toBeNull();
  });
  it('leaves every text export in fixtures/ to the text reader', () => {
    for (const name of [
      'zhytomyr-2023-9m.txt',
      'zhytomyr-2023-9m.cp1251.txt',
      'zhytomyr-2023-9m.utf16le.txt',
      'zhytomyr-2023-12m.txt',
      'zhytomyr-2024-6m.txt',
    ])
      expect(sniffDelimited(readFileSync(`${ROOT}fixtures/${name}`)), name).toBeNull();
  });
  it('takes no export for quoted whose ditto marks («"») begin cells row after row', () => {
    const ditto = Array.from({ length: 6 }, (_, i) => `${i}\t"\t1.${i}. Захід\tВиконавець\tВиконано\tПрограма`).join(
      '\n',
    );
    expect(sniffDelimited(bytes(ditto))).toBeNull();
  });
  it('counts the lines a row of quoted line breaks covers', () => {
    const rows = [...delimitedRows('a;"b\nc\nd";e\r\nf;g\r\n\r\nh', ';')];
    expect(rows.map((r) => [r.source.line, r.lines ?? 1])).toEqual([
      [1, 3],
      [4, 1],
      [5, 1],
      [6, 1],
    ]);
  });
  it('takes no file for quoted whose quote is left open at its end (a lone quote in the export)', () => {
    expect(sniffDelimited(bytes('\t1.1\t\t\tТриває\n\t\t\t\t\n\t\t\t\t"\n\t'))).toBeNull();
    expect(sniffDelimited(bytes(`${wide(['1', '"a\nb"', 'c', 'd', 'e', 'f'], '\t')}\r\n1\t"open`))).toBeNull();
  });
  it('reads UTF-16 with a BOM (Excel «Unicode Text»)', () => {
    const text = `\uFEFF${wide(['1', '"a\nb"', 'c', 'd', 'e', 'f'], '\t')}`;
    const le = Buffer.from(text, 'utf16le');
    expect(sniffDelimited(le)).toBe('\t');
  });
  it('says null for too few rows of the report width', () => {
    expect(sniffDelimited(bytes('a;b;c;d;e;f\r\n'))).toBeNull();
    expect(sniffDelimited(bytes('просто текст\nбез таблиці\n'))).toBeNull();
  });
});

describe('delimitedRows', () => {
  it('undoes RFC 4180 quoting: delimiters, doubled quotes and line breaks inside quotes', () => {
    expect(texts('1;"a;b";"say ""hi""";"two\nlines"\n', ';')).toEqual([['1', 'a;b', 'say "hi"', 'two\nlines']]);
  });
  it('places each row at the line it starts on', () => {
    const rows = [...delimitedRows('a,"b\nc\nd",e\r\nf,g,h\r\n', ',')];
    expect(rows.map((r) => r.source.line)).toEqual([1, 4]);
  });
  it('keeps text after a closing quote, as spreadsheets do, and empty fields', () => {
    expect(texts('"a"b,,c\n', ',')).toEqual([['ab', '', 'c']]);
  });
  it('reads a cell holding HTML elements as markup, and plain text as it is', () => {
    const [row] = [...delimitedRows('<b>Освіта</b> і наука,a < b\n', ',')];
    expect(row?.cells[0]?.runs.map((r) => [r.text, r.bold])).toEqual([
      ['Освіта', true],
      ['і наука', false],
    ]);
    expect(row?.cells[1]?.text).toBe('a < b');
  });
  it('decodes character references as the text export does, and keeps an ampersand that starts none', () => {
    // Found by the fuzz test: «&#1046;» in a quoted tab file came out as the six characters, not «Ж».
    expect(texts('"a\nb"\t&#1046;\tR&amp;D\tR & D;\n', '\t')).toEqual([['a\nb', 'Ж', 'R&D', 'R & D;']]);
  });
  it('drops a BOM and a CR before the line end', () => {
    expect(texts('\uFEFFa;b\r\n', ';')).toEqual([['a', 'b']]);
  });
  it('refuses a row with more cells than the limit', () => {
    const limits = { maxLineLength: 1000, maxCellsPerRow: 3, maxDepth: 100 };
    expect(() => [...delimitedRows('a;b;c;d\n', ';', limits)]).toThrow(/line 1: the number of cells/);
  });
});
