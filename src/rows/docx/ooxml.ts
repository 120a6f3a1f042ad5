// Small helpers for WordprocessingML attributes, shared by the DOCX part readers.

/** An on/off property (`<w:b/>`, `<w:b w:val="0"/>`): on unless its value says off. */
export function toggle(attribs: Record<string, string>): boolean {
  const value = attribs['w:val'];
  return value === undefined || !['0', 'false', 'off'].includes(value);
}

/** Underline (`<w:u w:val="single"/>`): on unless its value is `none`. */
export function underlineOn(attribs: Record<string, string>): boolean {
  return attribs['w:val'] !== 'none';
}

/** A positive whole-number value (`w:gridSpan`, `w:gridBefore`), capped against absurd spans. */
export function count(attribs: Record<string, string>, fallback: number): number {
  const n = Number.parseInt(attribs['w:val'] ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, 1000) : fallback;
}

/** An XML part as text: UTF-8, or UTF-16 when it starts with a byte-order mark. */
export function partText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return bytes.toString('utf8');
}
