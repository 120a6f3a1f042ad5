import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/read/decode-text.js';
import { detectFormat } from '../../src/read/detect-format.js';
import { InputError } from '../../src/errors.js';

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
    expect(detectFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'x.docx')).toBe('doc');
    expect(
      detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes('[Content_Types].xml word/document.xml')])),
    ).toBe('docx');
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'a.zip')).toBe('zip');
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
