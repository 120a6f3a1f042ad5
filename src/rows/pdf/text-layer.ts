// A PDF whose pages hold no text is a scan, whichever engine read it.
import { InputError } from '../../errors.js';
import type { PageContent } from './page-grid.js';

/** Refused, as OCR is out of scope. */
export function checkTextLayer(pages: readonly PageContent[], name: string): void {
  if (pages.every((p) => p.items.every((item) => item.text.trim() === ''))) {
    throw new InputError(`${name}: scanned PDF: no text layer; OCR is not supported`);
  }
}
