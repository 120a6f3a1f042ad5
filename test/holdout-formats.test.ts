// The office-formats hold-out set (test/holdout/formats/): 14 files of two other
// releases (2024-6m, 2023-12m) made by pandoc, LibreOffice, openpyxl and by hand,
// by someone who never read this tool's code; labels (counts and hand-checked
// measures) copied from the PDF hold-out's. It is never tuned on: the score is
// measured, and may only rise.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { InputError, parseReport, type Report } from 'zhyt-report';
import { ROOT } from './helpers.js';
import { type HoldoutLabel, labelProblems } from './holdout/score.js';

const FOLDER = `${ROOT}test/holdout/formats/`;
const labels = JSON.parse(readFileSync(`${FOLDER}labels.json`, 'utf8')) as HoldoutLabel[];
const SCORE = { firstScore: 14, scoreNow: 14 };

async function score(label: HoldoutLabel): Promise<string[]> {
  const result = await parseReport(`${FOLDER}${label.file}`).catch((e: unknown) => e);
  if (label.expect === 'refuse')
    return result instanceof InputError && !result.message.includes('\n') ? [] : ['not refused in one line'];
  if (result instanceof Error) return [`refused: ${result.message}`];
  return labelProblems(label, result as Report);
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
