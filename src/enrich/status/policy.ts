// The policy over a text's readings (every rule that read a predicate in some clause,
// with the decision table applied): which one decides the status, and how sure it is.
import type { MeasureStatus } from '../../model/schema.js';
import type { Feature } from './decisions.js';

export interface Reading {
  status: MeasureStatus;
  statusRule: string;
  statusPhrase: string | null;
  /** The position of the rule in the table: the lower, the stronger. */
  rank: number;
  /** Which clause, and where in it the phrase starts and ends. */
  clause: number;
  at: number;
  end: number;
  /** A decision marked low, or a guessing rule. */
  guess: boolean;
  /** What else the clause says (decisions.ts). */
  features: ReadonlySet<Feature>;
}

const NO_MATCH: Reading = {
  status: 'unknown',
  statusRule: 'unknown.no-match',
  statusPhrase: null,
  rank: Number.POSITIVE_INFINITY,
  clause: 0,
  at: 0,
  end: 0,
  guess: true,
  features: new Set(),
};

/**
 * Rules that read a step towards the work (a contract signed, a tender announced): a
 * later reading of the work done supersedes them («Укладено договір на проведення
 * робіт; роботи виконано» is done).
 */
const STEPS: ReadonlySet<string> = new Set(['in-progress.contract-signed', 'in-progress.procurement']);
const DONE: ReadonlySet<string> = new Set(['completed.done', 'completed.percent-100']);

const before = (a: Reading, b: Reading): boolean => a.clause < b.clause || (a.clause === b.clause && a.at < b.at);

const strongest = (readings: readonly Reading[]): Reading =>
  readings.reduce<Reading>(
    (best, r) => (r.rank < best.rank || (r.rank === best.rank && before(r, best)) ? r : best),
    NO_MATCH,
  );

/**
 * The reading of the strongest rule decides (the table's order is its precedence; the
 * earlier phrase among equals; a sure reading before any guess), but a text that says nothing of the work here (who
 * coordinates, where the information is) gives way to any sure reading of the work; a
 * step towards the work gives way to a later reading of it done; a plan beside
 * something done is the work under way («Виконано І етап; ІІ етап заплановано»), or,
 * when the plan is for more of the same («ще 8 км»), the work done; both guesses.
 */
export function decide(readings: readonly Reading[]): Reading {
  // A guess gives way to any sure reading, wherever it stands in the table.
  const sure = readings.filter((r) => !r.guess);
  let decided = strongest(sure.length > 0 ? sure : readings);

  if (decided.status === 'unknown') decided = strongest(readings.filter((r) => r.status !== 'unknown' && !r.guess));
  if (decided === NO_MATCH) decided = strongest(readings);
  if (STEPS.has(decided.statusRule))
    return readings.find((r) => DONE.has(r.statusRule) && before(decided, r)) ?? decided;
  const done = readings.find((r) => (r.status === 'completed' || r.status === 'in_progress') && !r.guess);
  if (decided.status === 'planned' && done && done.status === 'in_progress')
    return { ...decided, status: 'in_progress', statusRule: 'in-progress.done-and-planned', guess: true };
  if (decided.status === 'planned' && done)
    return decided.features.has('more')
      ? { ...done, statusRule: 'completed.done-and-more-planned', guess: true }
      : { ...decided, status: 'in_progress', statusRule: 'in-progress.done-and-planned', guess: true };
  return decided;
}

/** Readings that disagree: done (or under way) and not, done and still planned, no money and not done. */
const DISAGREE: ReadonlyArray<readonly [ReadonlySet<MeasureStatus>, ReadonlySet<MeasureStatus>]> = [
  [new Set(['completed', 'in_progress']), new Set(['not_completed', 'not_started', 'cancelled'])],
  [new Set(['completed']), new Set(['planned'])],
  // Money not given and the work not done: not_funded and not_completed both apply.
  [new Set(['not_funded']), new Set(['not_completed', 'not_started'])],
];

/** How sure a status is: low when a guess decided, or readings other than guesses disagree. */
export function confidence(decided: Reading, readings: readonly Reading[]): 'high' | 'low' {
  if (decided.guess) return 'low';
  const states = new Set(readings.filter((r) => !r.guess).map((r) => r.status));
  const disagree = DISAGREE.some(([a, b]) => [...a].some((x) => states.has(x)) && [...b].some((x) => states.has(x)));
  return disagree ? 'low' : 'high';
}
