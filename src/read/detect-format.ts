// Format by content: magic bytes first, then markup; the file name is only a hint.
// Markup is looked for past what producers put before it: a byte-order mark, UTF-16,
// an XML declaration, comments (a browser's «saved from url»), a doctype, blank lines.
import { zipPaths } from './zip-guard.js';

export type DetectedFormat =
  | 'text'
  | 'html'
  | 'docx'
  | 'pdf'
  | 'odt'
  | 'ods'
  | 'xlsx'
  | 'rtf'
  | 'flat-odt'
  | 'flat-ods'
  | 'doc'
  | 'xls'
  | 'ole'
  | 'zip'
  | 'binary'
  | 'report-json';

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  magic.every((b, i) => bytes[at + i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // legacy .doc, .xls and other OLE files
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf
const HTML_START =
  /^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<table[\s>]|<meta[\s>]|<title[\s>]|<style[\s>])/i;
// What may stand before the first element: white space, an XML declaration or
// processing instruction, comments, a non-HTML doctype.
const PROLOGUE = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype(?!\s+html)[^>]*>)*/i;

/** The text encoding the bytes announce by a BOM, or by the NUL pattern of BOM-less UTF-16. */
export function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // ASCII markup in UTF-16 without a BOM: `<\0` or `\0<`.
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] !== 0x00 && bytes[3] === 0x00) return 'utf-16le';
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] !== 0x00) return 'utf-16be';
  return null;
}

function headText(sample: Uint8Array): string {
  const utf16 = utf16Of(sample);
  const text = new TextDecoder(utf16 ?? 'utf-8').decode(sample);
  return text.replace(/^\uFEFF/, '');
}

/** ODF's `mimetype` entry (stored first, uncompressed) or manifest media type → format. */
const ODF_TYPES: ReadonlyArray<readonly [string, DetectedFormat]> = [
  ['application/vnd.oasis.opendocument.text', 'odt'],
  ['application/vnd.oasis.opendocument.spreadsheet', 'ods'],
];

/** A ZIP by its parts: Word's and Excel's main parts, ODF's declared media type. */
function zipFormat(bytes: Uint8Array, nameHint: string | null | undefined): DetectedFormat {
  const paths = new Set(zipPaths(bytes));
  // No directory (truncated): the name says which reader should say so.
  if (paths.size === 0)
    return (/\.(docx|xlsx|odt|ods)$/i.exec(nameHint ?? '')?.[1]?.toLowerCase() as DetectedFormat) ?? 'zip';
  if ([...paths].some((p) => p.startsWith('word/'))) return 'docx';
  if ([...paths].some((p) => p.startsWith('xl/'))) return 'xlsx';
  if (paths.has('content.xml')) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 256)));
    return ODF_TYPES.find(([type]) => head.includes(type))?.[1] ?? 'zip';
  }
  return 'zip';
}

/** An OLE2 compound file by its streams, named in UTF-16 in its directory: Word's or Excel's. */
function oleFormat(bytes: Uint8Array, nameHint: string | null | undefined): DetectedFormat {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stream = (name: string) => buf.includes(Buffer.from(`${name}\0`, 'utf16le'));
  if (stream('WordDocument')) return 'doc';
  if (stream('Workbook') || stream('Book')) return 'xls';
  // A directory this cannot find (cut short): the name says what the file was meant to be.
  return (/\.(doc|xls)$/i.exec(nameHint ?? '')?.[1]?.toLowerCase() as DetectedFormat | undefined) ?? 'ole';
}

/**
 * Where the root element may start: past white space, an XML declaration and comments.
 * A scan, not a pattern: comments repeated under a `*` backtrack exponentially.
 */
function afterProlog(head: string): number {
  const skipSpace = (at: number) => {
    while (at < head.length && /\s/.test(head[at] as string)) at++;
    return at;
  };
  let at = skipSpace(0);
  if (head.startsWith('<?xml', at)) {
    const end = head.indexOf('?>', at);
    if (end < 0) return head.length;
    at = skipSpace(end + 2);
  }
  while (head.startsWith('<!--', at)) {
    const end = head.indexOf('-->', at + 4);
    if (end < 0) return head.length;
    at = skipSpace(end + 3);
  }
  return at;
}

/** Flat OpenDocument (one XML file): its root element and declared media type. */
function flatOdfFormat(head: string): DetectedFormat | null {
  if (!/^<office:document[\s>]/.test(head.slice(afterProlog(head)))) return null;
  if (head.includes('office:mimetype="application/vnd.oasis.opendocument.spreadsheet"')) return 'flat-ods';
  return 'flat-odt';
}

export function detectFormat(bytes: Uint8Array, nameHint?: string | null): DetectedFormat {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, OLE)) return oleFormat(bytes, nameHint);
  if (startsWith(bytes, ZIP)) return zipFormat(bytes, nameHint);
  if (startsWith(bytes, RTF)) return 'rtf';
  // Text-like from here. A NUL byte anywhere outside UTF-16 means binary (the whole file is
  // searched: one past the first 8 KB went into the data and the CSV).
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  const utf16 = utf16Of(sample) !== null;
  if (!utf16 && bytes.includes(0)) return 'binary';
  const head = headText(sample);
  const flat = flatOdfFormat(head);
  if (flat) return flat;
  if (HTML_START.test(head.replace(PROLOGUE, ''))) return 'html';
  // A report this tool wrote earlier (diff reads those too).
  if (/^\s*\{\s*"schemaVersion"\s*:/.test(head)) return 'report-json';
  return 'text';
}
