// The PDF hold-out set (test/holdout/pdf/): 26 prints of two other releases (2024-6m,
// 2023-12m), made and labelled by someone who never read this tool's code, before the
// PDF reader was tuned (scripts in make.py, labels in labels.json). It is never tuned
// on: the score is measured, and may only rise.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { type HoldoutLabel, scoreHoldout } from './holdout/score.js';

const FOLDER = `${ROOT}test/holdout/pdf/`;
const labels = JSON.parse(readFileSync(`${FOLDER}labels.json`, 'utf8')) as HoldoutLabel[];
const SCORE = { firstScore: 11, scoreNow: 18 };

it('scores the PDF hold-out set at least as well as before', async () => {
  const { right, wrong } = await scoreHoldout(FOLDER, labels);
  console.info(
    `hold-out pdf: ${right} of ${labels.length} files right (${SCORE.firstScore} at its first run); wrong: ${wrong}`,
  );
  expect(labels.length).toBe(26);
  expect(right).toBeGreaterThanOrEqual(Math.max(SCORE.firstScore, SCORE.scoreNow));
}, 300_000);
