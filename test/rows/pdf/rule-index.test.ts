// The grid's indexes answer what a scan of every rule answered, on random rules.
import { describe, expect, it } from 'vitest';
import { type Rule, rulesAcross, slotOf } from '../../../src/rows/pdf/rule-index.js';

const within = (v: number, a: number, b: number, slack = 1) =>
  v >= Math.min(a, b) - slack && v <= Math.max(a, b) + slack;

describe('rule index', () => {
  it('rulesAcross agrees with a scan of every rule on 300 random pages', () => {
    let state = 17;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state / 2 ** 31;
    };
    for (let page = 0; page < 300; page++) {
      const lines = Array.from({ length: 6 }, (_, k) => k * 10 + Math.floor(next() * 3));
      const rules: Rule[] = Array.from({ length: 15 }, () => ({
        at: Math.floor(next() * 60 * 4) / 4,
        from: next() * 100,
        to: next() * 100,
      }));
      const indexed = rulesAcross(rules, lines, 2, 1);
      for (let k = 0; k < lines.length; k++)
        for (let v = -2; v <= 102; v += 0.5) {
          const scan = rules.some((r) => Math.abs(r.at - (lines[k] as number)) < 2 && within(v, r.from, r.to));
          expect(indexed(k, v), `page ${page} line ${k} at ${v}`).toBe(scan);
        }
    }
  });

  it('slotOf finds the first slot findIndex finds, at the bounds and between them', () => {
    const bounds = [0, 10, 20, 35, 50];
    for (let v = -5; v <= 55; v += 0.5) {
      const scan = bounds.findIndex((b, i) => i < bounds.length - 1 && v >= b && v <= (bounds[i + 1] as number));
      expect(slotOf(bounds, v), String(v)).toBe(scan);
    }
    expect(slotOf([5], 5)).toBe(-1);
    expect(slotOf([], 1)).toBe(-1);
  });
});
