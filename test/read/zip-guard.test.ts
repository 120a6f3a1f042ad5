// The ZIP reader under DOCX, ODF and XLSX, on archives written by another implementation
// (fflate's zipSync) and by hand where a producer's odd record is needed. Expected contents are
// the bytes put in; the sizes and messages follow from the ZIP format (PKWARE APPNOTE 4.3) and
// the limit's definition.
import { deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readZip, zipPaths } from '../../src/read/zip-guard.js';

const text = (n: number, letter = 'а') => strToU8(letter.repeat(n));
/** Three entries: stored, deflated with an extra field and a comment, deflated plain; 40 + 600 + 900 bytes. */
const archive = () =>
  Buffer.from(
    zipSync({
      '[Content_Types].xml': [text(20), { level: 0 }],
      'word/document.xml': [text(300, 'б'), { level: 6, extra: { 28789: strToU8('xyz') }, comment: 'a note' }],
      'word/styles.xml': [text(450, 'в'), { level: 9 }],
    }),
  );
const all = () => true;
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('not refused');
};
/** The end-of-central-directory record: where it starts, and its fields. */
const eocdOf = (buf: Buffer) => buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));

describe('readZip', () => {
  it('returns the entries asked for with the bytes put in, past an entry with an extra field and a comment', () => {
    const kept = readZip(archive(), 'r.docx', 10_000, (p) => p !== 'word/document.xml');
    expect([...kept.keys()]).toEqual(['[Content_Types].xml', 'word/styles.xml']);
    expect(kept.get('[Content_Types].xml')).toEqual(Buffer.from(text(20)));
    expect(kept.get('word/styles.xml')).toEqual(Buffer.from(text(450, 'в')));
    expect(readZip(archive(), 'r.docx', 10_000)).toEqual(new Map());
  });

  it('inflates up to the limit counted over all entries, and refuses one byte less', () => {
    expect(readZip(archive(), 'r.docx', 1540, all).size).toBe(3);
    // One byte over: the inflater is allowed one byte past the budget, so the size is known.
    expect(refusal(() => readZip(archive(), 'r.docx', 1539, all))).toBe(
      'r.docx: decompressed DOCX is 0.0 MB; the limit is 0.0 MB (raise it with --max-docx-mb)',
    );
    // Far over: the inflater stops at the budget, and the entry is known only to be over.
    expect(refusal(() => readZip(archive(), 'r.docx', 1000, all))).toBe(
      'r.docx: decompressed DOCX is over the limit 0.0 MB (raise it with --max-docx-mb)',
    );
    // A stored entry is counted as it is.
    expect(refusal(() => readZip(archive(), 'r.xlsx', 39, all, 'XLSX'))).toBe(
      'r.xlsx: decompressed XLSX is 0.0 MB; the limit is 0.0 MB (raise it with --max-docx-mb)',
    );
  });

  it('reads an archive of no entries, its directory at the first byte', () => {
    const empty = Buffer.from(zipSync({}));
    expect(empty).toHaveLength(22);
    expect(readZip(empty, 'e.docx', 10)).toEqual(new Map());
    expect(zipPaths(empty)).toEqual([]);
  });

  it('finds the directory behind the longest archive comment a ZIP can have (65,535 bytes)', () => {
    const buf = archive();
    const at = eocdOf(buf);
    buf.writeUInt16LE(65_535, at + 20);
    const commented = Buffer.concat([buf, Buffer.alloc(65_535, 0x20)]);
    expect(readZip(commented, 'c.docx', 10_000, all).size).toBe(3);
    expect(zipPaths(commented)).toHaveLength(3);
  });

  it('names what is broken: no directory, a directory or an entry out of place, a method it cannot inflate', () => {
    const buf = archive();
    const at = eocdOf(buf);
    expect(refusal(() => readZip(buf.subarray(0, at), 'a.docx', 10_000))).toBe(
      'a.docx: corrupt or truncated DOCX (no ZIP directory)',
    );
    const pastEnd = Buffer.from(buf);
    pastEnd.writeUInt32LE(buf.length - 40, at + 16);
    expect(refusal(() => readZip(pastEnd, 'a.docx', 10_000))).toBe(
      'a.docx: corrupt or truncated DOCX (bad ZIP directory)',
    );
    const central = buf.readUInt32LE(at + 16);
    const badLocal = Buffer.from(buf);
    badLocal.writeUInt32LE(1, central + 42);
    expect(refusal(() => readZip(badLocal, 'a.odt', 10_000, all, 'ODT'))).toBe(
      'a.odt: corrupt or truncated ODT (bad ZIP entry)',
    );
    const outside = Buffer.from(buf);
    outside.writeUInt32LE(buf.length - 10, central + 42);
    expect(refusal(() => readZip(outside, 'a.docx', 10_000))).toBe('a.docx: corrupt or truncated DOCX (bad ZIP entry)');
    const bzip2 = Buffer.from(buf);
    bzip2.writeUInt16LE(12, central + 10);
    expect(refusal(() => readZip(bzip2, 'a.docx', 10_000))).toBe(
      'a.docx: corrupt DOCX (unsupported ZIP compression method 12)',
    );
  });

  it('refuses deflate data cut short, in words', () => {
    const cut = Buffer.from(zipSync({ 'a.xml': [text(2000), { level: 9 }] }));
    const central = cut.readUInt32LE(eocdOf(cut) + 16);
    // Claim the data is one byte long: the inflater ends before the stream does.
    cut.writeUInt32LE(1, central + 20);
    expect(refusal(() => readZip(cut, 'a.docx', 10_000, all))).toMatch(
      /^a\.docx: corrupt or truncated DOCX \(.*unexpected end of file.*\)$/,
    );
  });

  it('keeps an entry whose deflated data is exactly its compressed size, ending at the directory', () => {
    const body = deflateRawSync(Buffer.from(text(100)));
    expect(body.length).toBeGreaterThan(4);
    const kept = readZip(Buffer.from(zipSync({ 'x.xml': [text(100), { level: 9 }] })), 'x.docx', 200, all);
    expect(kept.get('x.xml')).toEqual(Buffer.from(text(100)));
  });
});

describe('zipPaths', () => {
  it('lists every entry in directory order, past extra fields and comments, inflating nothing', () => {
    expect(zipPaths(archive())).toEqual(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']);
  });
  it('stops where the directory stops: more entries claimed than written, or a directory cut short', () => {
    const buf = archive();
    const at = eocdOf(buf);
    const claimsMore = Buffer.from(buf);
    claimsMore.writeUInt16LE(9, at + 10);
    expect(zipPaths(claimsMore)).toHaveLength(3);
    const late = Buffer.from(buf);
    late.writeUInt32LE(at - 30, at + 16);
    expect(zipPaths(late)).toEqual([]);
    expect(zipPaths(Buffer.from('not a zip'))).toEqual([]);
  });
});
