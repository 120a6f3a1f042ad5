// The status tables' mutator: how much of the rule, decision and feature tables the
// labelled phrases pin down. Each mutant changes one table one way (a rule dropped,
// two neighbouring rules swapped, a phrase dropped, one word of a phrase dropped, a
// negation guard dropped; a decision dropped or one of its conditions; a feature's
// word dropped) and is killed when some labelled phrase the shipped tables read right
// reads otherwise. The labels: the status corpora (status-sample.tsv,
// status-phrases.tsv, the development sets; never the frozen hold-out) and each rule's
// and decision's own examples.
import { type StatusTables, statusReader } from '../../src/enrich/status/classify.js';
import { DECISIONS, type Decision, type Feature, FEATURE_PHRASES } from '../../src/enrich/status/decisions.js';
import { STATUS_RULES, type StatusRuleSpec } from '../../src/enrich/status/rules.js';
import { readTsv } from '../corpora/tsv.js';
import { ROOT } from '../helpers.js';

export interface Mutant {
  kind: string;
  what: string;
  tables: StatusTables;
  /**
   * For a word dropped: the letters the word needs in a text to have matched at all. A
   * text without them reads the same under the mutant, so only texts with them are tried.
   */
  needs?: string;
}

/** The letters a word of the phrase language needs («виконан~» → «виконан»); none for a named piece. */
export function lettersOf(word: string): string | undefined {
  if (word.startsWith('<')) return undefined;
  const letters = word.replace(/^\*|[*~]$/g, '');
  return letters === '' ? undefined : letters;
}

/** The labelled corpora the tables are tuned on (never the frozen hold-out). */
export const TUNING_CORPORA = [
  'status-sample.tsv',
  'status-phrases.tsv',
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `status-dev${n === 1 ? '' : n}.tsv`),
];

interface Labelled {
  text: string;
  label: string;
  /** For a rule's or decision's own example: the id that must decide it. */
  rule?: string;
  /** For a decision that only lowers confidence: the confidence it must give. */
  confidence?: 'high' | 'low';
}

export const labelled = TUNING_CORPORA.flatMap((name) => readTsv(`${ROOT}test/corpora/${name}`)).map(
  (r): Labelled => ({ text: r.text as string, label: r.label as string }),
);
// A rule's own examples must be decided by that rule (status.test.ts checks the id too).
for (const rule of STATUS_RULES)
  for (const text of rule.examples.valid) labelled.push({ text, label: rule.status, rule: rule.id });
const shipped = statusReader({ rules: STATUS_RULES });
for (const d of DECISIONS)
  for (const text of d.examples.valid)
    labelled.push(
      d.status === null
        ? { text, label: shipped(text).status, confidence: 'low' }
        : { text, label: d.status, rule: d.id },
    );
// A decision that only lowers confidence must leave its invalid examples sure.
for (const d of DECISIONS)
  if (d.status === null)
    for (const text of d.examples.invalid) labelled.push({ text, label: shipped(text).status, confidence: 'high' });

/** Each rule's and decision's invalid examples: phrases it must not decide (status.test.ts checks them). */
export const refused = [...STATUS_RULES, ...DECISIONS].flatMap((rule) =>
  rule.examples.invalid.map((text) => ({ text, rule: rule.id })),
);

/** Only what the shipped table reads right can kill a mutant. */
export const pinned = labelled.filter((l) => readsAs(shipped(l.text), l));

/** Whether a reading is what a labelled phrase says: its status, and for a rule's example that rule. */
export function readsAs(
  reading: { status: string; statusRule: string; statusConfidence: string },
  l: Labelled,
): boolean {
  return (
    reading.status === l.label &&
    (l.rule === undefined || reading.statusRule === l.rule) &&
    (l.confidence === undefined || reading.statusConfidence === l.confidence)
  );
}

export function* mutants(): Generator<Mutant> {
  yield* ruleMutants();
  yield* decisionMutants();
  yield* featureMutants();
}

const withRules = (rules: StatusRuleSpec[]): StatusTables => ({ rules });
const withDecisions = (decisions: Decision[]): StatusTables => ({ rules: [...STATUS_RULES], decisions });

function* ruleMutants(): Generator<Mutant> {
  yield* wordMutants();
  for (let i = 0; i < STATUS_RULES.length; i++) {
    const rule = STATUS_RULES[i] as StatusRuleSpec;
    yield { kind: 'drop rule', what: rule.id, tables: withRules(STATUS_RULES.filter((_, k) => k !== i)) };
    if (i + 1 < STATUS_RULES.length) {
      const swapped = [...STATUS_RULES];
      [swapped[i], swapped[i + 1]] = [swapped[i + 1] as StatusRuleSpec, swapped[i] as StatusRuleSpec];
      yield {
        kind: 'swap neighbours',
        what: `${rule.id} ↔ ${(STATUS_RULES[i + 1] as StatusRuleSpec).id}`,
        tables: withRules(swapped),
      };
    }
    if (rule.notAfter) {
      const { notAfter: _dropped, ...unguarded } = rule;
      yield {
        kind: 'drop guard',
        what: rule.id,
        tables: withRules(STATUS_RULES.map((r, k) => (k === i ? unguarded : r))),
      };
    }
    for (let p = 0; p < rule.needs.length; p++) {
      const needs = rule.needs.filter((_, k) => k !== p);
      if (needs.length > 0)
        yield { kind: 'drop phrase', what: `${rule.id}: ${rule.needs[p]}`, tables: withRules(withNeeds(i, needs)) };
    }
  }
}

function withNeeds(i: number, needs: string[]): StatusRuleSpec[] {
  return STATUS_RULES.map((r, k) => (k === i ? { ...r, needs } : r));
}

/**
 * One word dropped from a word list (`a|b|c` → `a|c`): a list the lexicon shares
 * between rules (the done verbs) loses the word everywhere it is used, as an edit of
 * the lexicon would; a list written once loses it there.
 */
function* wordMutants(): Generator<Mutant> {
  const lists = new Set(
    STATUS_RULES.flatMap((r) => r.needs.flatMap((n) => n.split(/\s+/))).filter((t) => t.includes('|')),
  );
  for (const list of lists) {
    const words = list.split('|');
    for (const w of words.keys()) {
      const shorter = words.filter((_, k) => k !== w).join('|');
      const rules = STATUS_RULES.map((r) => ({
        ...r,
        needs: r.needs.map((n) =>
          n
            .split(/\s+/)
            .map((t) => (t === list ? shorter : t))
            .join(' '),
        ),
      }));
      const users = STATUS_RULES.filter((r) => r.needs.some((n) => n.split(/\s+/).includes(list))).map((r) => r.id);
      yield {
        kind: 'drop word',
        what: `${users.join(', ')}: ${words[w]} in «${list}»`,
        tables: withRules(rules),
        needs: lettersOf(words[w] as string),
      };
    }
  }
}

/** A decision dropped; one of its conditions dropped (a predicate, the negation, a feature required or refused). */
function* decisionMutants(): Generator<Mutant> {
  for (const [i, d] of DECISIONS.entries()) {
    const replace = (changed: Decision) => withDecisions(DECISIONS.map((x, k) => (k === i ? changed : x)));
    yield { kind: 'drop decision', what: d.id, tables: withDecisions(DECISIONS.filter((_, k) => k !== i)) };
    if (d.predicate.length > 1)
      for (const p of d.predicate)
        yield {
          kind: 'drop condition',
          what: `${d.id}: predicate ${p}`,
          tables: replace({ ...d, predicate: d.predicate.filter((x) => x !== p) }),
        };
    if (d.negated !== undefined) {
      const { negated: _n, ...anyNegation } = d;
      yield { kind: 'drop condition', what: `${d.id}: negated`, tables: replace(anyNegation) };
    }
    for (const f of d.with)
      yield {
        kind: 'drop condition',
        what: `${d.id}: with ${f}`,
        tables: replace({ ...d, with: d.with.filter((x) => x !== f) }),
      };
    for (const f of d.without ?? [])
      yield { kind: 'drop condition', what: `${d.id}: without ${f}`, tables: replace({ ...d, without: [] }) };
  }
}

/** One word alternative of a feature's phrase dropped, or a whole phrase. */
function* featureMutants(): Generator<Mutant> {
  for (const [feature, rule] of Object.entries(FEATURE_PHRASES) as Array<[Feature, (typeof FEATURE_PHRASES)[Feature]]>)
    for (const [p, phrase] of rule.needs.entries()) {
      const mutated = (needs: string[]): StatusTables => ({
        rules: [...STATUS_RULES],
        features: { ...FEATURE_PHRASES, [feature]: { ...rule, needs } },
      });
      if (rule.needs.length > 1)
        yield {
          kind: 'drop phrase',
          what: `${feature}: ${phrase}`,
          tables: mutated(rule.needs.filter((_, k) => k !== p)),
        };
      const tokens = phrase.split(/\s+/);
      for (const [t, token] of tokens.entries()) {
        const words = token.split('|');
        if (words.length < 2) continue;
        for (const w of words.keys()) {
          const shorter = tokens.map((x, k) => (k === t ? words.filter((_, j) => j !== w).join('|') : x)).join(' ');
          yield {
            kind: 'drop word',
            what: `${feature}: ${words[w]} in «${token}»`,
            tables: mutated(rule.needs.map((x, k) => (k === p ? shorter : x))),
            needs: lettersOf(words[w] as string),
          };
        }
      }
    }
}
