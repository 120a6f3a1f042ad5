// The rules that read what did not happen or will not: no money, cancelled, suspended,
// not begun, not done, and who does the works without what was done. Ordered in rules.ts.
import { IMPERSONAL, DONE_VERBS, NEGATIONS, NOT_DONE_VERBS } from './lexicon.js';
import type { StatusRuleSpec } from './rules.js';

/** Money for the measure: the funding object of the decision table, written into the rules that read it. */
const FUNDS =
  'кошти|коштів|коштами|фінансуванн*|співфінансуванн*|асигнуванн*|субвенці*|видатки|видатків|бюджетні|' +
  'призначення|ліміт*|гривні|гривень|джерела';
/** Verbs of money given: negated, the money was not. */
const ALLOCATED =
  'передбач*|виділ*|надход*|надійшл*|затвердж*|встановлен*|відкрива*|отриман*|здійсн*|здійснювал*|доведен*|' +
  'спрямов*|спрямовувал*|включен*|визначен*|залучен*|розподіл*|заклад*|надан*|надава*|проводил*|знайшл*|' +
  'знайден*|врахован*';

export const unknownInformationNotGiven: StatusRuleSpec = {
  id: 'unknown.information-not-given',
  status: 'unknown',
  predicate: 'refer',
  negated: false,
  description: 'Інформація не надана / буде надана; наведено у розділі: the report says nothing of the work here',
  needs: [
    'інформація|інформацію|відомості|дані … не|ні надан~|подан~|отриман~|надходил*|надійшл*|надав|надала|надали',
    'інформація|інформацію|відомості|дані … буде|будуть надан~|подан~|узагальнен~',
    'відповідальн*|розпорядник*|розпорядником … визначено|призначено|є',
    'наведено|викладено|висвітлено|зазначено|вказано|відображено у|в ‥ звіті|розділі|додатку|пункті|таблиці',
    'закріплено|доручено за|на ‥ відділом|управлінням|департаментом|відділ|управління|департамент',
    // Put in the programme: an entry of the plan, not its execution.
    'включено|внесено до|в ‥ програми|програму|переліку',
    // Who coordinates or controls, not what was done.
    'координацію|контроль … здійснює|здійснюють|забезпечує|покладено',
    'захід дублює|дублює пункт|п',
    'подається|подаються|надається|надаються окремо',
    'звіт|звіту|інформація|інформацію … подаєт*|подают*',
    'звіт|звіту … буде|будуть подан~',
    'звіт|інформацію|інформація про виконання заходу … не|ні надан~|подан~',
    'виконання|відповідальність … покладено на',
    'відомості … подаєт*|подают*',
    'міститься|наведена|викладена у|в звіті|розділі|додатку',
    'уточнюєт*|уточнюют*',
  ],
  examples: {
    valid: [
      'Інформація не надана',
      'Інформація буде надана додатково',
      'Інформацію наведено у розділі 3',
      'Захід включено до Програми розвитку на 2023 рік',
      'Координацію здійснює заступник міського голови',
    ],
    invalid: ['Виготовлено та встановлено 40 інформаційних стендів', 'Інформацію розміщено на сайті'],
  },
};

export const notFundedNoBudget: StatusRuleSpec = {
  id: 'not-funded.no-budget',
  status: 'not_funded',
  predicate: 'fund',
  negated: true,
  description:
    'Кошти … не передбачені / не виділялись / не надходили; фінансування ' +
    'не передбачено; не фінансувався; відсутнє фінансування; фінансування 0,0 тис. грн',
  needs: [
    `${FUNDS} … не|ні ${ALLOCATED}`,
    // «фінансовий ресурс», «фінансове забезпечення» (not «фінансова підтримка», a programme of grants).
    `фінансов* ресурс*|забезпеченн* … не|ні ${ALLOCATED}`,
    `${FUNDS} … не|ні було|були|був|була ${ALLOCATED}`,
    `не|ні ${ALLOCATED} ${FUNDS}`,
    `не отримав|отримала|отримало|отримали ${FUNDS}`,
    'не фінансу*|профінансова*',
    `${FUNDS} … відсутн*`,
    `^ відсутн*|немає|бракує ${FUNDS}`,
    '^ без фінансування|коштів',
    'залиш* без фінансов*|фінансуванн*|коштів',
    'у|в наданні|фінансуванні ‥ відмовлено',
    'відмовив|відмовила|відмовили у|в фінансуванні|наданні',
    `не підтвердив|підтвердила|підтвердили ${FUNDS}`,
    'не містить|передбачає видатків|коштів',
    `фінансуванн*|видатки … становить|становило|склало|складає|—|–|- <zero-sum>|нуль`,
  ],
  examples: {
    valid: [
      'Кошти в місцевому бюджеті на реалізацію заходу не передбачені',
      'Відсутнє співфінансування з державного бюджету',
      'Асигнування на захід не виділялися',
    ],
    invalid: [
      "Реконструкцію не розпочато у зв'язку з відсутністю співфінансування",
      'Проведено велопробіг без використання коштів',
      'Кошторисну документацію не затверджено',
    ],
  },
};

export const cancelledInexpedient: StatusRuleSpec = {
  id: 'cancelled.inexpedient',
  status: 'cancelled',
  predicate: 'cancel',
  negated: false,
  description: 'Реалізація заходу є недоцільною; виключено з Програми; скасовано; втратив актуальність',
  needs: [
    'недоцільн*',
    'рішення про відмову|виключення|скасування',
    'не|ні актуальн*',
    'неактуальн*',
    'пропонується|пропонуємо … виключити|вилучити',
    'захід|заходи|проєкт|проект вилучено|виключено',
    'виключено|вилучено з програми|програм|переліку',
    'скасован~|анульован~',
    'закрито|скасовано|припинено без реалізації',
    'відмовил*',
    'відмовлено від',
    'від ‥ відмовлено',
    'втратив|втратила|втратило|втратили актуальн*',
    'потреб* … відпал*',
  ],
  examples: {
    valid: [
      'Реалізація заходу є недоцільною.',
      'Захід скасований',
      'Захід втратив актуальність',
      'Від реалізації проєкту відмовлено',
    ],
    invalid: ['Захід виконано', 'У наданні дозволу відмовлено двом заявникам'],
  },
};

export const cancelledNotToBeDone: StatusRuleSpec = {
  id: 'cancelled.not-to-be-done',
  status: 'cancelled',
  predicate: 'plan',
  negated: true,
  description: 'не планується, не буде реалізовано, не реалізовуватиметься: will not be done',
  needs: [
    'не|ні планує*|плануют*|передбачаєт*',
    'не|ні буде|будуть',
    'не|ні *тиметься|*тимуться|*тиме|*тимуть',
    'рішення не|ні реалізовувати|виконувати|здійснювати|проводити',
  ],
  examples: {
    valid: ['Подальша реалізація проєкту не планується', 'Захід не реалізовуватиметься'],
    invalid: ['Реалізація проєкту планується у 2025 році'],
  },
};

export const suspendedPaused: StatusRuleSpec = {
  id: 'suspended.paused',
  status: 'suspended',
  predicate: 'stop',
  negated: false,
  description: 'призупинено, зупинено, заморожено, відкладено (e.g. у зв’язку з воєнним станом)',
  needs: [
    'призупинен*|зупинен*|припинен*|заморожен*|відкладено|відкладен*|відтермінован*|законсервован*',
    'призупинив|призупинил*|зупинив|зупинил*',
    'на паузу|паузі',
  ],
  notAfter: NEGATIONS,
  examples: {
    valid: ['Фінансування заходу призупинено', 'Роботи зупинено'],
    invalid: ['Роботи не зупинялись і тривають'],
  },
};

export const notStartedNotBegun: StatusRuleSpec = {
  id: 'not-started.not-begun',
  status: 'not_started',
  predicate: 'begin',
  negated: true,
  description: 'не розпочато, не розпочинались, не приступали; роботи не проводяться, не ведуться; заявок не надходило',
  needs: [
    'не розпочат*|розпочина*|приступал*|приступав|приступив|приступила|приступили|приступило|починал*|' +
      'розпочинал*|починав*|розпочинав*|ініціюва*|ініційован*',
    // «вести» is said only of what goes on: not led, nothing begun.
    'не велися|велося|велась|велись|вівся',
    // Work or any action not carried on (imperfective): nothing begun, unlike an event not held.
    'робота|роботи|робіт|дій|кроків|заходів … не|ні проводил*|проводились|здійснювал*|здійснюв*',
    // None came: applications, requests, bids (what a measure waits for to begin).
    'заявок|заяв|заявки|звернень|запитів|пропозицій|клопотань … ' +
      'не|ні надходило|надійшло|надходили|надійшли|було|подано',
    // The impersonal «не надходило» says none came, whatever it is (a long list between may hide the noun).
    'не|ні надходило|надійшло',
    'не проводят*|проводиться|ведеться|ведуться|здійснюєт*|здійснюют*|виконуєт*|виконуют*|реалізуєт*|реалізуют*',
  ],
  examples: {
    valid: [
      'Реконструкцію не розпочато',
      'Заявок не надходило',
      'Роботи на об’єкті не ведуться',
      'Жодних дій щодо реалізації не здійснювалося',
    ],
    invalid: ['Конкурс не проводився', 'Розпочато роботи'],
  },
};

export const inProgressUnfinishedPercent: StatusRuleSpec = {
  id: 'in-progress.unfinished-percent',
  status: 'in_progress',
  predicate: 'finish',
  negated: true,
  description: 'не завершено, з відсотком виконаних робіт: begun, not finished',
  needs: ['не завершен* … <percent>'],
  examples: { valid: ['Будівництво не завершено, виконано 60% робіт'], invalid: ['Будівництво не завершено'] },
};

export const notCompletedNegated: StatusRuleSpec = {
  id: 'not-completed.negated',
  status: 'not_completed',
  predicate: 'done',
  negated: true,
  description:
    'не виконано, не проведено, не проводився, не здійснювалось, не ' +
    'укладено, не завершено, не придбано, не відбувся: due and not done',
  needs: [
    `не|ні було|були|був|була ${NOT_DONE_VERBS}`,
    `не|ні ${NOT_DONE_VERBS}`,
    `${DONE_VERBS} не було|були|був|була`,
  ],
  examples: {
    valid: ['Ремонт не проведено', 'Не було проведено жодного засідання', 'Семінар не відбувся'],
    invalid: ['Ремонт проведено', 'Реконструкцію не розпочато'],
  },
};

export const notCompletedNegatedOther: StatusRuleSpec = {
  id: 'not-completed.negated-other',
  status: 'not_completed',
  predicate: 'done',
  negated: true,
  // Any other verb after «не»: not done, most often, but what is negated decides (a guess).
  description: 'не + any other past or impersonal verb (не змонтовано, не надійшло): not done, a guess',
  needs: [`не|ні ${IMPERSONAL}`, 'не|ні *лося|*лася|*лись|*лися|*лось|*вся|*ися|*ли|*ла|*ло|*ав|*ив|*ів|*ов'],
  examples: {
    valid: ['Паркан не пофарбовано', 'Апарат так і не надійшов'],
    invalid: ['Ремонт не проведено', 'Реконструкцію не розпочато'],
  },
};

export const unknownCustomerDelegated: StatusRuleSpec = {
  id: 'unknown.customer-delegated',
  status: 'unknown',
  predicate: 'delegate',
  negated: false,
  description: 'Функції замовника передано / делеговано: says who does the works, not whether they were done',
  // The verb with it, so that «передано» is not read as a thing done.
  needs: ['функції замовника … передано|делеговано|покладено|передані', 'функції замовника'],
  examples: {
    valid: ['Функції замовника реконструкції делеговано Департаменту'],
    invalid: ['Передано 10 генераторів'],
  },
};
