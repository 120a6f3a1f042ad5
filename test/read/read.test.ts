import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/read/decode-text.js';
import { detectFormat } from '../../src/read/detect-format.js';
import { InputError } from '../../src/errors.js';
import { ROOT } from '../helpers.js';

const bytes = (s: string) => new TextEncoder().encode(s);
// Windows-1251 for Ukrainian letters: А-я are 0xC0-0xFF; the rest from a small table.
const CP1251_EXTRA: Record<string, number> = {
  І: 0xb2,
  і: 0xb3,
  Ї: 0xaf,
  ї: 0xbf,
  Є: 0xaa,
  є: 0xba,
  Ґ: 0xa5,
  ґ: 0xb4,
  ' ': 0x20,
  '-': 0x2d,
};
function encodeCp1251(s: string): Uint8Array {
  return new Uint8Array(
    [...s].map(
      (ch) =>
        CP1251_EXTRA[ch] ??
        (ch >= 'А' && ch <= 'я' ? (ch.codePointAt(0) as number) - 0x410 + 0xc0 : (ch.codePointAt(0) as number)),
    ),
  );
}

describe('detectFormat', () => {
  it('knows formats by their magic bytes, whatever the name says', () => {
    expect(detectFormat(bytes('%PDF-1.7\n'), 'report.txt')).toBe('pdf');
    expect(detectFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'x.docx')).toBe('ole');
    expect(detectFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'x.doc')).toBe('doc');
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'a.zip')).toBe('zip');
  });
  it('tells ZIP packages by their parts, not by their names', () => {
    const zip = (parts: Record<string, string>, level: 0 | 6 = 6) =>
      zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, [strToU8(v), { level }]])));
    // Excel writes [Content_Types].xml first, as Word does: the parts decide.
    expect(detectFormat(zip({ '[Content_Types].xml': '<x/>', 'word/document.xml': '<x/>' }), 'q.xlsx')).toBe('docx');
    expect(detectFormat(zip({ '[Content_Types].xml': '<x/>', 'xl/workbook.xml': '<x/>' }), 'q.docx')).toBe('xlsx');
    const odf = (type: string) => zip({ mimetype: type, 'content.xml': '<x/>', 'META-INF/manifest.xml': '<x/>' }, 0);
    expect(detectFormat(odf('application/vnd.oasis.opendocument.text'), 'q.docx')).toBe('odt');
    expect(detectFormat(odf('application/vnd.oasis.opendocument.spreadsheet'))).toBe('ods');
    expect(detectFormat(odf('application/vnd.oasis.opendocument.presentation'))).toBe('zip');
    expect(detectFormat(zip({ 'a.txt': 'x' }), 'q.xlsx')).toBe('zip');
    // No directory (cut short): the name says which reader should say it is truncated.
    expect(detectFormat(zip({ 'xl/workbook.xml': '<x/>' }).subarray(0, 40), 'q.xlsx')).toBe('xlsx');
  });
  it('tells OLE2 files by their streams: Word, Excel, or neither', () => {
    const ole = (stream: string) =>
      new Uint8Array([
        0xd0,
        0xcf,
        0x11,
        0xe0,
        0xa1,
        0xb1,
        0x1a,
        0xe1,
        ...Buffer.from(`Root Entry\0${stream}\0`, 'utf16le'),
      ]);
    expect(detectFormat(ole('WordDocument'), 'x.xls')).toBe('doc');
    expect(detectFormat(ole('Workbook'), 'x.doc')).toBe('xls');
    expect(detectFormat(ole('Book'))).toBe('xls');
    expect(detectFormat(ole('PowerPoint Document'))).toBe('ole');
  });
  it('tells RTF and flat OpenDocument by their start', () => {
    expect(detectFormat(bytes('{\\rtf1\\ansi\\ansicpg1251 x}'), 'x.txt')).toBe('rtf');
    const flat = (type: string) =>
      bytes(`<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office="o" office:mimetype="${type}">`);
    expect(detectFormat(flat('application/vnd.oasis.opendocument.text'))).toBe('flat-odt');
    expect(detectFormat(flat('application/vnd.oasis.opendocument.spreadsheet'))).toBe('flat-ods');
  });
  it('tells HTML from the tab-separated export', () => {
    expect(detectFormat(bytes('<!DOCTYPE html><html><body><table>'))).toBe('html');
    expect(detectFormat(bytes('\ufeff  <table><tr><td>1</td></tr></table>'))).toBe('html');
    expect(detectFormat(bytes('**Інформація**\n1\t<b>Освіта</b>\t\t\n'))).toBe('text');
  });
  it('looks past what producers write before the markup', () => {
    // A browser's «Save as», an XHTML serialiser, a comment, a processing instruction.
    expect(detectFormat(bytes('<!-- saved from url=(0014)about:internet -->\r\n<html><body>'))).toBe('html');
    expect(detectFormat(bytes('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html lang="uk">'))).toBe(
      'html',
    );
    expect(
      detectFormat(
        bytes(
          '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">\n<html xmlns="http://www.w3.org/1999/xhtml">',
        ),
      ),
    ).toBe('html');
    expect(detectFormat(bytes('<!-- a --><!-- b -->\n\n<meta charset="utf-8"><title>Звіт</title>'))).toBe('html');
    // A text export whose first cell holds a comment is still text: markup must start the file.
    expect(detectFormat(bytes('<!-- x -->Інформація\t\n1\tЗавдання'))).toBe('text');
  });
  it('reads HTML in UTF-16, with or without a byte-order mark', () => {
    const page = '<!DOCTYPE html><html><body><table>';
    expect(detectFormat(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]))).toBe('html');
    expect(detectFormat(Buffer.from(page, 'utf16le'))).toBe('html');
    expect(detectFormat(Buffer.from(page, 'utf16le').swap16())).toBe('html');
    expect(detectFormat(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(page, 'utf16le').swap16()]))).toBe(
      'html',
    );
  });
  it('decodes BOM-less UTF-16 HTML', async () => {
    expect(await decodeText(Buffer.from('<html>Звіт', 'utf16le'))).toEqual({
      text: '<html>Звіт',
      encoding: 'utf-16le',
    });
  });
  it('calls NUL-laden data binary, but not UTF-16 text', () => {
    expect(detectFormat(new Uint8Array([1, 0, 2, 0, 3]))).toBe('binary');
    expect(detectFormat(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe('text');
  });
});

describe('decodeText', () => {
  it('honours BOMs and reports the encoding', async () => {
    expect(await decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Житомир')]))).toEqual({
      text: 'Житомир',
      encoding: 'utf-8',
    });
    expect(await decodeText(new Uint8Array([0xfe, 0xff, 0x04, 0x16]))).toEqual({ text: 'Ж', encoding: 'utf-16be' });
    expect(await decodeText(new Uint8Array([0xff, 0xfe, 0x16, 0x04]))).toEqual({ text: 'Ж', encoding: 'utf-16le' });
  });
  it('detects Windows-1251 without a BOM, and obeys an explicit encoding', async () => {
    const text =
      'Інформація про виконання завдань та заходів Програми соціально-економічного і культурного розвитку Житомирської міської територіальної громади';
    const encoded = encodeCp1251(text);
    expect(await decodeText(encoded)).toEqual({ text, encoding: 'windows-1251' });
    expect(await decodeText(new Uint8Array([0xc6, 0xe8]), 'windows-1251')).toEqual({
      text: 'Жи',
      encoding: 'windows-1251',
    });
    await expect(decodeText(encoded, 'utf-8')).rejects.toThrow(InputError);
    await expect(decodeText(new Uint8Array([0x41]), 'no-such-encoding')).rejects.toThrow(/unknown encoding/);
  });
});

describe('decodeText for markup: the declared encoding, in the order browsers use', () => {
  const page = (meta: string, body: string) =>
    new Uint8Array([
      ...bytes(`<html><head>${meta}<style>${'p.MsoNormal{margin:0cm}'.repeat(200)}</style></head><body><p>`),
      ...encodeCp1251(body),
      ...bytes('</p></body></html>'),
    ]);
  it('reads a Word web page in windows-1251 by its http-equiv meta, however ASCII the rest', async () => {
    const bytesOf = page('<meta http-equiv=Content-Type content="text/html; charset=windows-1251">', 'Житомир');
    const decoded = await decodeText(bytesOf, undefined, { markup: true });
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.text).toContain('<p>Житомир</p>');
    expect(decoded.contradicted).toBeUndefined();
  });
  it('takes any WHATWG label (<meta charset=cp1251>)', async () => {
    const decoded = await decodeText(page('<meta charset=cp1251>', 'Житомир'), undefined, { markup: true });
    expect([decoded.encoding, decoded.text.includes('Житомир')]).toEqual(['windows-1251', true]);
  });
  it('reads UTF-8 bytes as UTF-8 under a one-byte declaration, and says the declaration is contradicted', async () => {
    const utf8 = bytes('<html><head><meta charset="windows-1251"></head><body>Житомир</body></html>');
    const decoded = await decodeText(utf8, undefined, { markup: true });
    expect([decoded.encoding, decoded.contradicted]).toEqual(['utf-8', { declared: 'windows-1251', read: 'utf-8' }]);
  });
  it('ignores a declaration in a text file (only markup declares)', async () => {
    const export1251 = readFileSync(`${ROOT}fixtures/zhytomyr-2023-9m.cp1251.txt`);
    const text = new Uint8Array([...bytes('<meta charset=koi8-u>\n'), ...export1251]);
    expect((await decodeText(text)).encoding).toBe('windows-1251');
    expect((await decodeText(text, undefined, { markup: true })).encoding).toBe('koi8-u');
  });
  it('refuses Cyrillic that decodes as windows-1252 (Ïð³îðèòåò), naming windows-1251', async () => {
    const body = 'Проведено ремонт доріг та тротуарів у місті, з них на вулиці Київській і в парку. '.repeat(5);
    const wrong = page('<meta charset="windows-1252">', body);
    await expect(decodeText(wrong, undefined, { markup: true })).rejects.toThrow(/--encoding windows-1251/);
  });
  it('does not take noise for Cyrillic in the wrong encoding', async () => {
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) % 251);
    const decoded = await decodeText(noise, 'windows-1252').catch((e: Error) => e);
    expect(decoded).not.toBeInstanceOf(Error);
    const guessed = await decodeText(noise).catch((e: Error) => e.message);
    expect(String(guessed)).not.toMatch(/Cyrillic in windows-1251/);
  });
});
