// Word files: mammoth turns the document into HTML (merged cells become colspan and
// rowspan, bold becomes <strong>), then the HTML reader takes over. Rows are
// numbered in document order, as a .docx has no lines.
import { InputError } from '../errors.js';
import { DEFAULT_LIMITS, type Limits } from '../read/limits.js';
import { checkZip } from '../read/zip-guard.js';
import { htmlToRows } from './html-rows.js';
import type { Row } from './row.js';

export async function docxToRows(bytes: Uint8Array, name: string, limits: Limits = DEFAULT_LIMITS): Promise<Row[]> {
  checkZip(bytes, name, limits.maxDocxBytes);
  // Imported here, not at the top: an import there would load mammoth for every format.
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  } catch (error) {
    throw new InputError(`${name}: corrupt or truncated DOCX (${firstLine(error)})`);
  }
  return await htmlToRows(html, { numbering: 'ordinal', name, maxCellsPerRow: limits.maxCellsPerRow });
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]?.replace(/\s+/g, ' ').trim() || 'unreadable';
}
