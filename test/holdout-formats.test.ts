// The office-formats hold-out set (test/holdout/formats/): 14 files of two other
// releases (2024-6m, 2023-12m) made by pandoc, LibreOffice, openpyxl and by hand,
// by someone who never read this tool's code; labels (counts and hand-checked
// measures) copied from the PDF hold-out's. It is never tuned on: the score is
// measured, and may only rise.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { InputError, parseReport, type Report } from 'zhyt-report';
import { collapse, measuresWithSector, ROOT } from './helpers.js';

interface FormatLabel {
  file: string;
  expect: 'read' | 'refuse';
  counts?: Record<string, number>;
  measures?: Array<{ sector: string; number: string; title: string; execution: string; executors: string }>;
}

const FOLDER = `${ROOT}test/holdout/formats/`;
const labels = JSON.parse(readFileSync(`${FOLDER}labels.json`, 'utf8')) as FormatLabel[];
const SCORE = { firstScore: 14, scoreNow: 14 };

const key = (sector: string, number: string) => `${collapse(sector).toLowerCase()}|${number.replace(/\.$/, '')}`;

/** What the label says that does not hold of the report. */
function problems(label: FormatLabel, report: Report): string[] {
  const out: string[] = [];
  const { counts } = report.stats;
  for (const [k, v] of Object.entries(label.counts ?? {}))
    if (counts[k as keyof typeof counts] !== v) out.push(`${k} ${counts[k as keyof typeof counts]}≠${v}`);
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0)
    out.push(
      `errors: ${errors
        .slice(0, 2)
        .map((d) => d.code)
        .join(', ')}`,
    );
  const all = measuresWithSector(report);
  const byKey = new Map<string, (typeof all)[number]['m']>();
  for (const { s, m } of all) if (!byKey.has(key(s.name, m.number))) byKey.set(key(s.name, m.number), m);
  for (const want of label.measures ?? []) {
    const got = byKey.get(key(want.sector, want.number));
    if (!got) out.push(`missing ${want.sector} ${want.number}`);
    else if (
      collapse(got.title) !== collapse(want.title) ||
      collapse(got.execution) !== collapse(want.execution) ||
      collapse(got.executors.join(', ')) !== collapse(want.executors)
    )
      out.push(`${want.sector} ${want.number}`);
  }
  return out;
}

async function score(label: FormatLabel): Promise<string[]> {
  const result = await parseReport(`${FOLDER}${label.file}`).catch((e: unknown) => e);
  if (label.expect === 'refuse')
    return result instanceof InputError && !result.message.includes('\n') ? [] : ['not refused in one line'];
  if (result instanceof Error) return [`refused: ${result.message}`];
  return problems(label, result as Report);
}

it('scores the office-formats hold-out set at least as well as before', async () => {
  const results: Array<[string, string[]]> = [];
  for (const label of labels) results.push([label.file, await score(label)]);
  const right = results.filter(([, p]) => p.length === 0).length;
  console.info(
    `hold-out formats: ${right} of ${results.length} files right (${SCORE.firstScore} at its first run); wrong: ` +
      results
        .filter(([, p]) => p.length > 0)
        .map(([f, p]) => `${f} (${p.length} problems: ${p.slice(0, 3).join('; ')})`)
        .join(', '),
  );
  expect(labels.length).toBe(14);
  expect(right).toBeGreaterThanOrEqual(Math.max(SCORE.firstScore, SCORE.scoreNow));
}, 300_000);
