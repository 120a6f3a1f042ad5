// Format by content: magic bytes first, then markup; the file name is only a hint.
// Markup is looked for past what producers put before it: a byte-order mark, UTF-16,
// an XML declaration, comments (a browser's «saved from url»), a doctype, blank lines.
export type DetectedFormat = 'text' | 'html' | 'docx' | 'pdf' | 'doc' | 'zip' | 'binary' | 'report-json';

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  magic.every((b, i) => bytes[at + i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // legacy .doc and other OLE files
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

export function detectFormat(bytes: Uint8Array, nameHint?: string | null): DetectedFormat {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, OLE)) return 'doc';
  if (startsWith(bytes, ZIP)) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
    return head.includes('word/') || head.includes('[Content_Types].xml') || /\.docx$/i.test(nameHint ?? '')
      ? 'docx'
      : 'zip';
  }
  // Text-like from here. NUL bytes outside UTF-16 mean binary.
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  const utf16 = utf16Of(sample) !== null;
  if (!utf16 && sample.includes(0)) return 'binary';
  const head = headText(sample);
  if (HTML_START.test(head.replace(PROLOGUE, ''))) return 'html';
  // A report this tool wrote earlier (diff reads those too).
  if (/^\s*\{\s*"schemaVersion"\s*:/.test(head)) return 'report-json';
  return 'text';
}
