// OOXML read by namespace, not by prefix: parts as ElementTree, Strict OOXML and hand-written
// producers write them. The expected names are the namespaces' own (w:, r:), written by hand.
import { describe, expect, it } from 'vitest';
import { parseOoxml } from '../../../src/rows/docx/namespaces.js';
import { count, partText, toggle, underlineOn } from '../../../src/rows/docx/ooxml.js';

const MAIN = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Each element as «name attr=value …», and each text, in order. */
const events = (xml: string) => {
  const out: string[] = [];
  parseOoxml(xml, {
    onopentag: (name, a) => out.push([name, ...Object.entries(a).map(([k, v]) => `${k}=${v}`)].join(' ')),
    onclosetag: (name) => out.push(`/${name}`),
    ontext: (t) => out.push(`«${t}»`),
  });
  return out;
};

describe('parseOoxml', () => {
  it('reads ElementTree’s ns0: and a default namespace as w:, attributes too', () => {
    expect(events(`<ns0:p xmlns:ns0="${MAIN}"><ns0:r ns0:rsid="1"><ns0:t>а</ns0:t></ns0:r></ns0:p>`)).toEqual([
      `w:p xmlns:ns0=${MAIN}`,
      'w:r w:rsid=1',
      'w:t',
      '«а»',
      '/w:t',
      '/w:r',
      '/w:p',
    ]);
    expect(events(`<p xmlns="${STRICT}"><t val="1">б</t></p>`)).toEqual([
      `w:p xmlns=${STRICT}`,
      'w:t val=1',
      '«б»',
      '/w:t',
      '/w:p',
    ]);
  });
  it('scopes a declaration to its element: a sibling after it reads the outer mapping again', () => {
    const xml =
      `<w:body xmlns:w="${MAIN}"><x:tbl xmlns:x="${MAIN}"><x:tc/></x:tbl>` +
      `<x:tbl xmlns:x="urn:other"><x:tc/></x:tbl><w:p/></w:body>`;
    expect(events(xml).filter((e) => !e.startsWith('/'))).toEqual([
      `w:body xmlns:w=${MAIN}`,
      `w:tbl xmlns:x=${MAIN}`,
      'w:tc',
      'x:tbl xmlns:x=urn:other',
      'x:tc',
      'w:p',
    ]);
  });
  it('keeps an unknown namespace’s prefix, and a default namespace it does not know leaves names bare', () => {
    expect(events('<a:b xmlns:a="urn:unknown" a:c="1"/>')).toEqual(['a:b xmlns:a=urn:unknown a:c=1', '/a:b']);
    expect(events('<b xmlns="urn:unknown"><c/></b>')).toEqual(['b xmlns=urn:unknown', 'c', '/c', '/b']);
  });
  it('renames a prefix mapped to another known one (r: declared as rel:)', () => {
    expect(events(`<w:x xmlns:w="${MAIN}" xmlns:rel="${REL}" rel:id="rId5"/>`)).toEqual([
      `w:x xmlns:w=${MAIN} xmlns:rel=${REL} r:id=rId5`,
      '/w:x',
    ]);
  });
});

describe('OOXML attribute values', () => {
  it('reads an on/off property as on unless its value says off', () => {
    const vals = (...values: Array<string | undefined>): Array<Record<string, string>> =>
      values.map((v): Record<string, string> => (v === undefined ? {} : { 'w:val': v }));
    expect(vals(undefined, '1', 'true', 'on').map((a) => toggle(a))).toEqual([true, true, true, true]);
    expect(vals('0', 'false', 'off').map((a) => toggle(a))).toEqual([false, false, false]);
    expect(vals(undefined, 'single', 'none').map((a) => underlineOn(a))).toEqual([true, true, false]);
  });
  it('reads a count of zero or more, at most 1,000, else the fallback', () => {
    expect([
      count({ 'w:val': '3' }, 1),
      count({ 'w:val': '0' }, 1),
      count({ 'w:val': '5000' }, 1),
      count({ 'w:val': '-2' }, 1),
      count({ 'w:val': 'x' }, 1),
      count({}, 7),
    ]).toEqual([3, 0, 1000, 1, 1, 7]);
  });
  it('reads a part in UTF-16 by its byte-order mark, either byte order, else UTF-8', () => {
    const text = '<w:t>Ґанок</w:t>';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    expect([partText(le), partText(be), partText(Buffer.from(text))]).toEqual([text, text, text]);
    // «я» (0xFF) then «ю» (0xFE) in a one-byte encoding is no byte-order mark.
    expect(partText(Buffer.from([0xff, 0x41]))).toBe('\uFFFDA');
    expect(partText(Buffer.from([0x41, 0xfe, 0x42]))).toBe('A\uFFFDB');
    expect(partText(Buffer.from([0xfe, 0x41]))).toBe('\uFFFDA');
    expect(partText(Buffer.from([0x41, 0xff, 0x42]))).toBe('A\uFFFDB');
  });
});
