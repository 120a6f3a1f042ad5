// The office-formats hold-out set (test/holdout/formats/): 14 files of two other
// releases (2024-6m, 2023-12m) made by pandoc, LibreOffice, openpyxl and by hand,
// by someone who never read this tool's code; labels (counts and hand-checked
// measures) copied from the PDF hold-out's. It is never tuned on: the score is
// measured, and may only rise.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { type HoldoutLabel, scoreHoldout } from './holdout/score.js';

const FOLDER = `${ROOT}test/holdout/formats/`;
const labels = JSON.parse(readFileSync(`${FOLDER}labels.json`, 'utf8')) as HoldoutLabel[];
const SCORE = { firstScore: 14, scoreNow: 14 };

it('scores the office-formats hold-out set at least as well as before', async () => {
  const { right, wrong } = await scoreHoldout(FOLDER, labels);
  console.info(
    `hold-out formats: ${right} of ${labels.length} files right (${SCORE.firstScore} at its first run); wrong: ${wrong}`,
  );
  expect(labels.length).toBe(14);
  expect(right).toBeGreaterThanOrEqual(Math.max(SCORE.firstScore, SCORE.scoreNow));
}, 300_000);
