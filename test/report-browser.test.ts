// The HTML report in a real browser: Debian's Chromium driven by playwright-core
// (never a browser download). It opens the report of the sample and of the sample
// with the year release, counts the measure rows, filters them and checks the
// counts against the data, checks the charts have marks, and that the page logs no
// error and asks for nothing over the network. Screenshots go to a temporary folder,
// or to ZHYT_SCREENSHOTS (`npm run screenshots` writes those in docs/).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, SAMPLE } from './helpers.js';

const YEAR = SAMPLE.replace('2023-9m', '2023-12m');
const shots = process.env.ZHYT_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'zhyt-shots-'));

interface Measure {
  id: string;
  status: string;
  executors: string[];
  executorIds: string[];
  completionPercent: number | null;
}
function measuresOf(file: string): Measure[] {
  const report = JSON.parse(runCli(['parse', file]).stdout) as {
    priorities: Array<{ sectors: Array<{ tasks: Array<{ measures: Measure[] }> }> }>;
  };
  return report.priorities.flatMap((p) => p.sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures)));
}

function reportFile(...inputs: string[]): string {
  const out = join(mkdtempSync(join(tmpdir(), 'zhyt-browser-')), 'report.html');
  expect(runCli(['report', ...inputs, '--out', out, '-q']).status).toBe(0);
  return out;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  problems: string[];
}

async function open(file: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (r.url() !== `file://${file}`) problems.push(`request: ${r.url()}`);
  });
  page.on('dialog', (d) => problems.push(`dialog: ${d.message()}`));
  await page.goto(`file://${file}`);
  await page.waitForSelector('html[data-ready="true"]');
  return { page, problems };
}

const visibleRows = (page: Page) => page.locator('table.measures tbody tr:not([hidden])').count();
const shownText = (page: Page) => page.locator('form.filters output').textContent();
const marks = (page: Page, chart: string) => page.locator(`#${chart} svg [aria-label^="bar"] rect`).count();

describe('the report of the sample in Chromium', () => {
  const measures = measuresOf(SAMPLE);
  let opened: Opened;
  beforeAll(async () => {
    opened = await open(reportFile(SAMPLE));
  });

  it('shows 173 measure rows, each with its id', async () => {
    const { page } = opened;
    expect(await visibleRows(page)).toBe(173);
    const shownIds = await page.$$eval('table.measures tbody tr', (rows) =>
      rows.map((r) => r.getAttribute('data-measure-id')),
    );
    expect(shownIds).toEqual(measures.map((m) => m.id));
  });

  it('filters by status, by executor and by words, counting as the data does', async () => {
    const { page } = opened;
    const notFunded = measures.filter((m) => m.status === 'not_funded').length;
    await page.selectOption('select[name=status]', 'not_funded');
    expect(await visibleRows(page)).toBe(notFunded);
    expect(await shownText(page)).toBe(`Показано ${notFunded} з 173`);
    await page.selectOption('select[name=status]', '');
    // One option for the department, whichever of its two spellings («Департамент», «департамент») a row has.
    await page.selectOption('select[name=executor]', { label: 'Департамент освіти міської ради' });
    const education = measures.filter((m) =>
      m.executors.some((e) => e.toLowerCase() === 'департамент освіти міської ради'),
    );
    expect(education.length).toBeGreaterThan(
      measures.filter((m) => m.executors.includes('Департамент освіти міської ради')).length,
    );
    expect(await visibleRows(page)).toBe(education.length);
    await page.selectOption('select[name=executor]', '');
    await page.fill('input[name=q]', 'тролейбусної');
    expect(await visibleRows(page)).toBe(1);
    await page.fill('input[name=q]', '');
    expect(await visibleRows(page)).toBe(173);
  });

  it('opens the full execution text in one click', async () => {
    const { page } = opened;
    const row = page.locator('tr[data-measure-id="komfortne-misto/stala-mobilnist/2.1"]');
    await expect(row.locator('.execution').isVisible()).resolves.toBe(false);
    await row.locator('summary').click();
    expect(await row.locator('.execution').textContent()).toContain('81,0%');
    expect(await row.locator('.why').textContent()).toContain('in-progress.');
  });

  it('draws the charts, with marks', async () => {
    const { page } = opened;
    expect(await marks(page, 'chart-priority')).toBeGreaterThanOrEqual(6);
    expect(await marks(page, 'chart-sector')).toBeGreaterThanOrEqual(18);
    expect(await marks(page, 'chart-completion')).toBe(measures.filter((m) => m.completionPercent !== null).length);
    expect(await marks(page, 'chart-funding-source')).toBe(1);
    expect(await marks(page, 'chart-programs')).toBe(20);
    // The sample funds no measure that names a programme: the chart says so in words.
    expect(await page.locator('#chart-funding-program p.empty').count()).toBe(1);
    // Every colour has its label beside it: the legends name every status drawn.
    const legend = await page.locator('#chart-priority').textContent();
    for (const label of ['виконано', 'виконується', 'не профінансовано', 'призупинено'])
      expect(legend).toContain(label);
  });

  it('logs no error and makes no request', async () => {
    const { page, problems } = opened;
    await page.screenshot({ path: join(shots, 'report-sample.png'), fullPage: false });
    expect(problems).toEqual([]);
  });
});

describe('the report of two releases in Chromium', () => {
  let opened: Opened;
  beforeAll(async () => {
    opened = await open(reportFile(YEAR, SAMPLE));
  });

  it('shows the newest release, status over time and what changed', async () => {
    const { page, problems } = opened;
    expect(await visibleRows(page)).toBe(173);
    expect(await marks(page, 'chart-over-time')).toBeGreaterThanOrEqual(12);
    expect(await page.locator('#changes ul.change.moved li').count()).toBe(1);
    expect(await page.locator('#changes ul.change.changed > li').count()).toBe(4);
    // Issue 27: each change with its old and new value (diff.test.ts: 5.2's funding 434.09 → 512.3).
    const changes = await page.locator('#changes ul.change.changed').textContent();
    expect(changes).toContain('фінансування: 434,09 → 512,3');
    const moved = page.locator('tr[data-measure-id="inkliuzyvne-misto/hromadska-bezpeka/1.8"]');
    await moved.locator('summary').click();
    const history = await moved.locator('.history').textContent();
    expect(history).toContain('9 місяців 2023 року: 1.7');
    expect(history).toContain('2023 рік: 1.8');
    await page.locator('#chart-over-time').screenshot({ path: join(shots, 'report-two-releases.png') });
    expect(problems).toEqual([]);
    expect(readFileSync(join(shots, 'report-two-releases.png')).length).toBeGreaterThan(10_000);
  });
});
