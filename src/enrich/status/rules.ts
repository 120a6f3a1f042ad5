// The status vocabulary and the ordered rules that read it from an execution text.
// The first rule whose phrase occurs decides. Each rule names the words it needs
// (in the phrase language of phrases.ts) and the words it must not follow: a
// completion verb after «не», «ні» or «без» means the opposite. The examples beside
// each rule are tested: `valid` must be decided by it, `invalid` must not.
import type { MeasureStatus } from '../../model/schema.js';
import {
  cancelledInexpedient,
  cancelledNotToBeDone,
  inProgressUnfinishedPercent,
  notCompletedNegated,
  notCompletedNegatedOther,
  notFundedNoBudget,
  notStartedNotBegun,
  suspendedPaused,
  unknownCustomerDelegated,
  unknownInformationNotGiven,
} from './rules-not.js';
import {
  completedDone,
  completedImpersonalPast,
  completedPercent100,
  completedService,
  completedServiceDelivered,
  inProgressContractSigned,
  inProgressOngoing,
  inProgressPartial,
  inProgressPresentPassive,
  inProgressPercentAfterDash,
  inProgressProcurement,
  plannedPostponed,
  plannedScheduled,
  plannedScheduledAttribute,
} from './rules-done.js';

/** What a rule's phrase says of the work: the predicate axis of the decision table (decisions.ts). */
export type Predicate =
  | 'fund'
  | 'cancel'
  | 'stop'
  | 'begin'
  | 'finish'
  | 'done'
  | 'ongoing'
  | 'partial'
  | 'contract'
  | 'procure'
  | 'serve'
  | 'plan'
  | 'postpone'
  | 'delegate'
  | 'refer'
  | 'progress';

export interface StatusRuleSpec {
  id: string;
  /** The status the phrase gives by itself, unless a decision (decisions.ts) refines it. */
  status: MeasureStatus;
  predicate: Predicate;
  /** Whether the phrase is a negation of its predicate («не виконано»). */
  negated: boolean;
  description: string;
  needs: readonly string[];
  notAfter?: readonly string[];
  /** Words the phrase must not follow at once (phrases.ts). */
  notRightAfter?: readonly string[];
  examples: { valid: readonly string[]; invalid: readonly string[] };
}

/** What each status means; the labelled corpus in test/corpora is labelled by these. */
export const STATUS_MEANINGS: Readonly<Record<MeasureStatus, string>> = {
  completed:
    'Done: a finished result, or a continuing service delivered in the period (payments made, information published)',
  in_progress:
    'Begun and not finished: works, procurement or development under way, partly done, or a percentage below 100',
  planned: 'Not begun and scheduled: a date, a future tense, or waiting for a contract or money that is expected',
  not_completed: 'Due in the period and did not take place: not done, not held, not bought, not signed',
  not_funded: 'No money: none provided in the budget, none allocated, no co-financing',
  suspended: 'Stopped or postponed after being approved, typically because of martial law',
  not_started: 'Has not begun, and nothing is under way: not begun, works are not being done, no applications came',
  cancelled: 'Will not be done: found inexpedient, removed from the programme, cancelled',
  unknown: 'The text does not say: empty, a reference elsewhere, or who is responsible without what was done',
};

/** The table: the first rule whose phrase occurs in a clause reads it; the order is the precedence. */
export const STATUS_RULES: readonly StatusRuleSpec[] = [
  unknownInformationNotGiven,
  notFundedNoBudget,
  cancelledInexpedient,
  cancelledNotToBeDone,
  suspendedPaused,
  notStartedNotBegun,
  inProgressUnfinishedPercent,
  completedPercent100,
  completedServiceDelivered,
  inProgressOngoing,
  inProgressPartial,
  inProgressContractSigned,
  inProgressProcurement,
  completedService,
  plannedScheduled,
  plannedPostponed,
  notCompletedNegated,
  notCompletedNegatedOther,
  unknownCustomerDelegated,
  completedDone,
  plannedScheduledAttribute,
  inProgressPercentAfterDash,
  inProgressPresentPassive,
  completedImpersonalPast,
];
