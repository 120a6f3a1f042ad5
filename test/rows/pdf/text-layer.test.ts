// What a PDF's text layer says about itself: a few glyphs mapped to letters of another
// script inside Ukrainian text are named, with their page and the words around them.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from 'zhyt-report';
import type { PageContent, TextItem } from '../../../src/rows/pdf/page-grid.js';
import { checkTextLayer } from '../../../src/rows/pdf/text-layer.js';

const t = (text: string, x: number, y: number): TextItem => ({
  text,
  x,
  y,
  width: 5 * text.length,
  fontSize: 10,
  bold: false,
});
const PROSE = 'та в на з для що за від по не про Житомирської міської ради проведено конкурс бізнес-ідей';
const page = (n: number, ...items: TextItem[]): PageContent => ({
  page: n,
  lines: [],
  items: [...Array.from({ length: 8 }, (_, k) => t(PROSE, 40, 700 - 12 * k)), ...items],
});

describe('glyphs mapped to foreign letters', () => {
  it('names the page, the words around the first, and each such character', () => {
    const notices = checkTextLayer(
      [
        page(1),
        page(2, t('студентів університету O', 40, 500), t('昀昀', 160, 500), t('Fake, які працюють', 170, 500)),
      ],
      'report.pdf',
    );
    expect(notices).toEqual([
      {
        code: 'glyphs-unmapped',
        details: { page: 2, sample: 'університету O昀昀Fake, які працюють', chars: '«昀» (U+6600)' },
        source: { page: 2 },
      },
    ]);
  });

  it('takes Latin, Greek, digits and the replacement character for what they are', () => {
    const notices = checkTextLayer([page(1, t('Deutsche Gesellschaft für α-частинки 1325', 40, 500))], 'r.pdf');
    expect(notices).toEqual([]);
    const replaced = checkTextLayer([page(1, t('Житомир\uFFFDська', 40, 500))], 'r.pdf');
    expect(replaced.map((n) => n.details.chars)).toEqual(['«\uFFFD» (U+FFFD)']);
  });

  it('warns of them in a Ghostscript re-distilled print, whose «ff» maps to «昀»', async () => {
    const file = fileURLToPath(
      new URL('../../../fixtures/pdf-matrix/60-lo-html-gs-dotted-a3-portrait.pdf', import.meta.url),
    );
    const report = await parseReport(file);
    const found = report.diagnostics.filter((d) => d.code === 'glyphs-unmapped');
    expect(found.map((d) => [d.severity, d.source?.page])).toEqual([['warning', 1]]);
    expect(found[0]?.message).toContain('O昀昀Fake');
  });
});
