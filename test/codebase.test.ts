// The code stays in modules of one job: no module in src/ over 300 lines, no
// function over 80, no line over 120 characters (scripts/function-sizes.js and
// scripts/long-lines.js say where, when run by hand).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oversized } from '../scripts/function-sizes.js';
import { uncheckedLoops } from '../scripts/unchecked-loops.js';
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

// Issue 28: an assertion that any value passes checks nothing. `toBeTruthy` and
// `toBeDefined` on a typed value pass for every value the type allows but one; the
// test names what it expects instead.
describe('the tests', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );
  it('use no assertion that nearly every value passes (toBeTruthy, toBeFalsy, toBeDefined)', () => {
    const weak = /\.(toBeTruthy|toBeFalsy|toBeDefined)\(\)/;
    const found = files(`${ROOT}test`)
      .filter((f) => !f.endsWith('codebase.test.ts'))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .flatMap((line, i) => (weak.test(line) ? [`${f.slice(ROOT.length)}:${i + 1}`] : [])),
      );
    expect(found).toEqual([]);
  });
  it('loop over no collection that may be empty without asserting how many items it has', () => {
    expect((uncheckedLoops as (root: string) => string[])(ROOT)).toEqual([]);
  });
});
