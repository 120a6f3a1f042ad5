import { describe, expect, it } from 'vitest';
import { parseThousandUah } from '../../src/enrich/money.js';

describe('parseThousandUah', () => {
  it.each([
    ['30,0', 30],
    ['434,090', 434.09],
    ['4577,6', 4577.6],
    ['1 250,5', 1250.5],
    ['1\u00a0250,5', 1250.5],
    ['500', 500],
  ])('%s → %d', (text, value) => {
    expect(parseThousandUah(text)).toBe(value);
  });
  it('is null for programme names and mixed text', () => {
    expect(parseThousandUah('Програма розвитку освіти на 2022-2026 роки')).toBeNull();
    expect(parseThousandUah('30,0 тис. грн')).toBeNull();
    expect(parseThousandUah('')).toBeNull();
  });
});
