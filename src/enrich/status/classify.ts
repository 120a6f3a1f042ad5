// A measure's status, read from its execution text by the ordered rule table: the
// first rule whose phrase occurs decides, and the measure records which rule fired
// and the phrase it matched, so a reader can see why.
import type { MeasureStatus } from '../../model/schema.js';
import { clausesOf } from './clauses.js';
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

type RuleResult = Omit<StatusResult, 'statusConfidence'>;

/** Rules that guess: the catch-all of impersonal past verbs, and no rule at all. */
const GUESSES: ReadonlySet<string> = new Set(['completed.impersonal-past', 'unknown.no-match']);
/** Clauses that disagree: something done (or under way) and something not, or done and still planned. */
const DISAGREE: ReadonlyArray<readonly [ReadonlySet<MeasureStatus>, ReadonlySet<MeasureStatus>]> = [
  [new Set(['completed', 'in_progress']), new Set(['not_completed', 'not_started', 'cancelled'])],
  [new Set(['completed']), new Set(['planned'])],
];

/** How sure a status is: low when a guessing rule decided or the clauses disagree. */
function confidence(decided: RuleResult, clauses: readonly (RuleResult | null)[]): 'high' | 'low' {
  if (GUESSES.has(decided.statusRule)) return 'low';
  const states = new Set(clauses.map((c) => c?.status));
  const disagree = DISAGREE.some(([a, b]) => [...a].some((x) => states.has(x)) && [...b].some((x) => states.has(x)));
  return disagree ? 'low' : 'high';
}

/** A clause's status by a rule table: the first rule whose phrase occurs in it decides. */
function clauseStatus(rules: readonly StatusRule[], clause: string): RuleResult | null {
  const lower = clause.toLowerCase();
  // The phrase is cut from the clause; lower-casing keeps positions unless a letter
  // changes length (rare outside Turkish İ), and then the lower-case phrase is given.
  const samePositions = lower.length === clause.length;
  for (const rule of rules) {
    const m = firstMatch(rule.compiled, lower);
    if (m)
      return {
        status: rule.status,
        statusRule: rule.id,
        statusPhrase: samePositions ? clause.slice(m.index, m.index + m[0].length) : m[0],
      };
  }
  return null;
}

/**
 * Rules that read a step towards the work (a contract signed, a tender announced): a
 * later clause that reads the work done supersedes them («Укладено договір на
 * проведення робіт; роботи виконано» is done).
 */
const STEPS: ReadonlySet<string> = new Set(['in-progress.contract-signed', 'in-progress.procurement']);
const DONE: ReadonlySet<string> = new Set(['completed.done', 'completed.percent-100']);

/**
 * The first rule of the table whose phrase occurs in the text decides (the table's
 * order is its precedence), read with negations written together written apart; a
 * step towards the work gives way to a later clause that reads it done.
 */
/** A status reader over a rule table (the shipped one, or a mutant of it for testing the tests). */
export function statusReader(specs: readonly StatusRuleSpec[]): (execution: string) => StatusResult {
  const rules = specs.map((rule) => ({ ...rule, compiled: compileRule(rule) }));
  const byClause = (clause: string) => clauseStatus(rules, clause);
  return (execution) => {
    if (execution.trim() === '')
      return { status: 'unknown', statusRule: 'unknown.empty', statusPhrase: null, statusConfidence: 'high' };
    const clauses = clausesOf(execution);
    const read = clauses.map(byClause);
    const decided = decide(byClause, clauses, read);
    return { ...decided, statusConfidence: confidence(decided, read) };
  };
}

const shipped = statusReader(STATUS_RULES);

export function measureStatus(execution: string): StatusResult {
  return shipped(execution);
}

function decide(
  byClause: (clause: string) => RuleResult | null,
  clauses: readonly string[],
  read: readonly (RuleResult | null)[],
): RuleResult {
  const decided = byClause(clauses.join('. '));
  if (!decided) return { status: 'unknown', statusRule: 'unknown.no-match', statusPhrase: null };
  if (!STEPS.has(decided.statusRule)) return decided;
  const step = read.findIndex((r) => r?.statusRule === decided.statusRule);
  return read.slice(step + 1).find((r) => r !== null && DONE.has(r.statusRule)) ?? decided;
}
