// Format by content: magic bytes first, then markup; the file name is only a hint.
export type DetectedFormat = 'text' | 'html' | 'docx' | 'pdf' | 'doc' | 'zip' | 'binary' | 'report-json';

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  magic.every((b, i) => bytes[at + i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // legacy .doc and other OLE files
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<table[\s>]|<meta[\s>])/i;

export function detectFormat(bytes: Uint8Array, nameHint?: string | null): DetectedFormat {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, OLE)) return 'doc';
  if (startsWith(bytes, ZIP)) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
    return head.includes('word/') || head.includes('[Content_Types].xml') || /\.docx$/i.test(nameHint ?? '') ? 'docx' : 'zip';
  }
  // Text-like from here. NUL bytes outside UTF-16 mean binary.
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  const utf16 = (sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff);
  if (!utf16 && sample.includes(0)) return 'binary';
  const head = new TextDecoder('utf-8').decode(sample).replace(/^\uFEFF/, '');
  if (HTML_START.test(head)) return 'html';
  // A report this tool wrote earlier (diff reads those too).
  if (/^\s*\{\s*"schemaVersion"\s*:/.test(head)) return 'report-json';
  return 'text';
}
