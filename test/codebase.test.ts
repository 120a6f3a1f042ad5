// The code stays in modules of one job: no module in src/ over 300 lines, no
// function over 80, no line over 120 characters (scripts/function-sizes.js and
// scripts/long-lines.js say where, when run by hand).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { oversized } from '../scripts/function-sizes.js';
import { ROOT } from './helpers.js';

describe('the source tree', () => {
  it('has no module over 300 lines and no function over 80', () => {
    expect((oversized as (root: string) => string[])(`${ROOT}src`)).toEqual([]);
  });
  it('has no line over 120 characters', () => {
    const r = spawnSync(process.execPath, ['scripts/long-lines.js'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });
});
