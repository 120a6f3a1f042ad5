// The PDF engines behind the PageBuilder interface, each loaded only when used.
import type { PageShare } from './extract.js';
import type { PageContent } from './page-grid.js';

export type PdfEngine = 'pdfjs' | 'pdfium';

export async function extractWith(
  engine: PdfEngine,
  bytes: Uint8Array,
  name: string,
  maxPages: number,
  share: PageShare = { index: 0, count: 1 },
): Promise<PageContent[]> {
  if (engine === 'pdfium') {
    const { extractPagesWithPdfium } = await import('./pdfium-engine.js');
    return extractPagesWithPdfium(bytes, name, maxPages, share);
  }
  const { extractPages } = await import('./extract.js');
  return extractPages(bytes, name, maxPages, share);
}

/** Loads an engine ahead of its first document (a reader thread warming up). */
export async function loadEngine(engine: PdfEngine): Promise<void> {
  if (engine === 'pdfium') {
    const { loadPdfium } = await import('./pdfium-binding.js');
    await loadPdfium();
  } else {
    const { loadPdfJs } = await import('./extract.js');
    await loadPdfJs();
  }
}
