// A measure's status, read from its execution text clause by clause: in each clause
// every rule of the table whose phrase occurs reads a predicate, and the decision
// table (decisions.ts) turns each reading and the clause's features into a status;
// the policy over the readings (policy.ts) decides. The measure records the rule or
// decision and the phrase it matched, so a reader can see why.
import type { MeasureStatus } from '../../model/schema.js';
import { clausesOf } from './clauses.js';
import { confidence, decide, type Reading } from './policy.js';
import { DECISIONS, type Decision, decisionFor, type Feature, FEATURE_PHRASES, featureFinder } from './decisions.js';
import type { PhraseRule } from './phrases.js';
import { compileRule, firstMatch, type CompiledPhrases } from './phrases.js';
import { STATUS_RULES, type StatusRuleSpec } from './rules.js';

export interface StatusRule extends StatusRuleSpec {
  /** The rule's phrases compiled; matched against the lower-cased execution text. */
  compiled: CompiledPhrases;
}

export const COMPILED_STATUS_RULES: readonly StatusRule[] = STATUS_RULES.map((rule) => ({
  ...rule,
  compiled: compileRule(rule),
}));

export interface StatusResult {
  status: MeasureStatus;
  statusRule: string;
  statusPhrase: string | null;
  statusConfidence: 'high' | 'low';
}

/** Rules that guess: the catch-alls of verbs no list names, and a percent without a verb. */
const GUESSES: ReadonlySet<string> = new Set([
  'completed.impersonal-past',
  'in-progress.percent-after-dash',
  'in-progress.present-passive',
  'not-completed.negated-other',
]);

/** The tables a status reader works from: the shipped ones, or mutants of them for testing the tests. */
export interface StatusTables {
  rules: readonly StatusRuleSpec[];
  decisions?: readonly Decision[];
  features?: Readonly<Record<Feature, PhraseRule>>;
}

interface CompiledTables {
  rules: readonly StatusRule[];
  decisions: readonly Decision[];
  featuresOf: (lower: string) => Set<Feature>;
}

/** A clause's readings: each rule whose phrase occurs in it, refined by the decision table. */
function readClause(tables: CompiledTables, clause: string, index: number): Reading[] {
  const lower = clause.toLowerCase();
  // The phrase is cut from the clause; lower-casing keeps positions unless a letter
  // changes length (rare outside Turkish İ), and then the lower-case phrase is given.
  const samePositions = lower.length === clause.length;
  let features: Set<Feature> | undefined;
  const readings: Reading[] = [];
  for (const [rank, rule] of tables.rules.entries()) {
    const m = firstMatch(rule.compiled, lower);
    if (!m) continue;
    const end = m.index + m[0].length;
    // The same words say one thing: a weaker rule's phrase inside a stronger one's is no reading.
    if (readings.some((r) => m.index < r.end && r.at < end)) continue;
    const statusPhrase = samePositions ? clause.slice(m.index, end) : m[0];
    features ??= tables.featuresOf(lower);
    const decision = decisionFor(rule, features, tables.decisions);
    const place = { rank, clause: index, at: m.index, end, statusPhrase, features };
    readings.push(
      decision
        ? {
            ...place,
            status: decision.status ?? rule.status,
            statusRule: decision.status === null ? rule.id : decision.id,
            // A decision on a guessed predicate is a guess still.
            guess: decision.confidence === 'low' || GUESSES.has(rule.id),
          }
        : { ...place, status: rule.status, statusRule: rule.id, guess: GUESSES.has(rule.id) },
    );
  }
  return readings;
}

/** A status reader over a rule table, a decision table and a feature table. */
export function statusReader(tables: StatusTables): (execution: string) => StatusResult {
  const compiled: CompiledTables = {
    rules: tables.rules.map((rule) => ({ ...rule, compiled: compileRule(rule) })),
    decisions: tables.decisions ?? DECISIONS,
    featuresOf: featureFinder(tables.features ?? FEATURE_PHRASES),
  };
  return (execution) => {
    if (execution.trim() === '')
      return { status: 'unknown', statusRule: 'unknown.empty', statusPhrase: null, statusConfidence: 'high' };
    const readings = clausesOf(execution).flatMap((clause, i) => readClause(compiled, clause, i));
    const decided = decide(readings);
    const { status, statusRule, statusPhrase } = decided;
    return { status, statusRule, statusPhrase, statusConfidence: confidence(decided, readings) };
  };
}

const shipped = statusReader({ rules: STATUS_RULES });

export function measureStatus(execution: string): StatusResult {
  return shipped(execution);
}
