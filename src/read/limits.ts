// Limits that keep hostile or broken input from exhausting the machine. Each has a
// flag to raise it; the defaults are far above any real release (the sample is
// 0.2 MB, 255 lines of at most 1,650 characters) and above the benchmark's 55 MB report.
import { InputError } from '../errors.js';

export interface Limits {
  /** Input size in bytes. */
  maxInputBytes: number;
  /** Total decompressed size of a DOCX's parts in bytes (zip bombs). */
  maxDocxBytes: number;
  /** Pages of a PDF. */
  maxPdfPages: number;
  /** Characters in one line of a text report. */
  maxLineLength: number;
  /** Cells in one table row. */
  maxCellsPerRow: number;
  /** Elements nested in one another: HTML, the markup of a cell, DOCX XML. */
  maxDepth: number;
}

const MB = 1024 * 1024;

// Sized so that a report at any of them is read within 20 s on two cores (docs/safety.md):
// 64 MB of text 14 s, of HTML 16 s; 128 MB of DOCX XML 18 s; 2,500 PDF pages 16.8 s. At 512 MB
// a text took 110 s and at 5,000 pages a PDF 35 s, with no real release within a hundredth.
export const DEFAULT_LIMITS: Limits = {
  maxInputBytes: 64 * MB,
  maxDocxBytes: 128 * MB,
  maxPdfPages: 2500,
  maxLineLength: 200_000,
  maxCellsPerRow: 64,
  // Word, LibreOffice and browsers nest a report's markup 10 to 40 deep. The parser
  // keeps its open elements in an array it shifts at the front, so depth costs time
  // quadratically (200,000 nested <b>: 105 s, then a stack overflow in serialising).
  maxDepth: 1000,
};

/** The flag that raises each limit, for the messages. */
export const LIMIT_FLAGS: Record<keyof Limits, string> = {
  maxInputBytes: '--max-input-mb',
  maxDocxBytes: '--max-docx-mb',
  maxPdfPages: '--max-pages',
  maxLineLength: '--max-line-length',
  maxCellsPerRow: '--max-cells',
  maxDepth: '--max-depth',
};

const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

/** `value` null: only known to be over the limit (a stream cut short). */
export function limitError(limit: keyof Limits, what: string, value: number | null, max: number): InputError {
  const show =
    limit === 'maxInputBytes' || limit === 'maxDocxBytes'
      ? (n: number) => mb(n)
      : (n: number) => n.toLocaleString('en-US');
  const is = value === null ? 'is over the limit' : `is ${show(value)}; the limit is`;
  return new InputError(`${what} ${is} ${show(max)} (raise it with ${LIMIT_FLAGS[limit]})`);
}

export function withDefaults(limits: Partial<Limits> = {}): Limits {
  return { ...DEFAULT_LIMITS, ...Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined)) };
}

/** How deep markup may nest, and what to call it in the refusal (`report.html: the nesting of elements`). */
export interface DepthLimit {
  max: number;
  what: string;
}

/**
 * Counts nesting as a streaming parser opens and closes elements (htmlparser2 also
 * reports the elements it closes implicitly), and refuses the input one element past
 * the limit, before the parser's cost grows with depth.
 */
export class DepthGuard {
  private depth = 0;
  constructor(private readonly limit: DepthLimit) {}
  open(): void {
    if (++this.depth > this.limit.max) throw limitError('maxDepth', this.limit.what, null, this.limit.max);
  }
  close(): void {
    if (this.depth > 0) this.depth--;
  }
}
