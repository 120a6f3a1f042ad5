import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/read/decode-text.js';
import { detectFormat } from '../../src/read/detect-format.js';
import { InputError } from '../../src/errors.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('detectFormat', () => {
  it('knows formats by their magic bytes, whatever the name says', () => {
    expect(detectFormat(bytes('%PDF-1.7\n'), 'report.txt')).toBe('pdf');
    expect(detectFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'x.docx')).toBe('doc');
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes('[Content_Types].xml word/document.xml')]))).toBe('docx');
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'a.zip')).toBe('zip');
  });
  it('tells HTML from the tab-separated export', () => {
    expect(detectFormat(bytes('<!DOCTYPE html><html><body><table>'))).toBe('html');
    expect(detectFormat(bytes('\ufeff  <table><tr><td>1</td></tr></table>'))).toBe('html');
    expect(detectFormat(bytes('**Інформація**\n1\t<b>Освіта</b>\t\t\n'))).toBe('text');
  });
  it('calls NUL-laden data binary, but not UTF-16 text', () => {
    expect(detectFormat(new Uint8Array([1, 0, 2, 0, 3]))).toBe('binary');
    expect(detectFormat(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe('text');
  });
});

describe('decodeText', () => {
  it('honours BOMs and reports the encoding', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Житомир')]))).toEqual({ text: 'Житомир', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x04, 0x16]))).toEqual({ text: 'Ж', encoding: 'utf-16be' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x16, 0x04]))).toEqual({ text: 'Ж', encoding: 'utf-16le' });
  });
  it('refuses bytes that are not UTF-8 unless told the encoding', () => {
    expect(() => decodeText(new Uint8Array([0xc6, 0xe8]))).toThrow(InputError);
    expect(decodeText(new Uint8Array([0xc6, 0xe8]), 'windows-1251')).toEqual({ text: 'Жи', encoding: 'windows-1251' });
    expect(() => decodeText(new Uint8Array([0x41]), 'no-such-encoding')).toThrow(/unknown encoding/);
  });
});
