// The status rule table's mutator: how much of the table the labelled phrases pin
// down. Each mutant changes the table one way (a rule dropped, two neighbouring rules
// swapped, a phrase dropped, one word of a phrase dropped, a negation guard dropped)
// and is killed when some labelled phrase the shipped table reads right reads
// otherwise. The labels: the status corpora (status-sample.tsv, status-phrases.tsv;
// never the frozen hold-out) and each rule's own examples.
import { statusReader } from '../../src/enrich/status/classify.js';
import { STATUS_RULES, type StatusRuleSpec } from '../../src/enrich/status/rules.js';
import { readTsv } from '../corpora/tsv.js';
import { ROOT } from '../helpers.js';

export interface Mutant {
  kind: string;
  what: string;
  rules: StatusRuleSpec[];
}

export const labelled = [
  ...readTsv(`${ROOT}test/corpora/status-sample.tsv`),
  ...readTsv(`${ROOT}test/corpora/status-phrases.tsv`),
].map((r): { text: string; label: string; rule?: string } => ({ text: r.text as string, label: r.label as string }));
// A rule's own examples must be decided by that rule (status.test.ts checks the id too).
for (const rule of STATUS_RULES)
  for (const text of rule.examples.valid) labelled.push({ text, label: rule.status, rule: rule.id });

/** Each rule's invalid examples: phrases it must not decide (status.test.ts checks them). */
export const refused = STATUS_RULES.flatMap((rule) => rule.examples.invalid.map((text) => ({ text, rule: rule.id })));

const shipped = statusReader(STATUS_RULES);
/** Only what the shipped table reads right can kill a mutant. */
export const pinned = labelled.filter((l) => readsAs(shipped(l.text), l));

/** Whether a reading is what a labelled phrase says: its status, and for a rule's example that rule. */
export function readsAs(reading: { status: string; statusRule: string }, l: (typeof labelled)[number]): boolean {
  return reading.status === l.label && (l.rule === undefined || reading.statusRule === l.rule);
}

export function* mutants(): Generator<Mutant> {
  for (let i = 0; i < STATUS_RULES.length; i++) {
    const rule = STATUS_RULES[i] as StatusRuleSpec;
    yield { kind: 'drop rule', what: rule.id, rules: STATUS_RULES.filter((_, k) => k !== i) };
    if (i + 1 < STATUS_RULES.length) {
      const swapped = [...STATUS_RULES];
      [swapped[i], swapped[i + 1]] = [swapped[i + 1] as StatusRuleSpec, swapped[i] as StatusRuleSpec];
      yield {
        kind: 'swap neighbours',
        what: `${rule.id} ↔ ${(STATUS_RULES[i + 1] as StatusRuleSpec).id}`,
        rules: swapped,
      };
    }
    if (rule.notAfter) {
      const { notAfter: _dropped, ...unguarded } = rule;
      yield { kind: 'drop guard', what: rule.id, rules: STATUS_RULES.map((r, k) => (k === i ? unguarded : r)) };
    }
    for (let p = 0; p < rule.needs.length; p++) {
      const needs = rule.needs.filter((_, k) => k !== p);
      if (needs.length > 0)
        yield { kind: 'drop phrase', what: `${rule.id}: ${rule.needs[p]}`, rules: withNeeds(i, needs) };
      yield* wordMutants(i, p);
    }
  }
}

function withNeeds(i: number, needs: string[]): StatusRuleSpec[] {
  return STATUS_RULES.map((r, k) => (k === i ? { ...r, needs } : r));
}

/** One word alternative of one token dropped (`a|b|c` → `a|c`), where the token has several. */
function* wordMutants(i: number, p: number): Generator<Mutant> {
  const spec = STATUS_RULES[i] as StatusRuleSpec;
  const tokens = (spec.needs[p] as string).split(/\s+/);
  for (let t = 0; t < tokens.length; t++) {
    const words = (tokens[t] as string).split('|');
    if (words.length < 2) continue;
    for (let w = 0; w < words.length; w++) {
      const token = words.filter((_, k) => k !== w).join('|');
      const phrase = tokens.map((x, k) => (k === t ? token : x)).join(' ');
      const needs = spec.needs.map((x, k) => (k === p ? phrase : x));
      yield { kind: 'drop word', what: `${spec.id}: ${words[w]} in «${tokens[t]}»`, rules: withNeeds(i, needs) };
    }
  }
}
