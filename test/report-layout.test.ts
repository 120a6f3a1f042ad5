// Issue 27, item 2: the report on a laptop, a large screen and paper, in Debian's
// Chromium. The measures table fits a 1,024 px window with no horizontal scrolling,
// its header stays in view while the rows scroll under it, and printed to A4
// landscape every column's text is on the page (read back with pdf-parse). Then the
// filters: search folds case and apostrophes, a reset shows every row again, and the
// sector list narrows to the chosen priority. Screenshots at 1,024 px and of a printed
// page go to ZHYT_SCREENSHOTS (`npm run screenshots`: docs/).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFParse } from 'pdf-parse';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, SAMPLE } from './helpers.js';

// The page's own globals as page.evaluate uses them (the suite is typed without the DOM library).
interface Box {
  top: number;
  right: number;
}
interface PageElement {
  scrollWidth: number;
  clientWidth: number;
  dataset: Record<string, string | undefined>;
  getBoundingClientRect(): Box;
}
declare const document: {
  documentElement: PageElement;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>;
};

const shots = process.env.ZHYT_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'zhyt-shots-'));

let browser: Browser;
let file = '';
beforeAll(async () => {
  browser = await launchChromium();
  file = join(mkdtempSync(join(tmpdir(), 'zhyt-layout-')), 'report.html');
  expect(runCli(['report', SAMPLE, '--out', file, '-q']).status).toBe(0);
});
afterAll(async () => {
  await browser?.close();
});

async function open(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(`file://${file}`);
  await page.waitForSelector('html[data-ready="true"]');
  return page;
}

describe.each([1024, 1440])('at %i px', (width) => {
  it('the page does not scroll sideways and the table ends inside the window', async () => {
    const page = await open(width);
    const sizes = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      tableRight: document.querySelector('table.measures')?.getBoundingClientRect().right ?? Number.NaN,
      widest: Math.max(
        ...[...document.querySelectorAll('table.measures td, table.measures th')].map(
          (c) => c.scrollWidth - c.clientWidth,
        ),
      ),
    }));
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
    expect(sizes.tableRight).toBeLessThanOrEqual(sizes.client);
    // No cell's content sticks out of it (a word too long for its column would).
    expect(sizes.widest).toBeLessThanOrEqual(1);
    if (width === 1024) {
      await page.evaluate(() =>
        (document.querySelector('#measures') as unknown as { scrollIntoView(): void }).scrollIntoView(),
      );
      await page.screenshot({ path: join(shots, 'report-1024.png') });
    }
    await page.close();
  });

  it('keeps the column headings at the top while the rows scroll under them', async () => {
    const page = await open(width);
    const row = page.locator('table.measures tbody tr').nth(120);
    await row.scrollIntoViewIfNeeded();
    const [head, rowTop] = await page.evaluate(() => {
      const th = document.querySelector('table.measures thead th') as PageElement;
      const tr = document.querySelectorAll('table.measures tbody tr')[120] as PageElement;
      return [th.getBoundingClientRect().top, tr.getBoundingClientRect().top];
    });
    expect(Math.abs(head)).toBeLessThanOrEqual(1);
    expect(rowTop).toBeGreaterThan(0);
    await page.close();
  });
});

describe('printed to A4 landscape', () => {
  it('has every column of the table on its pages: headings, statuses, amounts, programmes and places', async () => {
    const page = await open(1024);
    await page.emulateMedia({ media: 'print' });
    // The page size is the style sheet's (@page), as a browser's print dialog takes it.
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
    writeFileSync(join(shots, 'report-print.pdf'), pdf);
    // A4 landscape: 297 × 210 mm, 841.89 × 595.28 points.
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect([Math.round(Number(box?.[1])), Math.round(Number(box?.[2]))]).toEqual([842, 595]);
    const { text } = await new PDFParse({ data: new Uint8Array(pdf) }).getText();
    const flat = text.replace(/\s+/g, ' ');
    for (const heading of ['пріоритет', 'сектор', 'завд.', 'виконавці', 'статус', 'тис. грн', 'програми', 'місце'])
      expect(flat, heading).toContain(heading);
    // The last columns of the first measure rows, which were off the printed page.
    for (const text of ['р. 53', '434,09', 'не профінансовано', 'виконується']) expect(flat, text).toContain(text);
    // A status is whole, not cut mid-word.
    expect(flat).not.toMatch(/профінансо\s*\n/);
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });
});

describe('the filters', () => {
  const visible = (page: Page) => page.locator('table.measures tbody tr:not([hidden])').count();
  const search = (page: Page, text: string) => page.fill('form.filters input[name="q"]', text);

  it("search folds case and apostrophes: здоров’я, здоров'я and ЗДОРОВʼЯ find the same rows", async () => {
    const page = await open(1440);
    const counts: number[] = [];
    for (const q of ['здоров’я', "здоров'я", 'ЗДОРОВʼЯ', 'здоров`я']) {
      await search(page, q);
      counts.push(await visible(page));
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(new Set(counts).size).toBe(1);
    await page.close();
  });

  it('a reset shows every row again and empties every field', async () => {
    const page = await open(1440);
    await search(page, 'ремонт');
    await page.selectOption('form.filters select[name="status"]', 'completed');
    expect(await visible(page)).toBeLessThan(173);
    await page.click('form.filters button[type="reset"]');
    await page.waitForFunction(() => document.querySelectorAll('table.measures tbody tr[hidden]').length === 0);
    expect(await visible(page)).toBe(173);
    expect(await page.inputValue('form.filters input[name="q"]')).toBe('');
    await page.close();
  });

  it('a priority narrows the sector list to its own sectors', async () => {
    const page = await open(1440);
    const sectorsShown = () =>
      page.$$eval('form.filters select[name="sector"] option', (options) =>
        options.filter((o) => o.value !== '' && !o.hidden).map((o) => o.value),
      );
    const all = await sectorsShown();
    const priority = await page.$eval(
      'table.measures tbody tr',
      (tr) => (tr as unknown as PageElement).dataset.priority as string,
    );
    await page.selectOption('form.filters select[name="priority"]', priority);
    const narrowed = await sectorsShown();
    const own = await page.$$eval(
      'table.measures tbody tr',
      (rows, p) => [
        ...new Set(
          rows
            .filter((r) => (r as unknown as PageElement).dataset.priority === p)
            .map((r) => (r as unknown as PageElement).dataset.sector),
        ),
      ],
      priority,
    );
    expect(narrowed.length).toBeLessThan(all.length);
    expect(narrowed.sort()).toEqual((own as string[]).sort());
    await page.close();
  });
});

describe('the charts', () => {
  interface Rect {
    left: number;
    right: number;
    top: number;
    bottom: number;
  }
  const overlap = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  it.each([1024, 1440])('at %i px no axis title lies over a label of its axis', async (width) => {
    const page = await open(width);
    for (const chart of ['chart-priority', 'chart-sector']) {
      const boxes = await page.evaluate((id) => {
        const rect = (e: PageElement) => {
          const r = e.getBoundingClientRect() as unknown as Rect;
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        };
        const all = (selector: string) => [...document.querySelectorAll(`#${id} svg ${selector} text`)].map(rect);
        return { titles: all('[aria-label="y-axis label"]'), labels: all('[aria-label="y-axis tick label"]') };
      }, chart);
      expect(boxes.labels.length, chart).toBeGreaterThan(3);
      for (const title of boxes.titles)
        expect(
          boxes.labels.filter((l) => overlap(title, l)),
          `${chart} at ${width}px`,
        ).toEqual([]);
    }
    await page.close();
  });

  it('writes numbers as Ukrainians do: «2 000», never «2,000» or «9505.09»', async () => {
    const page = await open(1440);
    const texts = await page.evaluate(() =>
      [...document.querySelectorAll('figure.chart svg text')].map(
        (t) => (t as unknown as { textContent: string }).textContent,
      ),
    );
    expect(texts.length).toBeGreaterThan(50);
    // The texts that are numbers: counts, amounts, ticks (labels hold measure numbers such as 2.1).
    const numbers = texts.filter((t) => /^[\d\s.,\u00a0\u202f−-]+$/.test(t));
    expect(numbers.length).toBeGreaterThan(50);
    expect(numbers.filter((t) => /\d,\d{3}\b|\d\.\d/.test(t))).toEqual([]);
    expect(texts).toContain('9\u00a0505,09');
    await page.close();
  });
});
