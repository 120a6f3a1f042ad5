// How much of the status rule table the labelled phrases pin down (status-mutants.ts).
// A ratchet, not a target: the score measured may only rise. `npm run mutation:rules`
// prints the survivors, each a labelled phrase missing.
import { expect, it } from 'vitest';
import { statusReader } from '../../src/enrich/status/classify.js';
import { labelled, mutants, pinned, readsAs, refused } from './status-mutants.js';

/**
 * Measured (issue 25): 120 of 377 when the mutator was written; 150 with the first labelled cases and two
 * order fixes; 493 of 1,042 once the decision and feature tables were mutated too and the development sets
 * (2,400 phrases) were labels; 514 of 1,098 with 3,200.
 */
const KILLED_AT_LEAST = 514;

it('kills at least as many rule-table mutants as when last measured', () => {
  const byKind = new Map<string, { total: number; killed: number }>();
  const survivors: string[] = [];
  for (const mutant of mutants()) {
    const read = statusReader(mutant.tables);
    const { needs } = mutant;
    const tried = needs === undefined ? pinned : pinned.filter((l) => l.text.toLowerCase().includes(needs));
    const killed =
      tried.some((l) => !readsAs(read(l.text), l)) || refused.some((r) => read(r.text).statusRule === r.rule);
    const tally = byKind.get(mutant.kind) ?? { total: 0, killed: 0 };
    tally.total++;
    if (killed) tally.killed++;
    else survivors.push(`${mutant.kind}: ${mutant.what}`);
    byKind.set(mutant.kind, tally);
  }
  const total = [...byKind.values()].reduce((n, t) => n + t.total, 0);
  const killed = total - survivors.length;
  console.log(
    `status rule table: ${killed} of ${total} mutants killed (${((100 * killed) / total).toFixed(1)} %); ` +
      `${pinned.length} of ${labelled.length} labelled phrases read right\n` +
      [...byKind].map(([kind, t]) => `  ${kind}: ${t.killed} of ${t.total}`).join('\n') +
      (process.env.MUTANTS_VERBOSE ? `\nsurvivors:\n  ${survivors.join('\n  ')}` : ''),
  );
  expect(killed).toBeGreaterThanOrEqual(KILLED_AT_LEAST);
}, 300_000);
