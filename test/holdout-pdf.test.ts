// The PDF hold-out set (test/holdout/pdf/): 26 prints of two other releases (2024-6m,
// 2023-12m), made and labelled by someone who never read this tool's code, before the
// PDF reader was tuned (scripts in make.py, labels in labels.json). It is never tuned
// on: the score is measured, and may only rise.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { InputError, parseReport, type Report } from 'zhyt-report';
import { collapse, measuresWithSector, ROOT } from './helpers.js';

interface PdfLabel {
  file: string;
  expect: 'read' | 'refuse';
  counts?: Record<string, number>;
  measures?: Array<{ sector: string; number: string; title: string; execution: string; executors: string }>;
}

const FOLDER = `${ROOT}test/holdout/pdf/`;
const labels = JSON.parse(readFileSync(`${FOLDER}labels.json`, 'utf8')) as PdfLabel[];
const SCORE = { firstScore: 11, scoreNow: 18 };

const key = (sector: string, number: string) => `${collapse(sector)}|${number.replace(/\.$/, '')}`;

/** What the label says that does not hold of the report. */
function problems(label: PdfLabel, report: Report): string[] {
  const out: string[] = [];
  const { counts } = report.stats;
  for (const [k, v] of Object.entries(label.counts ?? {}))
    if (counts[k as keyof typeof counts] !== v) out.push(`${k} ${counts[k as keyof typeof counts]}≠${v}`);
  if (report.diagnostics.some((d) => d.severity === 'error')) out.push('errors');
  const byKey = new Map<string, (typeof all)[number]['m']>();
  const all = measuresWithSector(report);
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

async function score(label: PdfLabel): Promise<string[]> {
  const result = await parseReport(`${FOLDER}${label.file}`).catch((e: unknown) => e);
  if (label.expect === 'refuse')
    return result instanceof InputError && !result.message.includes('\n') ? [] : ['not refused in one line'];
  if (result instanceof Error) return [`refused: ${result.message}`];
  return problems(label, result as Report);
}

it('scores the PDF hold-out set at least as well as before', async () => {
  const results: Array<[string, string[]]> = [];
  for (const label of labels) results.push([label.file, await score(label)]);
  const right = results.filter(([, p]) => p.length === 0).length;
  console.info(
    `hold-out pdf: ${right} of ${results.length} files right (${SCORE.firstScore} at its first run); wrong: ` +
      results
        .filter(([, p]) => p.length > 0)
        .map(([f, p]) => `${f} (${p.slice(0, 3).join('; ')})`)
        .join(', '),
  );
  expect(labels.length).toBe(26);
  expect(right).toBeGreaterThanOrEqual(Math.max(SCORE.firstScore, SCORE.scoreNow));
}, 300_000);
