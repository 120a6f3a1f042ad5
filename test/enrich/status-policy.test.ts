// Which reading decides a status and how sure it is (policy.ts), the decision table's
// logic (decisions.ts) and the status reader over tables (classify.ts), each tested on
// hand-made readings, decisions, features and rules, not on the shipped tables.
import { describe, expect, it } from 'vitest';
import { statusReader } from '../../src/enrich/status/classify.js';
import {
  type Decision,
  decisionFor,
  FEATURE_PHRASES,
  type Feature,
  featureFinder,
} from '../../src/enrich/status/decisions.js';
import { measureStatus } from '../../src/enrich/status/index.js';
import type { PhraseRule } from '../../src/enrich/status/phrases.js';
import { confidence, decide, type Reading } from '../../src/enrich/status/policy.js';
import type { StatusRuleSpec } from '../../src/enrich/status/rules.js';
import type { MeasureStatus } from '../../src/model/schema.js';

/** A reading of a rule, at the start of the first clause unless told otherwise. */
function reading(status: MeasureStatus, statusRule: string, over: Partial<Reading> = {}): Reading {
  const place = { rank: 0, clause: 0, at: 0, end: 5 };
  return { status, statusRule, statusPhrase: statusRule, ...place, guess: false, features: new Set(), ...over };
}

describe('decide', () => {
  it('gives no match, a guess, when nothing was read', () => {
    expect(decide([])).toEqual({
      status: 'unknown',
      statusRule: 'unknown.no-match',
      statusPhrase: null,
      rank: Number.POSITIVE_INFINITY,
      clause: 0,
      at: 0,
      end: 0,
      guess: true,
      features: new Set(),
    });
  });

  it('lets any sure reading decide before a guess, wherever the guess stands in the table', () => {
    const guess = reading('completed', 'completed.impersonal-past', { rank: 0, guess: true });
    const sure = reading('not_completed', 'not-completed.negated', { rank: 7, clause: 1 });
    expect(decide([guess, sure])).toBe(sure);
    expect(decide([sure, guess])).toBe(sure);
  });

  it('lets the strongest guess decide when all are guesses', () => {
    const weak = reading('completed', 'completed.impersonal-past', { rank: 9, guess: true });
    const strong = reading('in_progress', 'in-progress.percent-after-dash', { rank: 4, clause: 1, guess: true });
    expect(decide([weak, strong])).toBe(strong);
  });

  it('lets a text that says nothing of the work give way to the strongest sure reading of it', () => {
    const nothing = reading('unknown', 'unknown.coordinator', { rank: 0 });
    const weak = reading('completed', 'completed.done', { rank: 6, clause: 1 });
    const strong = reading('not_completed', 'not-completed.negated', { rank: 3, clause: 2 });
    expect(decide([nothing, weak])).toBe(weak);
    expect(decide([nothing, weak, strong])).toBe(strong);
  });

  it('lets the table order decide between a text that says nothing of the work and guesses of it', () => {
    const nothing = reading('unknown', 'unknown.coordinator', { rank: 5 });
    const strongGuess = reading('completed', 'completed.impersonal-past', { rank: 2, clause: 1, guess: true });
    const weakGuess = reading('completed', 'completed.impersonal-past', { rank: 8, clause: 1, guess: true });
    expect(decide([nothing, strongGuess])).toBe(strongGuess);
    expect(decide([nothing, weakGuess])).toBe(nothing);
    expect(decide([weakGuess, nothing])).toBe(nothing);
    expect(decide([nothing])).toBe(nothing);
  });

  it('lets a guess that nothing is said give way to a sure reading', () => {
    const nothing = reading('unknown', 'unknown.coordinator', { rank: 0, guess: true });
    const done = reading('completed', 'completed.done', { rank: 6, clause: 1 });
    expect(decide([nothing, done])).toBe(done);
  });

  it('lets the strongest rule decide, wherever its phrase is', () => {
    const weak = reading('completed', 'completed.done', { rank: 3 });
    const strong = reading('not_completed', 'not-completed.negated', { rank: 1, clause: 2, at: 40 });
    expect(decide([weak, strong])).toBe(strong);
    expect(decide([strong, weak])).toBe(strong);
  });

  it('lets the earlier clause decide among readings of equal rank', () => {
    const first = reading('completed', 'completed.done', { rank: 2, clause: 0, at: 50 });
    const second = reading('completed', 'completed.done', { rank: 2, clause: 1, at: 0 });
    expect(decide([first, second])).toBe(first);
    expect(decide([second, first])).toBe(first);
  });

  it('lets the earlier phrase decide among readings of equal rank in one clause', () => {
    const first = reading('completed', 'completed.done', { rank: 2, clause: 1, at: 5 });
    const second = reading('completed', 'completed.done', { rank: 2, clause: 1, at: 20 });
    expect(decide([first, second])).toBe(first);
    expect(decide([second, first])).toBe(first);
  });

  it('keeps the first listed among readings equal in rank and place', () => {
    const a = reading('completed', 'completed.a', { rank: 2, clause: 1, at: 5 });
    const b = reading('completed', 'completed.b', { rank: 2, clause: 1, at: 5 });
    expect(decide([a, b])).toBe(a);
    expect(decide([b, a])).toBe(b);
  });

  it.each(['in-progress.contract-signed', 'in-progress.procurement'])(
    'lets a later reading of the work done supersede a step towards it (%s)',
    (step) => {
      const contract = reading('in_progress', step, { rank: 0, clause: 0, at: 0 });
      const done = reading('completed', 'completed.done', { rank: 4, clause: 1, at: 0 });
      const hundred = reading('completed', 'completed.percent-100', { rank: 5, clause: 0, at: 30 });
      expect(decide([contract, done])).toBe(done);
      expect(decide([contract, hundred])).toBe(hundred);
      expect(decide([contract, hundred, done])).toBe(hundred);
    },
  );

  it('keeps a step towards the work when the work was done before it, or done otherwise', () => {
    const contract = reading('in_progress', 'in-progress.contract-signed', { rank: 0, clause: 1, at: 10 });
    const doneBefore = reading('completed', 'completed.done', { rank: 4, clause: 1, at: 2 });
    const doneEarlierClause = reading('completed', 'completed.done', { rank: 4, clause: 0, at: 30 });
    const service = reading('completed', 'completed.service', { rank: 4, clause: 2, at: 0 });
    expect(decide([contract, doneBefore])).toBe(contract);
    expect(decide([contract, doneEarlierClause])).toBe(contract);
    expect(decide([contract, service])).toBe(contract);
  });

  it('lets no later reading of the work done supersede a rule that is no step', () => {
    const notDone = reading('not_completed', 'not-completed.negated', { rank: 0 });
    const done = reading('completed', 'completed.done', { rank: 4, clause: 1 });
    expect(decide([notDone, done])).toBe(notDone);
  });

  it('reads a plan beside something done as the work under way, a guess', () => {
    const planned = reading('planned', 'planned.scheduled', { rank: 1, clause: 1, at: 6, statusPhrase: 'заплановано' });
    const done = reading('completed', 'completed.done', { rank: 3, clause: 0, at: 0 });
    expect(decide([planned, done])).toEqual({
      ...planned,
      status: 'in_progress',
      statusRule: 'in-progress.done-and-planned',
      guess: true,
    });
    const other = reading('not_completed', 'not-completed.negated', { rank: 5, clause: 2 });
    expect(decide([planned, other, done])).toMatchObject({ statusRule: 'in-progress.done-and-planned' });
  });

  it('reads a plan for more of the same beside something done as the work done, a guess', () => {
    const more: ReadonlySet<Feature> = new Set(['more']);
    const planned = reading('planned', 'planned.scheduled', { rank: 1, clause: 1, features: more });
    const done = reading('completed', 'completed.done', { rank: 3, clause: 0, statusPhrase: 'прокладено' });
    expect(decide([planned, done])).toEqual({ ...done, statusRule: 'completed.done-and-more-planned', guess: true });
  });

  it('reads a plan beside work under way as the work under way, a guess, even for more of the same', () => {
    const ongoing = reading('in_progress', 'in-progress.ongoing', { rank: 3, clause: 0 });
    for (const features of [new Set<Feature>(), new Set<Feature>(['more'])]) {
      const planned = reading('planned', 'planned.scheduled', { rank: 1, clause: 1, features });
      expect(decide([planned, ongoing])).toEqual({
        ...planned,
        status: 'in_progress',
        statusRule: 'in-progress.done-and-planned',
        guess: true,
      });
    }
  });

  it('keeps the plan when the work done beside it is only a guess, or nothing was done', () => {
    const planned = reading('planned', 'planned.scheduled', { rank: 1 });
    const guessedDone = reading('completed', 'completed.impersonal-past', { rank: 9, clause: 1, guess: true });
    const guessedOngoing = reading('in_progress', 'in-progress.present-passive', { rank: 9, clause: 1, guess: true });
    const notDone = reading('not_completed', 'not-completed.negated', { rank: 3, clause: 1 });
    expect(decide([planned, guessedDone])).toBe(planned);
    expect(decide([planned, guessedOngoing])).toBe(planned);
    expect(decide([planned, notDone])).toBe(planned);
    expect(decide([planned])).toBe(planned);
  });

  it('does not read a plan into work done beside work done', () => {
    const done = reading('completed', 'completed.done', { rank: 1 });
    const doneToo = reading('completed', 'completed.service', { rank: 2, clause: 1 });
    expect(decide([done, doneToo])).toBe(done);
  });
});

describe('confidence', () => {
  it('is low when a guess decided', () => {
    const guess = reading('completed', 'completed.impersonal-past', { guess: true });
    expect(confidence(guess, [guess])).toBe('low');
  });

  it('is high when one sure reading decided', () => {
    const done = reading('completed', 'completed.done');
    expect(confidence(done, [done])).toBe('high');
  });

  it.each<[MeasureStatus, MeasureStatus]>([
    ['completed', 'not_completed'],
    ['completed', 'not_started'],
    ['completed', 'cancelled'],
    ['in_progress', 'not_completed'],
    ['in_progress', 'not_started'],
    ['in_progress', 'cancelled'],
    ['completed', 'planned'],
    ['not_funded', 'not_completed'],
    ['not_funded', 'not_started'],
  ])('is low when sure readings say %s and %s', (a, b) => {
    const first = reading(a, `${a}.rule`, { rank: 0 });
    const second = reading(b, `${b}.rule`, { rank: 1, clause: 1 });
    expect(confidence(first, [first, second])).toBe('low');
    expect(confidence(second, [second, first])).toBe('low');
  });

  it.each<[MeasureStatus, MeasureStatus]>([
    ['completed', 'in_progress'],
    ['in_progress', 'planned'],
    ['not_completed', 'not_started'],
    ['not_funded', 'completed'],
    ['not_funded', 'cancelled'],
    ['suspended', 'completed'],
    ['planned', 'not_completed'],
  ])('is high when sure readings say %s and %s', (a, b) => {
    const first = reading(a, `${a}.rule`, { rank: 0 });
    const second = reading(b, `${b}.rule`, { rank: 1, clause: 1 });
    expect(confidence(first, [first, second])).toBe('high');
  });

  it('does not count a guess that disagrees', () => {
    const done = reading('completed', 'completed.done', { rank: 0 });
    const guessedNot = reading('not_completed', 'not-completed.guess', { rank: 1, clause: 1, guess: true });
    expect(confidence(done, [done, guessedNot])).toBe('high');
  });
});

describe('decisionFor', () => {
  const decision = (id: string, over: Partial<Decision>): Decision => ({
    id,
    status: 'in_progress',
    predicate: ['done'],
    with: [],
    description: id,
    examples: { valid: [], invalid: [] },
    ...over,
  });
  const features = (...fs: Feature[]): ReadonlySet<Feature> => new Set(fs);

  it('needs the predicate the rule read', () => {
    const d = decision('d', { predicate: ['done', 'finish'] });
    expect(decisionFor({ predicate: 'finish', negated: false }, features(), [d])).toBe(d);
    expect(decisionFor({ predicate: 'begin', negated: false }, features(), [d])).toBeNull();
  });

  it('needs the negation it names, and takes either when it names none', () => {
    const negated = decision('negated', { negated: true });
    const either = decision('either', {});
    expect(decisionFor({ predicate: 'done', negated: true }, features(), [negated])).toBe(negated);
    expect(decisionFor({ predicate: 'done', negated: false }, features(), [negated])).toBeNull();
    expect(decisionFor({ predicate: 'done', negated: true }, features(), [either])).toBe(either);
    expect(decisionFor({ predicate: 'done', negated: false }, features(), [either])).toBe(either);
  });

  it('needs every feature it names', () => {
    const d = decision('d', { with: ['partial', 'regularly'] });
    const done = { predicate: 'done' as const, negated: false };
    expect(decisionFor(done, features('partial', 'regularly', 'full'), [d])).toBe(d);
    expect(decisionFor(done, features('partial'), [d])).toBeNull();
    expect(decisionFor(done, features(), [d])).toBeNull();
  });

  it('refuses any feature it must not see', () => {
    const d = decision('d', { with: ['for-want-of-money'], without: ['for-the-war', 'regularly'] });
    const done = { predicate: 'done' as const, negated: false };
    expect(decisionFor(done, features('for-want-of-money'), [d])).toBe(d);
    expect(decisionFor(done, features('for-want-of-money', 'for-the-war'), [d])).toBeNull();
    expect(decisionFor(done, features('for-want-of-money', 'regularly'), [d])).toBeNull();
  });

  it('gives the first decision that holds', () => {
    const narrow = decision('narrow', { with: ['partial'] });
    const broad = decision('broad', {});
    const done = { predicate: 'done' as const, negated: false };
    expect(decisionFor(done, features('partial'), [narrow, broad])).toBe(narrow);
    expect(decisionFor(done, features(), [narrow, broad])).toBe(broad);
    expect(decisionFor(done, features(), [])).toBeNull();
  });
});

/** A feature table of hand-made phrases; features not given are never shown. */
function featureTable(over: Partial<Record<Feature, PhraseRule>> = {}): Record<Feature, PhraseRule> {
  const never: PhraseRule = { needs: ['ніколиневживанеслово'] };
  // Every feature the type names (taken from the shipped table's keys only), never shown.
  const nothing = Object.fromEntries(Object.keys(FEATURE_PHRASES).map((f) => [f, never]));
  return { ...(nothing as Record<Feature, PhraseRule>), ...over };
}

describe('featureFinder', () => {
  const find = featureFinder(
    featureTable({
      partial: { needs: ['наполовину'] },
      full: { needs: ['<100%>'], notAfter: ['не'] },
      'for-the-war': { needs: ['*воєнн*'] },
      regularly: { needs: ['щомісяця'] },
    }),
  );
  const sorted = (lower: string) => [...find(lower)].sort();

  it('finds each feature whose phrase occurs, and only those', () => {
    expect(sorted('ремонт виконано наполовину')).toEqual(['partial']);
    expect(sorted('щомісяця, у воєнний час, виконано на 100 %')).toEqual(['for-the-war', 'full', 'regularly']);
    expect(sorted('ремонт виконано')).toEqual([]);
  });

  it('reads the refused words of a feature', () => {
    expect(sorted('не 100 %')).toEqual([]);
  });

  it.each([
    ['проведено 2 з 5 семінарів', ['partial']],
    ['проведено 1 із 2 семінарів', ['partial']],
    ['проведено 4 зі 5 семінарів', ['partial']],
    ['проведено 0 з 5 семінарів', []],
    ['проведено 5 з 5 семінарів', []],
    ['проведено 6 з 5 семінарів', []],
    ['проведено 2 з 5 семінарів щомісяця', ['partial', 'regularly']],
  ])('reads a count of part of the work in «%s»', (lower, features) => {
    expect(sorted(lower)).toEqual(features);
  });

  it.each([
    ['видано 1 200 з 1 500 посвідчень', ['partial']],
    ['видано 1 500 з 1 500 посвідчень', []],
    ['проведено 2 семінари з 5', ['partial']],
    ['проведено 5 семінарів з 5', []],
  ])('reads a count with thousands or words between in «%s»', (lower, features) => {
    expect(sorted(lower)).toEqual(features);
  });

  it.each([
    ['оплачено 63 % вартості договору', ['partial']],
    ['виконано 63,5 % обсягу', ['partial']],
    ['освоєно 99,9 відсотка передбачених коштів', ['partial']],
    ['оплачено 100 % вартості договору', []],
    ['виконано 100,0 % обсягу', []],
    ['виконано 63 % робіт', []],
  ])('reads a share of the whole below all of it in «%s»', (lower, features) => {
    const none = featureFinder(featureTable());
    expect([...none(lower)]).toEqual(features);
  });

  it('finds nothing over an empty feature table but a part of a count', () => {
    const none = featureFinder(featureTable());
    expect([...none('виконано наполовину')]).toEqual([]);
    expect([...none('виконано 3 з 4')]).toEqual(['partial']);
  });
});

/** A rule of a hand-made table. */
function rule(
  id: string,
  status: MeasureStatus,
  predicate: StatusRuleSpec['predicate'],
  needs: string[],
  over: Partial<StatusRuleSpec> = {},
): StatusRuleSpec {
  return {
    id,
    status,
    predicate,
    negated: false,
    description: id,
    needs,
    examples: { valid: [], invalid: [] },
    ...over,
  };
}

const NOT_DONE = rule('not-completed.negated', 'not_completed', 'done', ['не виконан*'], { negated: true });
// Without refused words: «не виконано» holds «виконано», which the stronger rule has read.
const DONE = rule('completed.done', 'completed', 'done', ['виконан~']);
const CONTRACT = rule('in-progress.contract-signed', 'in_progress', 'contract', ['укладено договір']);
const PLANNED = rule('planned.scheduled', 'planned', 'plan', ['заплановано']);
const ONGOING = rule('in-progress.ongoing', 'in_progress', 'ongoing', ['триває']);
const PERCENT = rule('in-progress.percent', 'in_progress', 'progress', ['<percent>']);
const IMPERSONAL = rule('completed.impersonal-past', 'completed', 'done', ['*ано|*ено']);
const AFTER_DASH = rule('in-progress.percent-after-dash', 'in_progress', 'progress', ['— <percent>']);

const FEATURES = featureTable({
  partial: { needs: ['наполовину'] },
  'for-want-of-money': { needs: ['через брак* коштів'] },
  'for-the-war': { needs: ['*воєнн*'] },
});

const PART_DONE: Decision = {
  id: 'in-progress.part-done',
  status: 'in_progress',
  predicate: ['done'],
  negated: false,
  with: ['partial'],
  description: 'part of the work done',
  examples: { valid: [], invalid: [] },
};
const FOR_WANT_OF_MONEY: Decision = {
  id: 'not-done.for-want-of-money',
  status: null,
  predicate: ['done'],
  negated: true,
  with: ['for-want-of-money'],
  without: ['for-the-war'],
  confidence: 'low',
  description: 'not done for want of money',
  examples: { valid: [], invalid: [] },
};
const POSTPONED: Decision = {
  id: 'suspended.for-the-war',
  status: 'suspended',
  predicate: ['done'],
  negated: true,
  with: ['for-the-war'],
  confidence: 'low',
  description: 'not done for the war, a guess',
  examples: { valid: [], invalid: [] },
};

describe('statusReader', () => {
  const read = statusReader({
    rules: [NOT_DONE, DONE, ONGOING, PERCENT],
    decisions: [PART_DONE, FOR_WANT_OF_MONEY, POSTPONED],
    features: FEATURES,
  });

  it.each(['', '   ', ' \n\t '])('reads an empty text as unknown, surely (%j)', (text) => {
    expect(read(text)).toEqual({
      status: 'unknown',
      statusRule: 'unknown.empty',
      statusPhrase: null,
      statusConfidence: 'high',
    });
    expect(measureStatus(text)).toEqual(read(text));
  });

  it('reads a text no rule reads as no match, a guess', () => {
    expect(read('Інформація відсутня')).toEqual({
      status: 'unknown',
      statusRule: 'unknown.no-match',
      statusPhrase: null,
      statusConfidence: 'low',
    });
  });

  it('gives the rule, the status and the phrase as written in the text', () => {
    expect(read('Роботи ВИКОНАНО')).toEqual({
      status: 'completed',
      statusRule: 'completed.done',
      statusPhrase: 'ВИКОНАНО',
      statusConfidence: 'high',
    });
  });

  it('gives the phrase in lower case when lower-casing moves the letters', () => {
    // «İ» lower-cases to two characters: the positions in the text and in its lower case differ.
    expect(read('Об’єкт İ ВИКОНАНО')).toMatchObject({ statusRule: 'completed.done', statusPhrase: 'виконано' });
  });

  it('reads no weaker phrase inside a stronger one', () => {
    // «виконано» inside «не виконано» is no second reading, so nothing disagrees.
    expect(read('Роботи не виконано')).toEqual({
      status: 'not_completed',
      statusRule: 'not-completed.negated',
      statusPhrase: 'не виконано',
      statusConfidence: 'high',
    });
  });

  it('reads phrases apart in one clause, whichever comes first', () => {
    expect(read('Роботи не виконано, ремонт триває')).toMatchObject({
      status: 'not_completed',
      statusConfidence: 'low',
    });
    expect(read('Ремонт триває, роботи не виконано')).toMatchObject({
      status: 'not_completed',
      statusConfidence: 'low',
    });
  });

  it('reads phrases that touch without a space between them (text glued by extraction)', () => {
    expect(read('Роботи не виконано45 %')).toMatchObject({ status: 'not_completed', statusConfidence: 'low' });
    expect(read('Ремонт 45 %не виконано')).toMatchObject({ status: 'not_completed', statusConfidence: 'low' });
  });

  it('lets the rule order decide, not the order in the text', () => {
    expect(read('Ремонт триває. Роботи не виконано')).toMatchObject({
      status: 'not_completed',
      statusPhrase: 'не виконано',
    });
  });

  it('lets the earlier clause decide between readings of one rule', () => {
    expect(read('Ремонт приміщень виконаний. Роботи виконано')).toMatchObject({ statusPhrase: 'виконаний' });
  });

  it('applies a decision that gives a status', () => {
    expect(read('Роботи виконано наполовину')).toEqual({
      status: 'in_progress',
      statusRule: 'in-progress.part-done',
      statusPhrase: 'виконано',
      statusConfidence: 'high',
    });
  });

  it("keeps the rule's status and id under a decision that only lowers the confidence", () => {
    expect(read('Роботи не виконано через брак коштів')).toEqual({
      status: 'not_completed',
      statusRule: 'not-completed.negated',
      statusPhrase: 'не виконано',
      statusConfidence: 'low',
    });
  });

  it('marks a decision marked low as a guess', () => {
    expect(read('Роботи не виконано через воєнний стан')).toEqual({
      status: 'suspended',
      statusRule: 'suspended.for-the-war',
      statusPhrase: 'не виконано',
      statusConfidence: 'low',
    });
  });

  it('applies no decision whose conditions do not hold', () => {
    expect(read('Роботи не виконано через брак коштів і воєнний стан')).toMatchObject({
      status: 'suspended',
      statusRule: 'suspended.for-the-war',
    });
    expect(read('Роботи не виконано наполовину')).toMatchObject({
      status: 'not_completed',
      statusRule: 'not-completed.negated',
      statusConfidence: 'high',
    });
  });

  it('reads the features of the clause of the reading only', () => {
    expect(read('Роботи виконано. Решту наполовину')).toMatchObject({
      status: 'completed',
      statusRule: 'completed.done',
    });
  });

  it('uses the tables it is given, not the shipped ones', () => {
    const plain = statusReader({ rules: [DONE], decisions: [], features: FEATURES });
    expect(plain('Роботи виконано наполовину')).toMatchObject({ statusRule: 'completed.done' });
    const ownFeatures = statusReader({ rules: [DONE], decisions: [PART_DONE], features: FEATURES });
    expect(ownFeatures('Роботи виконано наполовину')).toMatchObject({ statusRule: 'in-progress.part-done' });
    expect(ownFeatures('Роботи виконано частково')).toMatchObject({ statusRule: 'completed.done' });
  });

  it.each([
    ['Обʼєкт здано', IMPERSONAL],
    ['Ремонт — 45 %', AFTER_DASH],
  ])('reads the phrase of a guessing rule as a guess («%s»)', (text, guessing) => {
    const guesses = statusReader({ rules: [guessing], decisions: [], features: FEATURES });
    expect(guesses(text)).toMatchObject({ statusRule: guessing.id, statusConfidence: 'low' });
  });

  it('reads a step towards the work followed by the work done as done', () => {
    const steps = statusReader({ rules: [CONTRACT, DONE], decisions: [], features: FEATURES });
    expect(steps('Укладено договір, роботи виконано')).toMatchObject({ statusRule: 'completed.done' });
    expect(steps('Роботи виконано, укладено договір')).toMatchObject({ statusRule: 'in-progress.contract-signed' });
  });

  it('reads a plan beside something done as the work under way', () => {
    const plans = statusReader({ rules: [PLANNED, DONE], decisions: [], features: FEATURES });
    expect(plans('Виконано І етап; ІІ етап заплановано на 2024 рік')).toEqual({
      status: 'in_progress',
      statusRule: 'in-progress.done-and-planned',
      statusPhrase: 'заплановано',
      statusConfidence: 'low',
    });
  });
});

describe('statusReader over several clauses (one scan of the joined text)', () => {
  const read = statusReader({ rules: [NOT_DONE, DONE], decisions: [PART_DONE], features: FEATURES });

  it('weighs a reading by the features of its own clause, wherever the clause stands', () => {
    // «наполовину» closes the second clause: the clause's place and length must be exact to see it.
    expect(read('Семінар проведено. Роботи виконано наполовину')).toMatchObject({
      status: 'in_progress',
      statusRule: 'in-progress.part-done',
    });
    expect(read('Роботи виконано наполовину. Семінар проведено')).toMatchObject({
      statusRule: 'in-progress.part-done',
    });
    expect(read('Роботи виконано. Семінар наполовину')).toMatchObject({ statusRule: 'completed.done' });
  });

  it('reads a phrase that opens a clause in that clause, not the one before', () => {
    // The first clause is read by the done rule; «Виконано» opening the second is that clause's own reading.
    expect(read('Проведено семінар; Виконано наполовину')).toMatchObject({ statusRule: 'in-progress.part-done' });
  });

  it('takes a rule at its first match in a clause only: a later match of it there is no reading', () => {
    // «не виконано» holds «виконано» (the done rule's first match there, covered by the stronger rule);
    // the second «виконано» of the same clause is not read, so nothing disagrees.
    expect(read('Не виконано демонтаж, виконано монтаж')).toMatchObject({
      status: 'not_completed',
      statusConfidence: 'high',
    });
    // In a clause of its own the done reading stands, and the two disagree.
    expect(read('Не виконано демонтаж. Виконано монтаж')).toMatchObject({ statusConfidence: 'low' });
  });
});
