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
import { allMatches, compileRule, type CompiledPhrases } from './phrases.js';
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

/** A text as its clauses joined as sentences: no phrase reaches across «. », so one scan per rule reads all. */
interface Joined {
  text: string;
  lower: string;
  /** Where each clause starts in `text`. */
  starts: number[];
}

function joinClauses(clauses: readonly string[]): Joined {
  const starts: number[] = [];
  let at = 0;
  for (const clause of clauses) {
    starts.push(at);
    at += clause.length + 2;
  }
  const text = clauses.join('. ');
  return { text, lower: text.toLowerCase(), starts };
}

/** The clause a position of the joined text falls in. */
const clauseAt = (starts: readonly number[], index: number): number => {
  let c = 0;
  while (c + 1 < starts.length && (starts[c + 1] as number) <= index) c++;
  return c;
};

/**
 * The readings of every clause: in each, every rule whose phrase occurs, at its first
 * match there, refined by the decision table; a weaker rule's phrase over the words of
 * a stronger one's in the same clause is no reading (the same words say one thing).
 */
function readClauses(tables: CompiledTables, clauses: readonly string[]): Reading[] {
  const { text, lower, starts } = joinClauses(clauses);
  // The phrase is cut from the text; lower-casing keeps positions unless a letter
  // changes length (rare outside Turkish İ), and then the lower-case phrase is given.
  const samePositions = lower.length === text.length;
  const byClause: Reading[][] = clauses.map(() => []);
  const features: Array<Set<Feature> | undefined> = [];
  for (const [rank, rule] of tables.rules.entries()) {
    let read = -1;
    for (const m of allMatches(rule.compiled, lower)) {
      const clause = clauseAt(starts, m.index);
      if (clause === read) continue;
      read = clause;
      const start = starts[clause] as number;
      const [at, end] = [m.index - start, m.index - start + m[0].length];
      const readings = byClause[clause] as Reading[];
      if (readings.some((r) => at < r.end && r.at < end)) continue;
      const clauseLower = lower.slice(start, start + (clauses[clause] as string).length);
      const found = features[clause] ?? tables.featuresOf(clauseLower);
      features[clause] = found;
      const statusPhrase = samePositions ? text.slice(m.index, m.index + m[0].length) : m[0];
      readings.push(reading(tables, rule, { rank, clause, at, end, statusPhrase, features: found }));
    }
  }
  return byClause.flat();
}

type Place = Pick<Reading, 'rank' | 'clause' | 'at' | 'end' | 'statusPhrase' | 'features'>;

/** A rule's reading at a place, refined by the decision table. */
function reading(tables: CompiledTables, rule: StatusRule, place: Place): Reading {
  const decision = decisionFor(rule, place.features, tables.decisions);
  if (!decision) return { ...place, status: rule.status, statusRule: rule.id, guess: GUESSES.has(rule.id) };
  return {
    ...place,
    status: decision.status ?? rule.status,
    statusRule: decision.status === null ? rule.id : decision.id,
    // A decision on a guessed predicate is a guess still.
    guess: decision.confidence === 'low' || GUESSES.has(rule.id),
  };
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
    const readings = readClauses(compiled, clausesOf(execution));
    const decided = decide(readings);
    const { status, statusRule, statusPhrase } = decided;
    return { status, statusRule, statusPhrase, statusConfidence: confidence(decided, readings) };
  };
}

const shipped = statusReader({ rules: STATUS_RULES });

export function measureStatus(execution: string): StatusResult {
  return shipped(execution);
}
