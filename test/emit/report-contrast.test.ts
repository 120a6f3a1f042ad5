// Issue 27: counts drawn on the status bars of the report's charts must be readable
// (WCAG 2.x: at least 4.5:1). The ratio is computed here from the definition, apart
// from the code's own (src/emit/html/contrast.ts), for the ink the chart data gives.
import { describe, expect, it } from 'vitest';
import { chartData } from '../../src/emit/html/chart-data.js';
import { contrast } from '../../src/emit/html/contrast.js';
import { fold } from '../../src/emit/html/client/fold.js';
import { parseReport } from '../../src/index.js';
import { SAMPLE } from '../helpers.js';

/** WCAG 2.x relative luminance and contrast ratio, written from the definition. */
function wcag(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('counts on coloured bars', () => {
  it('the definition: black on white is 21:1, white on the yellow bar 1.3:1 (what the issue saw)', () => {
    expect(wcag('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(wcag('#ffffff', '#F0E442')).toBeCloseTo(1.32, 2);
    expect(contrast('#ffffff', '#F0E442')).toBeCloseTo(wcag('#ffffff', '#F0E442'), 10);
  });

  it('every status colour gets an ink of at least 4.5:1', async () => {
    const data = chartData([await parseReport(SAMPLE)]);
    expect(data.statuses.length).toBe(9);
    for (const s of data.statuses)
      expect(wcag(s.ink, s.color), `${s.label} ${s.color} ${s.ink}`).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the search folds', () => {
  it('case and every apostrophe the Ukrainian keyboard and Word type', () => {
    const forms = ['здоров’я', "здоров'я", 'здоровʼя', 'здоров`я', 'ЗДОРОВ‘Я'];
    expect(new Set(forms.map(fold)).size).toBe(1);
    expect(fold('Ґанок')).toBe('ґанок');
  });
});
