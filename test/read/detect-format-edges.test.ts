// Format detection at its edges: the bytes a producer writes first (BOMs, UTF-16 without one,
// declarations and comments before the root element), built here byte by byte; the expected
// format is what the file is.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectFormat, utf16Of } from '../../src/read/detect-format.js';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());
const FLAT = '<office:document xmlns:office="o" office:mimetype="application/vnd.oasis.opendocument.text">';

describe('utf16Of', () => {
  it('knows UTF-16 by its BOM, or ASCII markup by where its NUL bytes are', () => {
    expect(utf16Of(Uint8Array.of(0xff, 0xfe, 0x41, 0))).toBe('utf-16le');
    expect(utf16Of(Uint8Array.of(0xfe, 0xff, 0, 0x41))).toBe('utf-16be');
    expect(utf16Of(le('<html>'))).toBe('utf-16le');
    expect(utf16Of(be('<html>'))).toBe('utf-16be');
  });
  it('takes no UTF-8 or one-byte text for UTF-16, whatever its first byte', () => {
    // «я» 0xFF and «ю» 0xFE in windows-1251; «<» then a letter in UTF-8.
    expect(utf16Of(Uint8Array.of(0xff, 0xea, 0x3c, 0))).toBeNull();
    expect(utf16Of(Uint8Array.of(0xfe, 0xf0, 0, 0x3c))).toBeNull();
    expect(utf16Of(Uint8Array.of(0x3c, 0x00, 0x00, 0x00))).toBeNull();
    expect(utf16Of(Uint8Array.of(0x3c, 0x00, 0x41, 0x41))).toBeNull();
    expect(utf16Of(Uint8Array.of(0x3c, 0x41, 0x41, 0x00))).toBeNull();
    expect(utf16Of(Uint8Array.of(0x00, 0x3c, 0x00, 0x00))).toBeNull();
    expect(utf16Of(Uint8Array.of(0x00, 0x3c, 0x41, 0x41))).toBeNull();
    expect(utf16Of(Uint8Array.of(0x41, 0x3c, 0x00, 0x41))).toBeNull();
    expect(utf16Of(bytes('<table>'))).toBeNull();
  });
});

describe('detectFormat: text-like files', () => {
  it('reads HTML in UTF-16 either way, with a BOM or without', () => {
    expect(detectFormat(le('\ufeff<html><body>'))).toBe('html');
    expect(detectFormat(be('\ufeff<html><body>'))).toBe('html');
    expect(detectFormat(le('<table><tr>'))).toBe('html');
    expect(detectFormat(be('<table><tr>'))).toBe('html');
  });
  it('finds flat OpenDocument past an XML declaration, comments and white space', () => {
    expect(detectFormat(bytes(`<?xml version="1.0"?>\n<!-- a -->\n<!-- b -->  ${FLAT}`))).toBe('flat-odt');
    expect(detectFormat(bytes(`<!--a-->${FLAT}`))).toBe('flat-odt');
    expect(detectFormat(bytes(`${FLAT.replace('<office:document ', '<office:document>')}`))).toBe('flat-odt');
    expect(detectFormat(bytes('<office:document-content xmlns:office="o">'))).toBe('text');
  });
  it('is not fooled by a declaration or a comment never closed', () => {
    expect(detectFormat(bytes(`<?xml version="1.0" ${FLAT}`))).toBe('text');
    expect(detectFormat(bytes(`<!-- never closed ${FLAT}`))).toBe('text');
    expect(detectFormat(bytes(`<!--->${FLAT}`))).toBe('text');
    expect(detectFormat(bytes(`<!---->${FLAT}`))).toBe('flat-odt');
  });
  it('knows a report JSON of this tool by its first key, white space allowed', () => {
    expect(detectFormat(bytes('{"schemaVersion":"2.0.0"}'))).toBe('report-json');
    expect(detectFormat(bytes(' \n{\n  "schemaVersion" : "2.0.0"}'))).toBe('report-json');
    expect(detectFormat(bytes('{"report":{"schemaVersion":"2.0.0"}}'))).toBe('text');
    expect(detectFormat(bytes('x{"schemaVersion":1}'))).toBe('text');
    expect(detectFormat(bytes('{"schemaVersionX":1}'))).toBe('text');
    expect(detectFormat(bytes('\t{\t"schemaVersion"\t:1}'))).toBe('report-json');
  });
  it('calls a NUL past the first 8 KB binary, and a text of the first 8 KB text', () => {
    const text = 'а\tб\n'.repeat(3000);
    expect(detectFormat(bytes(text))).toBe('text');
    expect(detectFormat(new Uint8Array([...bytes(text), 0]))).toBe('binary');
  });
});

describe('detectFormat: packages', () => {
  it('reads the ODF media type from the stored mimetype at the start, not from later bytes', () => {
    const odf = (first: Record<string, [Uint8Array, { level: 0 }]>) =>
      zipSync({ ...first, 'content.xml': [strToU8('<x/>'), { level: 0 }] });
    const type = strToU8('application/vnd.oasis.opendocument.spreadsheet');
    expect(detectFormat(odf({ mimetype: [type, { level: 0 }] }))).toBe('ods');
    // The media type 300 bytes in: past where ODF puts it, so not an ODF package.
    expect(
      detectFormat(odf({ [`${'p'.repeat(300)}.xml`]: [strToU8('x'), { level: 0 }], mimetype: [type, { level: 0 }] })),
    ).toBe('zip');
  });
});
